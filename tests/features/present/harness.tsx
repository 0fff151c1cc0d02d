/** The presentation and the presenter view as the app holds them, for the component tests. */
import { useState } from 'react'
import Presentation, { type PresentationProps } from '../../../src/features/present/Presentation'
import PresenterView, { type PresenterViewProps } from '../../../src/features/present/PresenterView'
import type { Language } from '../../../src/model'
import { DOCUMENTS, EVENTS, STORY, TOPICS } from './fixture'

export type HarnessProps = Partial<Omit<PresentationProps, 'position' | 'lang'>> & {
  position?: number
  lang?: Language
}

export const META = {
  title: { ru: 'Проверочный набор', en: 'Test dataset' },
  description: { ru: 'Описание', en: 'About it' },
}

/** What every deck of these tests shows. */
export const DECK = { events: EVENTS, topics: TOPICS, documents: DOCUMENTS, meta: META }

const AUDIENCE = { ...DECK, qrUrl: 'https://example.org/timeline/?event=alpha', onExit: () => {}, channel: null }
const PRESENTER = { ...DECK, story: STORY, lang: 'en' as const, channel: null }

/** The app's part, in small: it owns the deck position (1: the first event) and the language. */
export function Harness({ position: initial = 1, lang: initialLang = 'en', ...props }: HarnessProps) {
  const [position, setPosition] = useState(initial)
  const [lang, setLang] = useState<Language>(initialLang)
  const held = { position, lang, onPositionChange: setPosition, onLanguageChange: setLang }
  return <Presentation {...AUDIENCE} {...props} {...held} />
}

/** The presenter window, on the story, in English unless told; it owns the deck position (1: the first slide). */
export function PresenterHarness(props: Partial<Omit<PresenterViewProps, 'position' | 'onPositionChange'>>) {
  const [position, setPosition] = useState(1)
  return <PresenterView {...PRESENTER} {...props} position={position} onPositionChange={setPosition} />
}
