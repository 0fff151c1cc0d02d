import type { ReactNode } from 'react'
import { useDataset } from '../../lib/data'
import { useLanguage } from '../../lib/i18n'
import { BilingualToggle } from './BilingualToggle'
import { CopyLinkButton } from './CopyLinkButton'
import { HeaderTools } from './HeaderTools'
import { LanguageSwitch } from './LanguageSwitch'
import { PresentButton } from './PresentButton'
import { SearchField } from './SearchField'
import { ViewSwitch } from './ViewSwitch'

/**
 * Dataset title, the search and the global controls; `children`: more buttons (theme, help). One row from
 * 1280 px (the title truncates, its full text in `title`); on a phone a compact grid (see layout.css).
 */
export function Header({ children }: { children?: ReactNode }) {
  const { dataset } = useDataset()
  const lang = useLanguage()
  const title = dataset.meta.title[lang]
  return (
    <header className="app-header">
      <h1 className="app-header__title" title={title}>
        {title}
      </h1>
      <SearchField />
      <div className="app-header__controls">
        <ViewSwitch />
        <LanguageSwitch />
        <HeaderTools>
          <BilingualToggle />
          {children}
          <CopyLinkButton />
          <PresentButton />
        </HeaderTools>
      </div>
    </header>
  )
}
