import { About } from '../features/help'
import { useDataset } from '../lib/data'
import { useLanguage } from '../lib/i18n'

/** About the dataset: its title, build date and size. */
export function Footer() {
  const { dataset } = useDataset()
  const lang = useLanguage()
  return (
    <footer className="app-footer">
      <About
        meta={dataset.meta}
        documentCount={dataset.documents.length}
        eventCount={dataset.events.length}
        lang={lang}
      />
    </footer>
  )
}
