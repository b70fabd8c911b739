import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isRealDate } from '../../domain/index'
import {
  describedBy,
  FieldError,
  fieldId,
  Hint,
  QuestionLabel,
  type FieldProps,
} from './field-parts'
import { formatNumberText, parseNumberText } from './number-text'

function TextShell({
  question,
  lang,
  error,
  children,
}: Pick<FieldProps<unknown>, 'question' | 'lang' | 'error'> & { children: React.ReactNode }) {
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={fieldId(question.id)}>
        <QuestionLabel question={question} lang={lang} />
      </label>
      <Hint question={question} lang={lang} />
      <FieldError id={question.id} error={error} />
      {children}
    </div>
  )
}

/**
 * Whole numbers and euro amounts as text, so "85.000" can be typed as written on paper.
 * The parent remounts it per language, which reformats the number for that language.
 */
export function NumberField(props: FieldProps<number>) {
  const { t } = useTranslation('questionnaire')
  const { question, lang, value, error, onChange, onBadText } = props
  const [text, setText] = useState(() => formatNumberText(value, lang))
  const isAmount = question.type === 'amount'
  const update = (next: string) => {
    setText(next)
    const parsed = parseNumberText(next, lang)
    onBadText(question.id, Number.isNaN(parsed))
    onChange(parsed === null || Number.isNaN(parsed) ? undefined : parsed)
  }
  const tidy = () => {
    const parsed = parseNumberText(text, lang)
    if (parsed !== null && !Number.isNaN(parsed)) setText(formatNumberText(parsed, lang))
  }
  return (
    <TextShell {...props}>
      <div className="fb-unit-input">
        <input
          className={`kern-form-input__input kern-form-input__input--width-10${error ? ' kern-form-input__input--error' : ''}`}
          id={fieldId(question.id)}
          name={question.id}
          type="text"
          inputMode={isAmount ? 'decimal' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => update(e.target.value)}
          onBlur={tidy}
          aria-describedby={describedBy(question, error)}
          aria-invalid={error ? true : undefined}
        />
        {isAmount && (
          <span className="fb-unit">
            €<span className="kern-sr-only"> {t('euroSuffix')}</span>
          </span>
        )}
      </div>
    </TextShell>
  )
}

export function DateField(props: FieldProps<string>) {
  const { question, value, error, onChange, onBadText } = props
  return (
    <TextShell {...props}>
      <input
        className={`kern-form-input__input kern-form-input__input--width-10${error ? ' kern-form-input__input--error' : ''}`}
        id={fieldId(question.id)}
        name={question.id}
        type="date"
        value={value ?? ''}
        onChange={(e) => {
          const next = e.target.value
          onBadText(question.id, next !== '' && !isRealDate(next))
          onChange(next !== '' && isRealDate(next) ? next : undefined)
        }}
        aria-describedby={describedBy(question, error)}
        aria-invalid={error ? true : undefined}
      />
    </TextShell>
  )
}
