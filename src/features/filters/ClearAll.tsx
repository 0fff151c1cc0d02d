import { useT } from '../../lib/i18n'

export interface ClearAllProps {
  onClear: () => void
  /** False when nothing is filtered: the button is then disabled. */
  active: boolean
}

export function ClearAll({ onClear, active }: ClearAllProps) {
  const { t } = useT()
  return (
    <button type="button" className="clear-all" onClick={onClear} disabled={!active}>
      {t('features.filters.clearAll')}
    </button>
  )
}
