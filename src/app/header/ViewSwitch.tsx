import { useTranslation } from 'react-i18next'
import { setUrlState, useUrlState, type View } from '../url-state'
import { RadioGroup } from './RadioGroup'

/** The views offered; a view joins this list when its feature exists. */
export const OFFERED_VIEWS: readonly View[] = ['timeline', 'list']

export function ViewSwitch({ views = OFFERED_VIEWS }: { views?: readonly View[] }) {
  const { t } = useTranslation()
  const { view } = useUrlState()
  return (
    <RadioGroup<View>
      name="view"
      label={t('view.label')}
      value={view}
      options={views.map((value) => ({ value, label: t(`view.${value}`) }))}
      onChange={(next) => setUrlState({ view: next })}
    />
  )
}
