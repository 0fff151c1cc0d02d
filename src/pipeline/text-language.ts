/**
 * Which of the dataset's languages a text is written in, by its letters: Russian is written in Cyrillic, English in
 * Latin. A document whose meta file says the other language is read by the wrong date rules and stemmer, silently;
 * the pipeline reports it, and the studio proposes the language it finds.
 */
import type { Language } from '../model/constants'

const SCRIPTS: Record<Language, RegExp> = { ru: /\p{Script=Cyrillic}/gu, en: /\p{Script=Latin}/gu }

/** The language whose script has at least two thirds of the text's letters (of 50 or more), else null. */
export function scriptLanguage(text: string): Language | null {
  const counts = (Object.keys(SCRIPTS) as Language[]).map((lang) => ({
    lang,
    count: (text.match(SCRIPTS[lang]) ?? []).length,
  }))
  const total = counts.reduce((sum, { count }) => sum + count, 0)
  if (total < 50) return null
  return counts.find(({ count }) => count * 3 >= total * 2)?.lang ?? null
}
