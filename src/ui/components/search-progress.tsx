import { useTranslation } from 'react-i18next'

/**
 * Says that the financing plans are still being worked out. The live region is on the page
 * from the start, so screen readers hear the message when it appears and when it goes.
 */
export function SearchProgress({ searching }: { searching: boolean }) {
  const { t } = useTranslation()
  return (
    <p className="kern-body fb-search-progress" role="status" aria-live="polite">
      {searching && (
        <>
          <span className="kern-loader" aria-hidden="true" /> {t('search.running')}
        </>
      )}
    </p>
  )
}
