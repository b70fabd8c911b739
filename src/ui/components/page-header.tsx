import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../store-context'

// Only a click on "Neu beginnen" opens it: out of the entry's JavaScript. It is fetched when the
// page is idle after the screens (src/ui/screens/screen-modules.ts), so a click rarely waits.
const ConfirmDialog = lazy(() =>
  import('./confirm-dialog').then((m) => ({ default: m.ConfirmDialog })),
)

export function PageHeader() {
  const { t } = useTranslation()
  const lang = useAppStore((s) => s.lang)
  const setLang = useAppStore((s) => s.setLang)
  const reset = useAppStore((s) => s.reset)
  const hasInput = useAppStore(
    (s) => Object.keys(s.answers).length > 0 || s.screen.name !== 'start',
  )
  const goTo = useAppStore((s) => s.goTo)
  const [confirming, setConfirming] = useState(false)
  const other = lang === 'de' ? 'en' : 'de'
  return (
    <header className="fb-header">
      <div className="fb-container fb-header__inner">
        <button type="button" className="fb-brand" onClick={() => goTo({ name: 'start' })}>
          <span className="fb-brand__name">{t('appName')}</span>
          <span className="fb-brand__tagline">{t('appTagline')}</span>
        </button>
        <div className="fb-header__tools">
          <button
            type="button"
            className="kern-btn kern-btn--tertiary kern-btn--x-small"
            onClick={() => setLang(other)}
            lang={other}
            aria-label={t('language.switchToHint')}
          >
            <span className="kern-label">{t('language.switchTo')}</span>
          </button>
          {hasInput && (
            <button
              type="button"
              className="kern-btn kern-btn--secondary kern-btn--x-small"
              onClick={() => setConfirming(true)}
            >
              <span className="kern-label">{t('reset.button')}</span>
            </button>
          )}
        </div>
      </div>
      {confirming && (
        // Asks before "Neu beginnen" deletes every answer; Escape or "Abbrechen" keeps them.
        <Suspense fallback={null}>
          <ConfirmDialog
            title={t('reset.title')}
            body={t('reset.body')}
            keepLabel={t('reset.cancel')}
            confirmLabel={t('reset.confirm')}
            onKeep={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false)
              reset()
            }}
          />
        </Suspense>
      )}
    </header>
  )
}
