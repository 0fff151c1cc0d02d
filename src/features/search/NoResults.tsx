import { useFeatureT } from '../../lib/i18n/feature-t'

export interface NoResultsProps {
  /** Clears the search and every filter. */
  onClear: () => void
}

/** The empty state of any view: says so and offers the way out. */
export function NoResults({ onClear }: NoResultsProps) {
  const { t } = useFeatureT()
  return (
    <div className="no-results" role="status">
      <p>{t('features.search.noResults')}</p>
      <button type="button" onClick={onClear}>
        {t('features.search.clear')}
      </button>
    </div>
  )
}
