import { useTranslation } from 'react-i18next'
import { formatDate } from '../../domain/describe/format'
import { useData } from '../data-context'
import { useAppStore } from '../store-context'
import { Notice } from './notice'

/** The catalogue's "Stand": facts are from that day and must be checked against the current call. */
export function AsOfNotice() {
  const { t } = useTranslation()
  const { catalogue } = useData()
  const lang = useAppStore((s) => s.lang)
  const date = formatDate(catalogue.asOf, lang)
  return (
    <Notice kind="info" title={t('asOfNotice.title', { date })}>
      <p className="kern-body">{t('asOfNotice.body', { date })}</p>
    </Notice>
  )
}
