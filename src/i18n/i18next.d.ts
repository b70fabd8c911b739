// Keys passed to t() are checked against the German texts, the primary language.
import 'i18next'
import type { resources } from './resources'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: (typeof resources)['de']
  }
}
