export * from './calendar'
export * from './csv'
export * from './json-export'
