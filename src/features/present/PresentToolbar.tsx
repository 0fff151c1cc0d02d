/** Buttons for the mouse and touch: the same actions as the keys, large enough to hit on a projector. */
import { otherLanguage, type Language } from '../../model'
import type { T } from '../../lib/i18n'
import type { PresentAction } from './keys'

export type ProjectorTheme = 'projector-dark' | 'projector-light'

export interface PresentToolbarProps {
  t: T
  lang: Language
  theme: ProjectorTheme
  atStart: boolean
  atEnd: boolean
  onAction: (action: PresentAction) => void
  onTheme: () => void
  onPresenter?: () => void
}

export function PresentToolbar({
  t,
  lang,
  theme,
  atStart,
  atEnd,
  onAction,
  onTheme,
  onPresenter,
}: PresentToolbarProps) {
  const other = otherLanguage(lang)
  return (
    <div className="present-toolbar" role="toolbar" aria-label={t('present.controls')}>
      <button
        type="button"
        onClick={() => onAction({ type: 'prev' })}
        disabled={atStart}
        aria-label={t('present.previous')}
      >
        <span aria-hidden="true">&larr;</span>
      </button>
      <button type="button" onClick={() => onAction({ type: 'next' })} disabled={atEnd} aria-label={t('present.next')}>
        <span aria-hidden="true">&rarr;</span>
      </button>
      <button type="button" onClick={() => onAction({ type: 'language' })} title={t('present.language')}>
        <span lang={other}>{t(`present.lang.${other}`)}</span>
      </button>
      <button type="button" onClick={() => onAction({ type: 'blank' })}>
        {t('present.blank')}
      </button>
      <button type="button" onClick={() => onAction({ type: 'qr' })}>
        {t('present.qr')}
      </button>
      <button type="button" onClick={onTheme} aria-pressed={theme === 'projector-light'}>
        {t('present.theme')}
      </button>
      {onPresenter && (
        <button type="button" onClick={onPresenter}>
          {t('present.presenter')}
        </button>
      )}
      <button type="button" onClick={() => onAction({ type: 'exit' })}>
        {t('present.exit')}
      </button>
      <p className="present-toolbar__keys">{t('present.keys')}</p>
    </div>
  )
}
