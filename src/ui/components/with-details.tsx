import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useDetails } from '../data-context'

/**
 * Renders its children once the catalogue's long texts and sources are there (plan screens,
 * handout, exports read them), with a loading message until then.
 */
export function WithDetails({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  if (useDetails()) return children
  return (
    <p className="kern-body" role="status">
      <span className="kern-loader" aria-hidden="true" /> {t('loading')}
    </p>
  )
}
