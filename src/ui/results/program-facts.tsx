import { useTranslation } from 'react-i18next'
import {
  formatDate,
  formatEuro,
  type DeadlineStatus,
  type Lang,
  type Money,
} from '../../domain/index'

export function AmountText({ money, lang }: { money: Money; lang: Lang }) {
  const { t } = useTranslation('results')
  const min = money.minAmount !== null ? formatEuro(money.minAmount, lang) : null
  const max = money.maxAmount !== null ? formatEuro(money.maxAmount, lang) : null
  const range =
    min && max
      ? t('amount.range', { min, max })
      : max
        ? t('amount.upTo', { max })
        : min
          ? t('amount.from', { min })
          : t('amount.none')
  const extras = [
    money.ratePercent !== null ? t('amount.rate', { rate: money.ratePercent }) : null,
    money.minOwnSharePercent ? t('amount.ownShare', { percent: money.minOwnSharePercent }) : null,
  ].filter(Boolean)
  return (
    <>
      {range}
      {extras.length > 0 && `; ${extras.join('; ')}`}
      {money.note && <span className="fb-note"> {money.note[lang]}</span>}
    </>
  )
}

const BADGE: Record<DeadlineStatus['state'], string> = {
  open: 'success',
  upcoming: 'info',
  expected: 'warning',
  irregular: 'info',
  rolling: 'success',
  dormant: 'danger',
  closed: 'danger',
  unknown: 'info',
}

/** The next deadline and its state; projected dates are labelled as expected, not announced. */
export function DeadlineText({ deadline, lang }: { deadline: DeadlineStatus; lang: Lang }) {
  const { t } = useTranslation('results')
  const shown = deadline.state === 'dormant' ? deadline.last : deadline.next
  const date = shown ? formatDate(shown, lang) : ''
  const opens = deadline.opens ? formatDate(deadline.opens, lang) : ''
  const text =
    deadline.state === 'upcoming' && opens
      ? t('deadline.upcomingOpens', { date, opens })
      : t(`deadline.${deadline.state}`, { date })
  return (
    <>
      <span className={`kern-badge kern-badge--${BADGE[deadline.state]}`}>
        <span className="kern-label">{t(`deadlineState.${deadline.state}`)}</span>
      </span>{' '}
      {text}
    </>
  )
}
