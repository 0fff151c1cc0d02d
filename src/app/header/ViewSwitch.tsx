import { currentView, setUrlState, useUrlValue, VIEWS, type View } from '../../lib/url-state'
import { RadioGroup } from './RadioGroup'
import { useT } from '../../lib/i18n'

/** Timeline, list or documents; leaving the documents closes the open document. */
export function ViewSwitch({ views = VIEWS }: { views?: readonly View[] }) {
  const { t } = useT()
  const current = currentView({ view: useUrlValue('view'), doc: useUrlValue('doc') })
  return (
    <RadioGroup<View>
      name="view"
      className="view-switch"
      label={t('view.label')}
      value={current}
      options={views.map((value) => ({ value, label: t(`view.${value}`) }))}
      onChange={(view) => setUrlState({ view, doc: null })}
    />
  )
}
