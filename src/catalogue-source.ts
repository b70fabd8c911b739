// The app's data arrive in their own chunk, so they do not weigh on the initial JavaScript. The
// build has already checked and parsed them (scripts/build/app-data-plugin.ts).
import type { Catalogue, Questionnaire } from './domain/index'

export interface AppData {
  catalogue: Catalogue
  questionnaire: Questionnaire
}

let pending: Promise<AppData> | undefined

export function loadAppData(): Promise<AppData> {
  pending ??= import('virtual:app-data').then((m) => m.default)
  return pending
}
