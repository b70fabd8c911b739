import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../domain/describe/format'
import type { SharedLink } from '../../domain/share/decode'
import { useData } from '../data-context'
import { useAppStore, useAppStoreApi } from '../store-context'
import { clearFragment, readIncoming, type Incoming } from './incoming-link'
import { ConfirmDialog } from '../components/confirm-dialog'
import { Notice } from '../components/notice'

/**
 * Opens a share link the page was loaded with: restores its answers and marked combinations
 * (asking first if other answers are saved) and says what changed since it was made. A broken
 * link shows a message above the normal app, never a blank page. Loaded only for a page opened
 * with a fragment (link-gate.tsx), which keeps `settled` as the fragment it read or left.
 */
export function SharedLinkGate({
  children,
  hash,
  settled,
}: {
  children: ReactNode
  hash?: string
  settled: RefObject<string>
}) {
  const { t } = useTranslation('share')
  const data = useData()
  const store = useAppStoreApi()
  const lang = useAppStore((s) => s.lang)
  const [incoming, setIncoming] = useState<Incoming>(() =>
    readIncoming(hash ?? window.location.hash, data, store.getState().answers),
  )
  const [opened, setOpened] = useState<SharedLink | null>(null)
  const handled = useRef(false)

  const apply = (link: SharedLink) => {
    store.getState().openSharedLink(link)
    setOpened(link)
    setIncoming({ kind: 'none' })
  }

  // Before the first paint: a link that needs no question opens its results straight away,
  // without the screen it replaces being drawn first.
  useLayoutEffect(() => {
    if (!handled.current && incoming.kind !== 'none') {
      handled.current = true
      clearFragment()
      if (incoming.kind === 'apply') apply(incoming.result)
      if (incoming.kind === 'invalid' && !incoming.hadSaved)
        store.getState().goTo({ name: 'start' })
      settled.current = window.location.hash
    }
    // Runs once for the fragment the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <>
      {incoming.kind === 'invalid' && (
        <Notice kind="danger" title={t('incoming.invalidTitle')} role="alert">
          <p className="kern-body">{t(`incoming.invalid.${incoming.result.code}`)}</p>
          <p className="kern-body">
            {incoming.hadSaved ? t('incoming.keptSaved') : t('incoming.startEmpty')}
          </p>
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={() => setIncoming({ kind: 'none' })}
          >
            <span className="kern-label">{t('incoming.dismiss')}</span>
          </button>
        </Notice>
      )}
      {incoming.kind === 'ask' && (
        // Asks before a share link replaces answers saved in this browser.
        <ConfirmDialog
          title={t('incoming.askTitle')}
          body={t('incoming.askBody')}
          keepLabel={t('incoming.keep')}
          confirmLabel={t('incoming.accept')}
          onConfirm={() => apply(incoming.result)}
          onKeep={() => setIncoming({ kind: 'none' })}
        />
      )}
      {opened && (
        <Notice kind="info" title={t('incoming.openedTitle')} role="status">
          <p className="kern-body">{t('incoming.opened')}</p>
          {opened.catalogueChanged && (
            <p className="kern-body">
              {t('incoming.catalogueChanged', {
                linkDate: formatDate(opened.linkCatalogueAsOf, lang),
                date: formatDate(data.catalogue.asOf, lang),
              })}
            </p>
          )}
          {opened.dropped.length > 0 && (
            <p className="kern-body">
              {t('incoming.dropped', {
                list: opened.dropped
                  .map((d) => data.questions.get(d.questionId)?.label[lang] ?? d.questionId)
                  .join('; '),
              })}
            </p>
          )}
          {opened.droppedCombinations > 0 && (
            <p className="kern-body">
              {t('incoming.droppedCombinations', { count: opened.droppedCombinations })}
            </p>
          )}
          <button
            type="button"
            className="kern-btn kern-btn--tertiary"
            onClick={() => setOpened(null)}
          >
            <span className="kern-label">{t('incoming.dismiss')}</span>
          </button>
        </Notice>
      )}
      {incoming.kind === 'apply' ? null : children}
    </>
  )
}
