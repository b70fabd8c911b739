import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldId } from './field-parts'

export interface SummaryItem {
  id: string
  label: string
  message: string
}

/** GOV.UK error summary: receives focus when shown, each entry leads to its field. */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const { t } = useTranslation('questionnaire')
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (items.length > 0) ref.current?.focus()
    // Focus again on every failed attempt, not only when the list changes.
  }, [attempt, items.length])
  if (items.length === 0) return null
  return (
    <div
      ref={ref}
      className="kern-alert kern-alert--danger fb-error-summary"
      tabIndex={-1}
      role="group"
      aria-labelledby="error-summary-title"
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id="error-summary-title">
          {t('errorSummary')}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list">
          {items.map((item) => (
            <li key={item.id}>
              {/* The fragment is reserved for share links: move focus without touching it. */}
              <a
                className="kern-link"
                href={`#${fieldId(item.id)}`}
                onClick={(e) => {
                  e.preventDefault()
                  document.getElementById(fieldId(item.id))?.focus()
                }}
              >
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
