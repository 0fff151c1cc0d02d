/** Where we are in the deck: "Title", "3 / 34", "3 / 34 · continued", "End", "End · continued"; read out when it changes. */
import type { DeckEntry } from './deck'
import type { T } from '../../lib/i18n'

export function ProgressLine({
  t,
  entry,
  total,
  continued,
}: {
  t: T
  entry: DeckEntry
  total: number
  continued: boolean
}) {
  const numbers = entry.kind === 'event' ? { current: entry.number, total } : null
  const shown =
    entry.kind === 'title'
      ? t('present.progressTitle')
      : entry.kind === 'closing'
        ? continued
          ? t('present.progressClosingContinued')
          : t('present.progressClosing')
        : continued
          ? t('present.progressContinued', numbers ?? {})
          : t('present.progress', numbers ?? {})
  const spoken =
    numbers === null
      ? shown
      : continued
        ? t('present.progressLabelContinued', numbers)
        : t('present.progressLabel', numbers)
  return (
    <p className="present__progress" aria-live="polite" aria-atomic="true">
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{spoken}</span>
    </p>
  )
}
