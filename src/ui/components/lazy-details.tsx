import { useState, type ReactNode } from 'react'

/**
 * A native disclosure whose content is built when first opened. A results page holds dozens of
 * programmes; building every closed criteria list up front cost more than anything else on it.
 */
export function LazyDetails({
  summary,
  initiallyOpen = false,
  className,
  children,
}: {
  summary: ReactNode
  initiallyOpen?: boolean
  className?: string
  children: () => ReactNode
}) {
  // The browser keeps the open state; React only sets it once and never changes it back.
  const [built, setBuilt] = useState(initiallyOpen)
  return (
    <details
      className={className}
      open={initiallyOpen}
      onToggle={(e) => {
        if (e.currentTarget.open) setBuilt(true)
      }}
    >
      {summary}
      {built && children()}
    </details>
  )
}
