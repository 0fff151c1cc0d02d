import type { ReactNode } from 'react'
import { useDataset } from '../data'
import { useLanguage } from '../i18n'
import { CopyLinkButton } from './CopyLinkButton'
import { LanguageSwitch } from './LanguageSwitch'
import { PresentButton } from './PresentButton'
import { ViewSwitch } from './ViewSwitch'

/** Dataset title and the global controls; `children` is room for features (e.g. the search box). */
export function Header({ children }: { children?: ReactNode }) {
  const { dataset } = useDataset()
  const lang = useLanguage()
  return (
    <header className="app-header">
      <h1 className="app-header__title">{dataset.meta.title[lang]}</h1>
      <div className="app-header__controls">
        {children}
        <ViewSwitch />
        <LanguageSwitch />
        <CopyLinkButton />
        <PresentButton />
      </div>
    </header>
  )
}
