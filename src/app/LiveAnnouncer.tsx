import { formatDate, type DatasetEvent, type Language } from '../model'
import { useT } from '../lib/i18n'

/** Announces the selected event to screen readers (polite). */
export function LiveAnnouncer({ event, lang }: { event: DatasetEvent | null; lang: Language }) {
  const { t } = useT()
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {event
        ? t('live.selected', { title: event.title[lang], date: formatDate(event.date, lang, { approx: event.approx }) })
        : ''}
    </p>
  )
}
