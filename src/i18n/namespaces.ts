import type { Namespace } from './resources'

export const NAMESPACES: readonly Namespace[] = [
  'common',
  'start',
  'questionnaire',
  'review',
  'results',
  'combinations',
  'share',
  'compare',
  'handout',
]
