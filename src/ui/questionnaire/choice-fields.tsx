import { useTranslation } from 'react-i18next'
import {
  describedBy,
  FieldError,
  fieldId,
  Hint,
  QuestionLabel,
  type FieldProps,
} from './field-parts'

interface Choice {
  value: string
  label: string
  help?: string
}

function ChoiceFieldset({
  question,
  lang,
  error,
  children,
}: Omit<FieldProps<unknown>, 'value' | 'onChange' | 'onBadText'> & { children: React.ReactNode }) {
  return (
    <fieldset
      className={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={describedBy(question, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="kern-label">
        <QuestionLabel question={question} lang={lang} />
      </legend>
      <Hint question={question} lang={lang} />
      <FieldError id={question.id} error={error} />
      <div className="kern-fieldset__body">{children}</div>
    </fieldset>
  )
}

function Check({
  type,
  id,
  name,
  choice,
  checked,
  error,
  onChange,
}: {
  type: 'radio' | 'checkbox'
  id: string
  name: string
  choice: Choice
  checked: boolean
  error: boolean
  onChange: () => void
}) {
  return (
    <div className="kern-form-check">
      <input
        className={`kern-form-check__${type}${error && type === 'checkbox' ? ' kern-form-check__checkbox--error' : ''}`}
        type={type}
        id={id}
        name={name}
        value={choice.value}
        checked={checked}
        onChange={onChange}
        aria-describedby={choice.help ? `${id}-hint` : undefined}
      />
      <label className="kern-label" htmlFor={id}>
        {choice.label}
      </label>
      {choice.help && (
        <div className="kern-hint fb-check-hint" id={`${id}-hint`}>
          {choice.help}
        </div>
      )}
    </div>
  )
}

const optionId = (questionId: string, index: number) =>
  index === 0 ? fieldId(questionId) : `${fieldId(questionId)}-${index}`

export function SingleChoiceField(props: FieldProps<string>) {
  const { question, lang, value, error, onChange } = props
  return (
    <ChoiceFieldset {...props}>
      {(question.options ?? []).map((o, i) => (
        <Check
          key={o.value}
          type="radio"
          id={optionId(question.id, i)}
          name={question.id}
          choice={{ value: o.value, label: o.label[lang], help: o.help?.[lang] }}
          checked={value === o.value}
          error={Boolean(error)}
          onChange={() => onChange(o.value)}
        />
      ))}
    </ChoiceFieldset>
  )
}

export function BooleanField(props: FieldProps<boolean>) {
  const { t } = useTranslation()
  const { question, value, error, onChange } = props
  const choices = [
    { v: true, label: t('yes') },
    { v: false, label: t('no') },
  ]
  return (
    <ChoiceFieldset {...props}>
      <div className="fb-inline-choices">
        {choices.map((c, i) => (
          <Check
            key={String(c.v)}
            type="radio"
            id={optionId(question.id, i)}
            name={question.id}
            choice={{ value: String(c.v), label: c.label }}
            checked={value === c.v}
            error={Boolean(error)}
            onChange={() => onChange(c.v)}
          />
        ))}
      </div>
    </ChoiceFieldset>
  )
}

/** Checkboxes with an exclusive "none of these", so an empty selection is a deliberate answer. */
export function MultiChoiceField(props: FieldProps<string[]>) {
  const { t } = useTranslation('questionnaire')
  const { question, lang, value, error, onChange } = props
  const selected = value ?? []
  const toggle = (v: string) =>
    onChange(selected.includes(v) ? selected.filter((s) => s !== v) : [...selected, v])
  const options = question.options ?? []
  return (
    <ChoiceFieldset {...props}>
      {options.map((o, i) => (
        <Check
          key={o.value}
          type="checkbox"
          id={optionId(question.id, i)}
          name={question.id}
          choice={{ value: o.value, label: o.label[lang], help: o.help?.[lang] }}
          checked={selected.includes(o.value)}
          error={Boolean(error)}
          onChange={() => toggle(o.value)}
        />
      ))}
      <p className="kern-body fb-or">{t('or')}</p>
      <Check
        type="checkbox"
        id={`${fieldId(question.id)}-none`}
        name={question.id}
        choice={{ value: '', label: t('noneOfThese') }}
        checked={value !== undefined && selected.length === 0}
        error={Boolean(error)}
        onChange={() => onChange(value !== undefined && selected.length === 0 ? undefined : [])}
      />
    </ChoiceFieldset>
  )
}
