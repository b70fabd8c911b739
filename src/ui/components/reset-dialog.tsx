import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/** Asks before "Neu beginnen" deletes every answer; Escape or "Abbrechen" keeps them. */
export function ResetDialog({
  onConfirm,
  onCancel,
}: {
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    // showModal gives the backdrop and the focus trap; where it is missing, open plainly.
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal()
    else dialog.setAttribute('open', '')
    cancelRef.current?.focus()
  }, [])
  return (
    <dialog
      ref={ref}
      className="kern-dialog"
      aria-labelledby="reset-title"
      aria-describedby="reset-body"
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id="reset-title">
          {t('reset.title')}
        </h2>
      </header>
      <section className="kern-dialog__body">
        <p className="kern-body" id="reset-body">
          {t('reset.body')}
        </p>
      </section>
      <footer className="kern-dialog__footer">
        <button
          ref={cancelRef}
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={onCancel}
        >
          <span className="kern-label">{t('reset.cancel')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={onConfirm}>
          <span className="kern-label">{t('reset.confirm')}</span>
        </button>
      </footer>
    </dialog>
  )
}
