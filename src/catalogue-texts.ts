import type { Lang } from './domain/text'

/** Each language's first-screen texts of the catalogue (scripts/build/split-app-data.ts). */
export const CATALOGUE_TEXTS: Record<Lang, () => Promise<{ default: string[] }>> = {
  de: () => import('virtual:app-data/texts-de'),
  en: () => import('virtual:app-data/texts-en'),
}
