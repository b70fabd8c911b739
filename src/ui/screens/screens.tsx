import { useTranslation } from 'react-i18next'
import { WithDetails } from '../components/with-details'
import { useAppStore } from '../store-context'
import type { Screen } from '../../store/inputs'
import { useResultTexts } from './result-texts'
import {
  SHOWS_RESULTS,
  useScreenModule,
  type ScreenModules,
  type ScreenName,
} from './screen-modules'

// Plans, the handout and their exports name prerequisites and sources: the catalogue's
// details, which the questionnaire and the results list do without.
const WITH_DETAILS: ReadonlySet<ScreenName> = new Set(['combinations', 'compare', 'handout'])

/** The screen lives in the store, not the URL: the fragment is reserved for share links. */
export function Screens() {
  const screen = useAppStore((s) => s.screen)
  const module = useScreenModule(screen.name)
  // Asked for here: when they arrive, this renders again, and the whole screen with it.
  const showsResults = SHOWS_RESULTS.has(screen.name)
  const resultTexts = useResultTexts(showsResults)
  if (module === 'loading' || module === 'failed') return <ScreenLoading state={module} />
  if (showsResults && !resultTexts) return <ScreenLoading state="loading" />
  const page = pageOf(screen, module)
  return WITH_DETAILS.has(screen.name) ? <WithDetails>{page}</WithDetails> : page
}

/** The screen's page; `module` is the one of screen.name, which TypeScript cannot tie to it. */
function pageOf(screen: Screen, module: ScreenModules[ScreenName]) {
  switch (screen.name) {
    case 'start': {
      const { StartScreen } = module as ScreenModules['start']
      return <StartScreen />
    }
    case 'step': {
      const { StepScreen } = module as ScreenModules['step']
      return (
        <StepScreen
          key={screen.stepId}
          stepId={screen.stepId}
          returnTo={screen.returnTo}
          focus={screen.focus}
        />
      )
    }
    case 'review': {
      const { ReviewScreen } = module as ScreenModules['review']
      return <ReviewScreen />
    }
    case 'results': {
      const { ResultsScreen } = module as ScreenModules['results']
      return <ResultsScreen />
    }
    case 'combinations': {
      const { CombinationsScreen } = module as ScreenModules['combinations']
      return <CombinationsScreen />
    }
    case 'compare': {
      const { CompareScreen } = module as ScreenModules['compare']
      return <CompareScreen />
    }
    case 'handout': {
      const { HandoutScreen } = module as ScreenModules['handout']
      return <HandoutScreen />
    }
  }
}

/** While a screen's chunk loads (usually prefetched before it is needed), or when it failed. */
function ScreenLoading({ state }: { state: 'loading' | 'failed' }) {
  const { t } = useTranslation()
  if (state === 'failed')
    return (
      <p className="kern-body" role="alert">
        {t('screenLoadFailed')}
      </p>
    )
  return (
    <p className="kern-body" role="status">
      <span className="kern-loader" aria-hidden="true" /> {t('screenLoading')}
    </p>
  )
}
