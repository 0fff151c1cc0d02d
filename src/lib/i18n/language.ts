/**
 * The interface language: the link's `lang` wins, then the stored choice, then the browser's
 * language (ru or en), else en.
 */
import { LANGUAGES, type Language } from '../../model'
import { readStorage, writeStorage } from '../storage'

export const LANGUAGE_STORAGE_KEY = 'negotiations-timeline:lang'

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** Storage disabled (privacy mode): the choice is simply not remembered. */
export function readStoredLanguage(): Language | null {
  return readStorage(LANGUAGE_STORAGE_KEY, (value) => (isLanguage(value) ? value : null), { json: false })
}

/** Storage disabled or full: the URL still carries the choice. */
export function storeLanguage(lang: Language): void {
  writeStorage(LANGUAGE_STORAGE_KEY, lang, { json: false })
}

export function browserLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

export function resolveLanguage(fromUrl: Language | null): Language {
  return fromUrl ?? readStoredLanguage() ?? browserLanguage()
}
