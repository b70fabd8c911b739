import { useTranslation } from 'react-i18next'
import {
  criterionLabel,
  describeReason,
  formatDate,
  type Lang,
  type Program,
  type ProgramRecommendation,
  type Question,
  type Step,
  termsFor,
} from '../../domain/index'
import { LazyDetails } from '../components/lazy-details'
import { QuestionLinks } from '../components/question-links'
import { useDetails } from '../data-context'
import { AmountText, DeadlineText } from './program-facts'

const MARK = { passed: '✓', failed: '✗', open: '?' } as const

interface Props {
  rec: ProgramRecommendation
  program: Program
  lang: Lang
  questions: ReadonlyMap<string, Question>
  steps: readonly Step[]
}

/** One programme with everything needed to judge it: money, deadline, reasons and sources. */
export function ProgramCard({ rec, program, lang, questions, steps }: Props) {
  const { t } = useTranslation('results')
  const { t: tc } = useTranslation()
  const headingId = `programme-${rec.id}`
  const failed = rec.criteria.filter((c) => c.outcome === 'failed')
  const ctx = { lang, questions }
  return (
    <article className="kern-card fb-programme" aria-labelledby={headingId}>
      <div className="kern-card__container">
        <header className="kern-card__header">
          <h3 className="kern-title" id={headingId}>
            {rec.name[lang]}
          </h3>
          <p className="kern-subline">
            {t('funder', {
              name: program.funder.name,
              level: tc(`levels.${program.funder.level}`),
            })}
          </p>
        </header>
        <div className="kern-card__body">
          <p className="kern-body">{program.summary[lang]}</p>
          <dl className="kern-description-list">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('amount.label')}</dt>
              <dd className="kern-description-list-item__value">
                <AmountText terms={termsFor(program, null, {})} lang={lang} />
              </dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('deadline.label')}</dt>
              <dd className="kern-description-list-item__value">
                <DeadlineText deadline={rec.deadline} lang={lang} />
              </dd>
            </div>
          </dl>
          {rec.openQuestions.length > 0 && (
            <div className="fb-open-questions">
              <p className="kern-body">{t('decide')}</p>
              <QuestionLinks
                ids={rec.openQuestions}
                questions={questions}
                steps={steps}
                lang={lang}
                text={(question) => t('answerQuestion', { question })}
              />
            </div>
          )}
          {failed.length > 0 && (
            <p className="kern-body fb-reason">
              <strong>{t('reason')}</strong> {failed.map((c) => describeReason(c, ctx)).join(' ')}
            </p>
          )}
          {/* Long lists stay one click away, so the page can be scanned programme by programme. */}
          <LazyDetails
            className="fb-details"
            initiallyOpen={rec.verdict === 'open'}
            summary={<summary className="kern-link">{t('details')}</summary>}
          >
            {() => (
              <>
                <h4 className="kern-heading-small">{t('criteria')}</h4>
                <ul className="fb-criteria">
                  {rec.criteria.map((c) => (
                    <li key={c.id} className={`fb-criterion fb-criterion--${c.outcome}`}>
                      <span aria-hidden="true" className="fb-mark">
                        {MARK[c.outcome]}
                      </span>
                      <span>
                        <strong>
                          {criterionLabel(c, lang)} ({t(`outcome.${c.outcome}`)}):
                        </strong>{' '}
                        {describeReason(c, ctx)}
                      </span>
                    </li>
                  ))}
                </ul>
                <Sources program={program} lang={lang} />
                <p className="kern-body kern-body--small">
                  {t('lastChecked', { date: formatDate(rec.lastChecked, lang) })}
                </p>
              </>
            )}
          </LazyDetails>
        </div>
      </div>
    </article>
  )
}

/**
 * The programme's note on its money and its sources: long texts that load with the catalogue's
 * details when the first card is opened (src/catalogue-source.ts).
 */
function Sources({ program, lang }: { program: Program; lang: Lang }) {
  const { t } = useTranslation('results')
  const { t: tc } = useTranslation()
  if (!useDetails())
    return (
      <p className="kern-body" role="status">
        <span className="kern-loader" aria-hidden="true" /> {tc('loading')}
      </p>
    )
  return (
    <>
      {program.money.note && (
        <p className="kern-body fb-note">
          <strong>{t('amount.label')}:</strong> {program.money.note[lang]}
        </p>
      )}
      <h4 className="kern-heading-small">{t('sources')}</h4>
      <ul className="kern-list fb-sources">
        {program.sources.map((s) => (
          <li key={s.url}>
            <a className="kern-link" href={s.url} rel="noopener noreferrer" target="_blank">
              {s.title}
            </a>{' '}
            ({t('sourceAsOf', { date: formatDate(s.asOf, lang) })})
          </li>
        ))}
      </ul>
    </>
  )
}
