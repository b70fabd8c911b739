import type { ReactNode } from 'react'

type Kind = 'info' | 'warning' | 'danger'

/** A KERN alert: icon and title in the header, the content in the body. */
export function Notice({
  kind,
  title,
  level = 2,
  role,
  children,
}: {
  kind: Kind
  title: ReactNode
  /** The title's heading level, so it fits the outline of the page around it. */
  level?: 2 | 3
  role?: 'status' | 'alert'
  children: ReactNode
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <div className={`kern-alert kern-alert--${kind}`} role={role}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <Heading className="kern-title">{title}</Heading>
      </div>
      <div className="kern-alert__body">{children}</div>
    </div>
  )
}
