import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  COST_TYPES,
  formatEuro,
  sumMatrix,
  type CostMatrix,
  type CostType,
  type Phase,
} from '../../domain/index'
import {
  describedBy,
  FieldError,
  fieldId,
  Hint,
  QuestionLabel,
  type FieldProps,
} from './field-parts'
import { formatNumberText, parseNumberText } from './number-text'

/** A table of cost types × the phases the user chose; each cell an amount in euro. */
export function CostMatrixField(props: FieldProps<CostMatrix> & { phases: readonly Phase[] }) {
  const { t } = useTranslation('questionnaire')
  const { t: tc } = useTranslation()
  const { question, lang, value, error, onChange, onBadText, phases } = props
  const matrix = value ?? {}
  const [texts, setTexts] = useState<Record<string, string>>(() => {
    const initial: Record<string, string> = {}
    for (const [type, row] of Object.entries(matrix)) {
      for (const [phase, euros] of Object.entries(row ?? {})) {
        initial[`${type}.${phase}`] = formatNumberText(euros, lang)
      }
    }
    return initial
  })
  const update = (type: CostType, phase: Phase, text: string) => {
    const key = `${type}.${phase}`
    setTexts((prev) => ({ ...prev, [key]: text }))
    const parsed = parseNumberText(text, lang)
    onBadText(`${question.id}.${key}`, Number.isNaN(parsed))
    const row = { ...matrix[type] }
    if (parsed === null || Number.isNaN(parsed) || parsed <= 0) delete row[phase]
    else row[phase] = parsed
    const next: CostMatrix = { ...matrix, [type]: row }
    if (Object.keys(row).length === 0) delete next[type]
    onChange(Object.keys(next).length === 0 ? undefined : next)
  }
  // Only the chosen phases count: cells of phases dropped later must not swell the total.
  const shown: CostMatrix = Object.fromEntries(
    Object.entries(matrix).map(([type, row]) => [
      type,
      Object.fromEntries(Object.entries(row ?? {}).filter(([p]) => phases.includes(p as Phase))),
    ]),
  )
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={describedBy(question, error)}
    >
      <legend className="kern-label">
        <QuestionLabel question={question} lang={lang} />
      </legend>
      <Hint question={question} lang={lang} />
      <FieldError id={question.id} error={error} />
      <div className="fb-table-scroll">
        <table className="kern-table fb-cost-matrix">
          <caption className="kern-sr-only">{t('costMatrix.caption')}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">
                {t('costMatrix.costType')}
              </th>
              {phases.map((p) => (
                <th key={p} className="kern-table__header" scope="col">
                  {tc(`phases.${p}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {COST_TYPES.map((type, r) => (
              <tr key={type} className="kern-table__row">
                <th className="kern-table__header" scope="row">
                  {tc(`costTypes.${type}`)}
                </th>
                {phases.map((phase, c) => (
                  <td key={phase} className="kern-table__cell">
                    <input
                      className="kern-form-input__input fb-cell-input"
                      id={r === 0 && c === 0 ? fieldId(question.id) : undefined}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      aria-label={t('costMatrix.cell', {
                        costType: tc(`costTypes.${type}`),
                        phase: tc(`phases.${phase}`),
                      })}
                      value={texts[`${type}.${phase}`] ?? ''}
                      onChange={(e) => update(type, phase, e.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="kern-body" aria-live="polite">
        {t('costMatrix.total')}: {formatEuro(sumMatrix(shown), lang)}
      </p>
    </fieldset>
  )
}
