import { useTranslation } from 'react-i18next'
import { describeReason, ruledOutFamilies, type Verdicts } from '../../domain/index'
import { hasPieceInAnyLanguage } from '../../catalogue-pieces'
import { Notice } from '../components/notice'
import { useData, usePiece } from '../data-context'
import { useAppStore } from '../store-context'

/**
 * Early word that a whole programme family (e.g. foundations and lotteries) cannot fit and why,
 * so nobody fills in the rest of the questionnaire hoping for it.
 */
export function FamilyNotice({ recommendation }: { recommendation: Verdicts }) {
  const { t } = useTranslation('questionnaire')
  const { t: tc } = useTranslation()
  const { questions, data } = useData()
  const lang = useAppStore((s) => s.lang)
  const ruledOut = ruledOutFamilies(recommendation)
  // The reasons are the programmes' own explanations, one of the results' texts: the notice
  // shows once they are there (usually fetched long before, when the page was idle).
  usePiece('results', ruledOut.length > 0)
  if (ruledOut.length === 0 || !hasPieceInAnyLanguage(data, 'results')) return null
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
