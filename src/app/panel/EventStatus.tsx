import { useTranslation } from 'react-i18next'
import { formatDate, type DatasetEvent, type Language } from '../../model'

/** Held, or planned as of the latest source, and whether the outcome is unknown by the build date. */
export function EventStatus({ event, lang, buildDate }: { event: DatasetEvent; lang: Language; buildDate: string }) {
  const { t } = useTranslation()
  if (event.status === 'held') return <p className="event-status event-status--held">{t('panel.held')}</p>
  return (
    <p className="event-status event-status--planned">
      {t('panel.plannedAsOf', { date: formatDate(event.asOf, lang) })}
      {event.end < buildDate && <span className="event-status__outcome"> {t('panel.noOutcome')}</span>}
    </p>
  )
}
