import { useTranslation } from 'react-i18next'
import { WithDetails } from '../components/with-details'
import { useAppStore } from '../store-context'
import { useScreenModule, type ScreenModules } from './screen-modules'

/** The screen lives in the store, not the URL: the fragment is reserved for share links. */
export function Screens() {
  const screen = useAppStore((s) => s.screen)
  const module = useScreenModule(screen.name)
  if (module === 'loading' || module === 'failed') return <ScreenLoading state={module} />
  // The module is the one of screen.name; TypeScript cannot tie the two together.
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
    // Plans, the handout and their exports name prerequisites and sources: the catalogue's
    // details, which the questionnaire and the results list do without.
    case 'combinations': {
      const { CombinationsScreen } = module as ScreenModules['combinations']
      return (
        <WithDetails>
          <CombinationsScreen />
        </WithDetails>
      )
    }
    case 'compare': {
      const { CompareScreen } = module as ScreenModules['compare']
      return (
        <WithDetails>
          <CompareScreen />
        </WithDetails>
      )
    }
    case 'handout': {
      const { HandoutScreen } = module as ScreenModules['handout']
      return (
        <WithDetails>
          <HandoutScreen />
        </WithDetails>
      )
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
