import type { ReactNode } from 'react'
import { useDataset } from '../data'
import { useLanguage } from '../i18n'
import { BilingualToggle } from './BilingualToggle'
import { CopyLinkButton } from './CopyLinkButton'
import { LanguageSwitch } from './LanguageSwitch'
import { PresentButton } from './PresentButton'
import { SearchField } from './SearchField'
import { ViewSwitch } from './ViewSwitch'

/** Dataset title, the search and the global controls; `children`: more buttons (theme, help). */
export function Header({ children }: { children?: ReactNode }) {
  const { dataset } = useDataset()
  const lang = useLanguage()
  return (
    <header className="app-header">
      <h1 className="app-header__title">{dataset.meta.title[lang]}</h1>
      <SearchField />
      <div className="app-header__controls">
        <ViewSwitch />
        <LanguageSwitch />
        <BilingualToggle />
        {children}
        <CopyLinkButton />
        <PresentButton />
      </div>
    </header>
  )
}
