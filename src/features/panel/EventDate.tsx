import { formatDate, htmlDateTime, parseDate, type DatasetEvent, type Language } from '../../model'
import { useT } from '../../lib/i18n'

/** The date in the current language; `datetime` is the widest valid HTML form, `data-value` the date string. */
export function EventDate({ event, lang }: { event: DatasetEvent; lang: Language }) {
  const { t } = useT()
  const parsed = parseDate(event.date)
  return (
    <p className="event-date">
      <time dateTime={htmlDateTime(event.date)} data-value={event.date}>
        {formatDate(event.date, lang, { approx: event.approx })}
      </time>
      {parsed.ok && parsed.date.kind !== 'day' && (
        <span className="event-date__precision">
          {' '}
          ({t('panel.precision', { precision: t(`precision.${parsed.date.kind}`) })})
        </span>
      )}
    </p>
  )
}
