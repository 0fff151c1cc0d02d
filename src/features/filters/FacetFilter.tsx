import { useId } from 'react'
import { useT } from '../../lib/i18n'

export interface FacetOption {
  id: string
  label: string
}

export interface FacetFilterProps {
  /** The facet's id, used in element ids and class names (`status`, `kind`, `people`…). */
  facet: string
  /** The group's visible name, also its accessible name. */
  label: string
  options: readonly FacetOption[]
  /** Ticked values; empty: no constraint. */
  selected: readonly string[]
  /** Events per value as if this facet were cleared (`facetCounts`); a missing value counts 0. */
  counts: ReadonlyMap<string, number>
  /** The new selection, in the options' order; [] when cleared. */
  onChange: (selected: string[]) => void
}

/** A checkbox group: one box per value with its count, and a "clear" button while anything is ticked. */
export function FacetFilter({ facet, label, options, selected, counts, onChange }: FacetFilterProps) {
  const { t } = useT()
  const base = useId()
  function toggle(id: string, checked: boolean) {
    const next = new Set(selected)
    if (checked) next.add(id)
    else next.delete(id)
    onChange(options.map((option) => option.id).filter((option) => next.has(option)))
  }
  return (
    <fieldset className={`facet-filter facet-${facet}`}>
      <legend>{label}</legend>
      <ul>
        {options.map((option) => {
          const id = `${base}-${option.id}`
          const count = counts.get(option.id) ?? 0
          const checked = selected.includes(option.id)
          return (
            <li key={option.id} className={count === 0 && !checked ? 'facet-empty' : undefined}>
              <input
                type="checkbox"
                id={id}
                checked={checked}
                aria-describedby={`${id}-count`}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <label htmlFor={id}>{option.label}</label>{' '}
              <span id={`${id}-count`} className="facet-count">
                {t('features.filters.count', { count })}
              </span>
            </li>
          )
        })}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="facet-clear" onClick={() => onChange([])}>
          {t('features.filters.clearFacet', { label })}
        </button>
      )}
    </fieldset>
  )
}
