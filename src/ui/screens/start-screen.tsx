import { useTranslation } from 'react-i18next'
import { useData } from '../data-context'
import { useVisibleSteps } from '../hooks/use-visible-steps'
import { useDocumentTitle, usePageFocus } from '../hooks/use-page-focus'
import { useAppStore } from '../store-context'
import { AsOfNotice } from '../components/as-of-notice'
import { StartIntro } from '../components/start-intro'
import { BUSY_TEXT, START_BUTTON } from '../../early-start'

export function StartScreen() {
  const { t } = useTranslation('start')
  const { t: tc } = useTranslation()
  const { catalogue } = useData()
  const steps = useVisibleSteps()
  const answered = useAppStore((s) => Object.keys(s.answers).length)
  const goToStep = useAppStore((s) => s.goToStep)
  const ref = usePageFocus<HTMLHeadingElement>('start')
  useDocumentTitle(t('title'), tc('appName'))
  const first = steps[0]
  return (
    <>
      <StartIntro headingRef={ref} />
      <h2 className="kern-heading-medium">{t('howTitle')}</h2>
      <ul className="kern-list">
        <li>{t('how.steps', { count: steps.length })}</li>
        <li>{t('how.save')}</li>
        <li>{t('how.check')}</li>
      </ul>
      <p className="kern-body">{t('catalogue', { count: catalogue.programs.length })}</p>
      <AsOfNotice />
      {answered > 0 && <p className="kern-body">{t('resumeHint', { count: answered })}</p>}
      <div className="fb-actions">
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          // Marked for the page's first second: boot.ts wires the static page's button at once.
          {...{ [START_BUTTON]: '', [BUSY_TEXT]: t('starting') }}
          onClick={() => first && goToStep(first.id)}
        >
          <span className="kern-label">{answered > 0 ? t('resume') : t('start')}</span>
          <span className="kern-icon kern-icon--arrow-forward" aria-hidden="true" />
        </button>
      </div>
    </>
  )
}
