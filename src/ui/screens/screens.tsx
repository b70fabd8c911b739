import { WithDetails } from '../components/with-details'
import { useAppStore } from '../store-context'
import { CombinationsScreen } from './combinations-screen'
import { CompareScreen } from './compare-screen'
import { HandoutScreen } from './handout-screen'
import { ResultsScreen } from './results-screen'
import { ReviewScreen } from './review-screen'
import { StartScreen } from './start-screen'
import { StepScreen } from './step-screen'

/** The screen lives in the store, not the URL: the fragment is reserved for share links. */
export function Screens() {
  const screen = useAppStore((s) => s.screen)
  switch (screen.name) {
    case 'start':
      return <StartScreen />
    case 'step':
      return (
        <StepScreen
          key={screen.stepId}
          stepId={screen.stepId}
          returnTo={screen.returnTo}
          focus={screen.focus}
        />
      )
    case 'review':
      return <ReviewScreen />
    case 'results':
      return <ResultsScreen />
    // Plans, the handout and their exports name prerequisites and sources: the catalogue's
    // details, which the questionnaire and the results list do without.
    case 'combinations':
      return (
        <WithDetails>
          <CombinationsScreen />
        </WithDetails>
      )
    case 'compare':
      return (
        <WithDetails>
          <CompareScreen />
        </WithDetails>
      )
    case 'handout':
      return (
        <WithDetails>
          <HandoutScreen />
        </WithDetails>
      )
  }
}
