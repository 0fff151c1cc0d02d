import { currentView, setUrlState, useUrlValue, VIEWS, type View } from '../../lib/url-state'
import { SegmentedSwitch } from './SegmentedSwitch'
import { useT } from '../../lib/i18n'

/** Timeline, list or documents; leaving the documents closes the open document. */
export function ViewSwitch({ views = VIEWS }: { views?: readonly View[] }) {
  const { t } = useT()
  const current = currentView({ view: useUrlValue('view'), doc: useUrlValue('doc') })
  const options = views.map((value) => ({ value, label: t(`view.${value}`) }))
  const choose = (view: View) => setUrlState({ view, doc: null })
  return <SegmentedSwitch name="view" value={current} options={options} onChange={choose} />
}
