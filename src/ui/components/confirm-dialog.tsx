import { useEffect, useId, useRef } from 'react'

export interface ConfirmDialogProps {
  title: string
  body: string
  /** The safe choice: focused first, and what Escape does. */
  keepLabel: string
  confirmLabel: string
  onKeep: () => void
  onConfirm: () => void
}

/**
 * A modal question with a safe and a committing answer (KERN dialog on a native <dialog>).
 * Opens with the safe answer focused, closes on Escape with the safe answer, and gives the
 * focus back to where it was when it closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, body, keepLabel, confirmLabel, onKeep, onConfirm } = props
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const keepRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement
    // showModal gives the backdrop and the focus trap; where it is missing, open plainly.
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal()
    else dialog.setAttribute('open', '')
    keepRef.current?.focus()
    return () => {
      // The dialog leaves the page with its component, so no browser restores the focus.
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className="kern-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // Other close requests (a back gesture) keep as well; the dialog closes with its parent.
      onCancel={(e) => {
        e.preventDefault()
        onKeep()
      }}
      // Escape handled here too, where no native cancel event comes (older browsers, jsdom);
      // preventing the default stops the cancel event, so onKeep runs once.
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.preventDefault()
        onKeep()
      }}
    >
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={`${id}-title`}>
          {title}
        </h2>
      </header>
      <section className="kern-dialog__body">
        <p className="kern-body" id={`${id}-body`}>
          {body}
        </p>
      </section>
      <footer className="kern-dialog__footer">
        <button
          ref={keepRef}
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={onKeep}
        >
          <span className="kern-label">{keepLabel}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={onConfirm}>
          <span className="kern-label">{confirmLabel}</span>
        </button>
      </footer>
    </dialog>
  )
}
