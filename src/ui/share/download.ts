/** Offers text as a file download; a BOM helps spreadsheet programs read UTF-8 CSV. */
export function downloadText(fileName: string, text: string, type: string): void {
  const blob = new Blob([type.startsWith('text/csv') ? `\uFEFF${text}` : text], { type })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
