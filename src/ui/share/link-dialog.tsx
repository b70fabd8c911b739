import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

/** Asks before a share link replaces answers saved in this browser. */
export function LinkDialog({ onAccept, onKeep }: { onAccept: () => void; onKeep: () => void }) {
  const { t } = useTranslation('share')
  const ref = useRef<HTMLDialogElement>(null)
  const keepRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal()
    else dialog.setAttribute('open', '')
    keepRef.current?.focus()
  }, [])
  return (
    <dialog
      ref={ref}
      className="kern-dialog"
      aria-labelledby="link-dialog-title"
      aria-describedby="link-dialog-body"
      onCancel={(e) => {
        e.preventDefault()
        onKeep()
      }}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id="link-dialog-title">
          {t('incoming.askTitle')}
        </h2>
      </header>
      <section className="kern-dialog__body">
        <p className="kern-body" id="link-dialog-body">
          {t('incoming.askBody')}
        </p>
      </section>
      <footer className="kern-dialog__footer">
        <button
          ref={keepRef}
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={onKeep}
        >
          <span className="kern-label">{t('incoming.keep')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={onAccept}>
          <span className="kern-label">{t('incoming.accept')}</span>
        </button>
      </footer>
    </dialog>
  )
}
