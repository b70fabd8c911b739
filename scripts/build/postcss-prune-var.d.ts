// postcss-prune-var ships no types; this is the part vite.config.ts uses.
declare module 'postcss-prune-var' {
  import type { PluginCreator } from 'postcss'
  const pruneVar: PluginCreator<{ skip?: string[] }>
  export default pruneVar
}
