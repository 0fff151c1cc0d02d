import { useT } from '../../lib/i18n'

export interface NoResultsProps {
  /** Clears the search and every filter. */
  onClear: () => void
}

/** The empty state of any view: says so and offers the way out. */
export function NoResults({ onClear }: NoResultsProps) {
  const { t } = useT()
  return (
    <div className="no-results" role="status">
      <p>{t('features.search.noResults')}</p>
      <button type="button" onClick={onClear}>
        {t('features.search.clear')}
      </button>
    </div>
  )
}
