import { useId } from 'react'
import { useT } from '../../lib/i18n'
import type { Period } from './filter-events'

export interface PeriodFilterProps {
  /** The current period (from the URL); null: none. */
  value: Period | null
  /** The dataset's first and last day: the inputs' bounds, and the other end when only one is given. */
  bounds: Period | null
  /** Events in the period with every other filter applied; shown when given. */
  count?: number
  onChange: (period: Period | null) => void
}

/**
 * Two date inputs. Each change yields a whole period or null: a missing end is the dataset's bound,
 * ends given the wrong way round are swapped.
 */
export function PeriodFilter({ value, bounds, count, onChange }: PeriodFilterProps) {
  const { t } = useT()
  const id = useId()
  function change(end: 'from' | 'to', day: string) {
    const next = { from: value?.from ?? '', to: value?.to ?? '', [end]: day }
    const from = next.from || bounds?.from || ''
    const to = next.to || bounds?.to || ''
    if ((next.from === '' && next.to === '') || from === '' || to === '') return onChange(null)
    onChange(from <= to ? { from, to } : { from: to, to: from })
  }
  return (
    <fieldset className="period-filter" aria-describedby={count === undefined ? undefined : `${id}-count`}>
      <legend>{t('features.filters.period')}</legend>
      <label htmlFor={`${id}-from`}>{t('features.filters.from')}</label>
      <input
        id={`${id}-from`}
        type="date"
        value={value?.from ?? ''}
        min={bounds?.from}
        max={bounds?.to}
        onChange={(event) => change('from', event.target.value)}
      />
      <label htmlFor={`${id}-to`}>{t('features.filters.to')}</label>
      <input
        id={`${id}-to`}
        type="date"
        value={value?.to ?? ''}
        min={bounds?.from}
        max={bounds?.to}
        onChange={(event) => change('to', event.target.value)}
      />
      {count !== undefined && (
        <span id={`${id}-count`} className="facet-count">
          {t('features.filters.count', { count })}
        </span>
      )}
      {value && (
        <button type="button" className="facet-clear" onClick={() => onChange(null)}>
          {t('features.filters.clearFacet', { label: t('features.filters.period') })}
        </button>
      )}
    </fieldset>
  )
}
