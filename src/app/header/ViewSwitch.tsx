import { useTranslation } from 'react-i18next'
import { currentView, setUrlState, useUrlState, VIEWS, type View } from '../url-state'
import { RadioGroup } from './RadioGroup'

/** Timeline, list or documents; leaving the documents closes the open document. */
export function ViewSwitch({ views = VIEWS }: { views?: readonly View[] }) {
  const { t } = useTranslation()
  const url = useUrlState()
  return (
    <RadioGroup<View>
      name="view"
      className="view-switch"
      label={t('view.label')}
      value={currentView(url)}
      options={views.map((value) => ({ value, label: t(`view.${value}`) }))}
      onChange={(view) => setUrlState({ view, doc: null })}
    />
  )
}
