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
    case 'combinations':
      return <CombinationsScreen />
    case 'compare':
      return <CompareScreen />
    case 'handout':
      return <HandoutScreen />
  }
}
