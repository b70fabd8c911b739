// The app's data arrive in their own chunk, so they do not weigh on the initial JavaScript.
import type { Catalogue, Questionnaire } from './domain/index'

export interface AppData {
  catalogue: Catalogue
  questionnaire: Questionnaire
}

let pending: Promise<AppData> | undefined

export function loadAppData(): Promise<AppData> {
  pending ??= import('./app-data').then((m) => m.appData)
  return pending
}
