import { useTranslation } from 'react-i18next'
import {
  formatDate,
  formatEuro,
  type DeadlineStatus,
  type Lang,
  type MoneyTerms,
} from '../../domain/index'

export function AmountText({ terms, lang }: { terms: MoneyTerms; lang: Lang }) {
  const { t } = useTranslation('results')
  const min = terms.minAmount !== null ? formatEuro(terms.minAmount, lang) : null
  const max =
    terms.maxAmount !== null && terms.maxFrom === 'max' ? formatEuro(terms.maxAmount, lang) : null
  const range =
    min && max
      ? t('amount.range', { min, max })
      : max
        ? t('amount.upTo', { max })
        : min
          ? t('amount.from', { min })
          : null
  const rate = (value: number | null) =>
    value === null ? t('amount.rateUnknown') : t('amount.rate', { rate: value })
  const parts = terms.parts.map((part) => {
    const label = part.label ? `${part.label[lang]}: ` : ''
    const cap =
      part.maxAmount !== null && part.maxFrom === 'max'
        ? `, ${t('amount.upTo', { max: formatEuro(part.maxAmount, lang) })}`
        : ''
    const share =
      part.maxShareOfTotalPercent !== null
        ? `, ${t('amount.shareOfTotal', { percent: part.maxShareOfTotalPercent })}`
        : ''
    return `${label}${rate(part.ratePercent)}${cap}${share}`
  })
  const open = terms.openParts.map((part) => {
    const cap = part.maxAmount !== null ? formatEuro(part.maxAmount, lang) : null
    return `${part.label ? `${part.label[lang]}: ` : ''}${t(cap ? 'amount.openUpTo' : 'amount.open', { max: cap })}`
  })
  const perUnit = [...terms.perUnit, ...terms.parts.flatMap((p) => p.perUnit)].map(
    (rule) => `${formatEuro(rule.amount, lang)} ${rule.label[lang]}`,
  )
  const variants = terms.variants.map(
    (v) => `${v.label[lang]}${v.ratePercent === null ? '' : `: ${rate(v.ratePercent)}`}`,
  )
  const own = terms.ownShare
  const extras = [
    ...parts,
    ...open,
    ...perUnit,
    ...variants,
    own
      ? t(own.capsFunding ? 'amount.ownShare' : 'amount.ownShareOther', { percent: own.percent })
      : null,
  ].filter(Boolean)
  return (
    <>
      {/* The note on the money is a long text: the card's details show it. */}
      {[range, ...extras].filter(Boolean).join('; ') || t('amount.none')}
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
      : deadline.state === 'expected' && opens
        ? t('deadline.expectedOpens', { date, opens })
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
