/** The time of day and the time since the presenter view opened (or was restarted), ticking each second. */
import { useEffect, useState } from 'react'
import type { Language } from '../../model'
import type { T } from '../../lib/i18n'

/** "0:07:05" */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`
}

export function PresenterClock({ t, lang }: { t: T; lang: Language }) {
  const [now, setNow] = useState(() => Date.now())
  const [startedAt, setStartedAt] = useState(now)
  useEffect(function tick() {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return function stopTicking() {
      window.clearInterval(timer)
    }
  }, [])
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(now)
  return (
    <div className="presenter__clock">
      <p>
        {t('present.presenterView.clock')}: <time>{time}</time>
      </p>
      <p>
        {t('present.presenterView.elapsed')}: <span data-testid="elapsed">{formatElapsed(now - startedAt)}</span>
      </p>
      <button
        type="button"
        onClick={() => {
          const at = Date.now()
          setStartedAt(at)
          setNow(at)
        }}
      >
        {t('present.presenterView.reset')}
      </button>
    </div>
  )
}
