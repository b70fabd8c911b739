import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useData } from '../data-context'
import { useAppStore } from '../store-context'
import { shareUrl, useShareFragment } from './use-share'

type Status = 'idle' | 'copied' | 'manual'

/** "Link kopieren": copies the share link and confirms; the link also shows for manual copying. */
export function CopyLink() {
  const { t } = useTranslation('share')
  const { questions } = useData()
  const lang = useAppStore((s) => s.lang)
  const { fragment, omitted } = useShareFragment()
  const [status, setStatus] = useState<Status>('idle')
  const url = shareUrl(fragment)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('copied')
    } catch {
      setStatus('manual')
    }
  }
  return (
    <div className="fb-share">
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void copy()}>
        <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
        <span className="kern-label">{t('copy.button')}</span>
      </button>
      <p className="kern-body" role="status">
        {status === 'copied' ? t('copy.copied') : status === 'manual' ? t('copy.manual') : ''}
      </p>
      {status !== 'idle' && (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="share-url">
            {t('copy.label')}
          </label>
          <input
            id="share-url"
            className="kern-form-input__input"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      {omitted.length > 0 && (
        <p className="kern-body kern-body--small">
          {t('copy.omitted', {
            list: omitted.map((id) => questions.get(id)?.label[lang] ?? id).join('; '),
          })}
        </p>
      )}
      <p className="kern-body kern-body--small">{t('copy.privacy')}</p>
    </div>
  )
}
