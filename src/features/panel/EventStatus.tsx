import { formatDate, type DatasetEvent, type Language } from '../../model'
import { useT } from '../../lib/i18n'

/**
 * Held, or planned as of the latest source, and whether the outcome is unknown by the build date: the curator's
 * review of it where the data gives one, else the generic note. The badge is solid for held and dashed for
 * planned, like the marks on the timeline.
 */
export function EventStatus({ event, lang, buildDate }: { event: DatasetEvent; lang: Language; buildDate: string }) {
  const { t } = useT()
  if (event.status === 'held')
    return (
      <p className="event-status">
        <span className="status-badge status-badge--held">{t('panel.held')}</span>
      </p>
    )
  return (
    <p className="event-status">
      <span className="status-badge status-badge--planned">
        {t('panel.plannedAsOf', { date: formatDate(event.asOf, lang) })}
      </span>
      {event.outcome ? (
        <>
          {' '}
          <span className="event-status__outcome">
            {t('panel.outcomeUnknown', { reason: event.outcome.reason[lang] })}
          </span>
        </>
      ) : (
        event.end < buildDate && (
          <>
            {' '}
            <span className="event-status__outcome">{t('panel.noOutcome')}</span>
          </>
        )
      )}
    </p>
  )
}
