import type { Language } from '../../model'
import { useT, type UiKey } from '../../lib/i18n'
import type { MatchReason } from './explain'

export interface MatchReasonsProps {
  reasons: readonly MatchReason[]
  lang: Language
  className?: string
}

const TEXT: Record<'title' | 'summary' | 'quote' | 'translation', UiKey> = {
  title: 'features.search.where.title',
  summary: 'features.search.where.summary',
  quote: 'features.search.where.quote',
  translation: 'features.search.where.translation',
}

/** "Matched the title and alias Etorofu of Iturup": where the search found the event, as one sentence of text. */
export function MatchReasons({ reasons, lang, className = 'match-reasons' }: MatchReasonsProps) {
  const { t } = useT()
  if (reasons.length === 0) return null
  const parts = reasons.map((reason) => {
    if (reason.field !== 'person' && reason.field !== 'place') return t(TEXT[reason.field])
    const name = reason.name[lang]
    if (reason.alias === null) return t(`features.search.where.${reason.field}`, { name })
    return t(`features.search.where.${reason.field}Alias`, { alias: reason.alias, name })
  })
  const where = new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts)
  return <span className={className}>{t('features.search.why', { where })}</span>
}
