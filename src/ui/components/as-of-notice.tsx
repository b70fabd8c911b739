import { useTranslation } from 'react-i18next'
import { formatDate } from '../../domain/index'
import { useData } from '../data-context'
import { useAppStore } from '../store-context'

/** The catalogue's "Stand": facts are from that day and must be checked against the current call. */
export function AsOfNotice() {
  const { t } = useTranslation()
  const { catalogue } = useData()
  const lang = useAppStore((s) => s.lang)
  const date = formatDate(catalogue.asOf, lang)
  return (
    <div className="kern-alert kern-alert--info">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <h2 className="kern-title">{t('asOfNotice.title', { date })}</h2>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('asOfNotice.body', { date })}</p>
      </div>
    </div>
  )
}
