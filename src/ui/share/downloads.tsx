import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { roadmapEvents } from '../../domain/index'
import { useData } from '../data-context'
import { useRecommendation } from '../hooks/use-derived'
import { useAppStore } from '../store-context'
import { downloadText } from './download'
import { useExportButtons } from './export-buttons'
import { useChosenPlans } from './use-chosen-plans'

// The compare view and the handout read the marked plans from here, beside the downloads.
export { useChosenPlans, type ChosenPlans } from './use-chosen-plans'

/** Download buttons: results and plans as CSV and JSON, the roadmap's deadlines as .ics. */
export function Downloads() {
  const { t } = useTranslation('share')
  const { catalogue, today } = useData()
  const recommendation = useRecommendation()
  const lang = useAppStore((s) => s.lang)
  const goTo = useAppStore((s) => s.goTo)
  const { plans: chosen } = useChosenPlans()
  const plans = chosen.length > 0 ? chosen : recommendation.combinations.plans.slice(0, 1)
  const events = plans.flatMap((p) => roadmapEvents(p, catalogue, lang))
  const stamp = `foerderbaukasten-${today}`
  const buttons = useExportButtons(stamp)
  const [icsFailed, setIcsFailed] = useState(false)
  // The calendar writer and its validation library load on first use: few visitors need them.
  const ics = async () => {
    try {
      const { icsFile } = await import('../../export/ics-file')
      const file = icsFile(events, lang, new Date())
      if (!file.ok) throw new Error(file.message)
      setIcsFailed(false)
      downloadText(`${stamp}-fristen.ics`, file.text, 'text/calendar;charset=utf-8')
    } catch {
      setIcsFailed(true)
    }
  }

  return (
    <section className="fb-downloads" aria-labelledby="downloads-title">
      <h2 className="kern-heading-small" id="downloads-title">
        {t('downloads.title')}
      </h2>
      <div className="fb-actions">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={b.run}
          >
            <span className="kern-label">{b.label}</span>
          </button>
        ))}
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => void ics()}
          disabled={events.length === 0}
        >
          <span className="kern-label">{t('downloads.ics')}</span>
        </button>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary"
          onClick={() => goTo({ name: 'handout' })}
        >
          <span className="kern-label">{t('downloads.handout')}</span>
        </button>
      </div>
      {icsFailed && (
        <p className="kern-body kern-body--small" role="alert">
          {t('downloads.icsFailed')}
        </p>
      )}
      {events.length === 0 && (
        <p className="kern-body kern-body--small">{t('downloads.icsNone')}</p>
      )}
    </section>
  )
}
