import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The start page's heading and lead. The shell shows them while the catalogue loads, in the
 * same place, so the first paint already carries the main content and nothing shifts later.
 */
export function StartIntro({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation('start')
  return (
    <>
      <h1 className="kern-heading-x-large" ref={headingRef} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="kern-body kern-body--large fb-lead">{t('lead')}</p>
    </>
  )
}
