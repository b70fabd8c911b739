/** One load per key at a time; a failed load is forgotten, so the next ask tries again. */
export function loadOnce<K>(
  pending: Map<K, Promise<void>>,
  key: K,
  load: () => Promise<void>,
): Promise<void> {
  let loading = pending.get(key)
  if (!loading) {
    loading = load()
    pending.set(key, loading)
    loading.catch(() => pending.delete(key))
  }
  return loading
}
