/**
 * Untranslated texts (src/model/untranslated.ts gives the one definition): each is reported as a warning with its
 * file, line and field (so `--strict` refuses it), and listed in the built record's `untranslated` for the app.
 */
import { isDocumentSource, isLinkSource, type EventInput, type Localized } from '../model/schema'
import { untranslatedReason } from '../model/untranslated'
import type { Problems } from './problems'
import type { YamlFile } from './load-yaml'

/** One bilingual field of a record: its path in the record, and whether a translation is expected. */
interface Pair {
  at: readonly PropertyKey[]
  /** Its path in the built record, where that differs (links are built apart from quotes). */
  built?: readonly PropertyKey[]
  value: Localized | undefined
  /** Names and credits may be spelled alike in both languages; titles, summaries and labels may not. */
  translated: boolean
}

export interface Where {
  file: YamlFile
  /** The record's path in its file. */
  path: readonly PropertyKey[]
}

const pair = (at: readonly PropertyKey[], value: Localized | undefined, translated = true): Pair => ({
  at,
  value,
  translated,
})

/** The untranslated texts of a record, reported; their paths inside the record ("title.ru"). */
export function markUntranslated(pairs: readonly Pair[], where: Where, problems: Problems): string[] {
  const marked: string[] = []
  for (const { at, built = at, value, translated } of pairs) {
    if (!value) continue
    const reasons = {
      ru: untranslatedReason(value.ru, translated ? value.en : undefined),
      en: untranslatedReason(value.en, translated ? value.ru : undefined),
    }
    for (const lang of ['ru', 'en'] as const) {
      const reason = reasons[lang]
      if (!reason) continue
      marked.push(dotted([...built, lang]))
      // The same text in both languages is one problem, reported at the field, not twice.
      if (reason === 'same as the other language' && lang === 'en') continue
      const field = reason === 'same as the other language' ? at : [...at, lang]
      const full = [...where.path, ...field]
      problems.warning(where.file.file, `untranslated (${reason})`, { path: full, line: where.file.lineOf(full) })
    }
  }
  return marked
}

const dotted = (at: readonly PropertyKey[]) => at.map(String).join('.')

export function eventPairs(event: EventInput): Pair[] {
  const links = event.sources.filter(isLinkSource)
  return [
    pair(['title'], event.title),
    pair(['summary'], event.summary),
    pair(['outcome', 'reason'], event.outcome?.reason),
    ...event.sources.flatMap((source, i) =>
      isLinkSource(source)
        ? [{ ...pair(['sources', i, 'label'], source.label), built: ['links', links.indexOf(source), 'label'] }]
        : [],
    ),
    ...event.media.flatMap((media, i) => [
      pair(['media', i, 'alt'], media.alt),
      pair(['media', i, 'caption'], media.caption),
      pair(['media', i, 'credit'], media.credit, false),
    ]),
  ]
}

/** A quote's translation: untranslated when empty, a placeholder, or the quote itself copied. */
export function markTranslations(event: EventInput, where: Where, problems: Problems): string[] {
  const marked: string[] = []
  const quotes = event.sources.filter(isDocumentSource)
  event.sources.forEach((source, i) => {
    if (isLinkSource(source)) return
    const reason = untranslatedReason(source.translation, source.quote)
    if (!reason) return
    const at = [...where.path, 'sources', i, 'translation']
    marked.push(`sources.${quotes.indexOf(source)}.translation`)
    problems.warning(
      where.file.file,
      `untranslated (${reason === 'same as the other language' ? 'same as the quote' : reason})`,
      {
        path: at,
        line: where.file.lineOf(at),
      },
    )
  })
  return marked
}

export { pair }
