import { useTranslation } from 'react-i18next'
import { describeReason, ruledOutFamilies, type Verdicts } from '../../domain/index'
import { Notice } from '../components/notice'
import { useData } from '../data-context'
import { useAppStore } from '../store-context'

/**
 * Early word that a whole programme family (e.g. foundations and lotteries) cannot fit and why,
 * so nobody fills in the rest of the questionnaire hoping for it.
 */
export function FamilyNotice({ recommendation }: { recommendation: Verdicts }) {
  const { t } = useTranslation('questionnaire')
  const { t: tc } = useTranslation()
  const { questions } = useData()
  const lang = useAppStore((s) => s.lang)
  const ruledOut = ruledOutFamilies(recommendation)
  if (ruledOut.length === 0) return null
  return (
    <Notice kind="info" title={t('family.title')} role="status">
      <p className="kern-body">{t('family.lead')}</p>
      <ul className="kern-list">
        {ruledOut.map(({ level, failed }) => (
          <li key={level} className="kern-body">
            {t('family.item', {
              family: tc(`levels.${level}`),
              reason: failed ? describeReason(failed, { lang, questions }) : '',
            })}
          </li>
        ))}
      </ul>
    </Notice>
  )
}
