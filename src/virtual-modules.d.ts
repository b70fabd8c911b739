// data/ checked and parsed at build time, and split for the browser
// (scripts/build/app-data-plugin.ts, split-app-data.ts, src/catalogue-source.ts).
declare module 'virtual:app-data' {
  // The skeleton: every text a slot (src/catalogue-slots.ts) until the texts are filled in.
  const data: import('./catalogue-source').AppData
  export default data
}
declare module 'virtual:app-data/texts-*' {
  const texts: string[]
  export default texts
}
declare module 'virtual:app-data/results-*' {
  const texts: string[]
  export default texts
}
declare module 'virtual:app-data/details-*' {
  const details: import('./catalogue-slots').DetailsPack
  export default details
}
