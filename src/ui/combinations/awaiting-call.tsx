import { useTranslation } from 'react-i18next'
import { formatDate, type AwaitingCall, type Lang } from '../../domain/index'
import { useData } from '../data-context'

/**
 * Programmes that fit but have no call on record since their last one: named beside the plans,
 * never in them, so a council knows which new round to ask the funder about.
 */
export function AwaitingCalls({
  items,
  names,
  lang,
}: {
  items: readonly AwaitingCall[]
  names: ReadonlyMap<string, string>
  lang: Lang
}) {
  const { t } = useTranslation('combinations')
  const { catalogue } = useData()
  if (items.length === 0) return null
  // What the catalogue knows of the rhythm (rounds known without a deadline, say): the last
  // date alone would suggest nothing happened since.
  const rhythm = (id: string) => {
    const recurrence = catalogue.programs.find((p) => p.id === id)?.windows.recurrence
    return recurrence?.kind === 'irregular' ? recurrence.note[lang] : ''
  }
  return (
    <section aria-labelledby="awaiting-call-title">
      <h2 className="kern-heading-medium" id="awaiting-call-title">
        {t('awaitingCall.title')}
      </h2>
      <p className="kern-body">{t('awaitingCall.lead')}</p>
      <ul className="kern-list">
        {items.map((item) => (
          <li key={item.programId}>
            {t(item.open ? 'awaitingCall.itemOpen' : 'awaitingCall.item', {
              name: names.get(item.programId) ?? item.programId,
              date: formatDate(item.last, lang),
            })}
            {rhythm(item.programId) && (
              <>
                {' '}
                <span className="fb-note">{rhythm(item.programId)}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
