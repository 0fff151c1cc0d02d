import { About } from '../features/help'
import { useDataset } from '../lib/data'
import { useLanguage } from '../lib/i18n'

/** About the dataset: its title, the years of its events, build date and size. */
export function Footer() {
  const { dataset } = useDataset()
  const lang = useLanguage()
  return (
    <footer className="app-footer">
      <About meta={dataset.meta} documentCount={dataset.documents.length} events={dataset.events} lang={lang} />
    </footer>
  )
}
