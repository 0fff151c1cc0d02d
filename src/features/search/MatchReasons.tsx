import type { Language } from '../../model'
import { useT } from '../../lib/i18n'
import type { MatchReason } from './explain'

export interface MatchReasonsProps {
  reasons: readonly MatchReason[]
  lang: Language
  className?: string
}

/** "Matched the title and alias Etorofu of Iturup": where the search found the event, as one sentence of text. */
export function MatchReasons({ reasons, lang, className = 'match-reasons' }: MatchReasonsProps) {
  const { t } = useT()
  if (reasons.length === 0) return null
  // Each key written out: the locale test finds the keys in use by their literal `t('…')` calls.
  const parts = reasons.map((reason) => {
    switch (reason.field) {
      case 'title':
        return t('features.search.where.title')
      case 'summary':
        return t('features.search.where.summary')
      case 'quote':
        return t('features.search.where.quote')
      case 'translation':
        return t('features.search.where.translation')
    }
    const [name, alias] = [reason.name[lang], reason.alias]
    if (reason.field === 'person') {
      return alias === null
        ? t('features.search.where.person', { name })
        : t('features.search.where.personAlias', { alias, name })
    }
    return alias === null
      ? t('features.search.where.place', { name })
      : t('features.search.where.placeAlias', { alias, name })
  })
  const where = new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts)
  return <span className={className}>{t('features.search.why', { where })}</span>
}
