/** The presentation as the app holds it, for the component tests. */
import { useState } from 'react'
import Presentation, { type PresentationProps } from '../../../src/features/present/Presentation'
import type { Language } from '../../../src/model'
import { DOCUMENTS, EVENTS, TOPICS } from './fixture'

export type HarnessProps = Partial<Omit<PresentationProps, 'position' | 'lang'>> & {
  position?: number
  lang?: Language
}

export const META = {
  title: { ru: 'Проверочный набор', en: 'Test dataset' },
  description: { ru: 'Описание', en: 'About it' },
}

/** The app's part, in small: it owns the deck position (1: the first event) and the language. */
export function Harness({ position: initial = 1, lang: initialLang = 'en', ...props }: HarnessProps) {
  const [position, setPosition] = useState(initial)
  const [lang, setLang] = useState<Language>(initialLang)
  return (
    <Presentation
      events={EVENTS}
      meta={META}
      topics={TOPICS}
      documents={DOCUMENTS}
      qrUrl="https://example.org/timeline/?event=alpha"
      onExit={() => {}}
      channel={null}
      {...props}
      position={position}
      lang={lang}
      onPositionChange={setPosition}
      onLanguageChange={setLang}
    />
  )
}
