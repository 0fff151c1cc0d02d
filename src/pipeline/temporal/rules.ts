/** The rules of one language, in the order they are tried. */
import { EN_RULES } from './rules-en'
import { RU_RULES } from './rules-ru'
import type { Rule } from './rule'

export type { Groups, Rule } from './rule'

export function rulesFor(language: 'ru' | 'en'): Rule[] {
  return language === 'ru' ? RU_RULES : EN_RULES
}
