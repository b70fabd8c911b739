// data/ checked and parsed at build time (scripts/build/app-data-plugin.ts).
declare module 'virtual:app-data' {
  const data: import('./catalogue-source').AppData
  export default data
}
