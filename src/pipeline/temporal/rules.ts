/** The rules of one language, in the order they are tried. */
import { EN_RULES } from './rules-en'
import { EN_NO_DATE_RULES, RU_NO_DATE_RULES } from './rules-no-date'
import { RU_RULES } from './rules-ru'
import type { Rule } from './rule'

export type { Groups, Rule } from './rule'

const RU_ALL = [...RU_RULES, ...RU_NO_DATE_RULES]
const EN_ALL = [...EN_RULES, ...EN_NO_DATE_RULES]

export function rulesFor(language: 'ru' | 'en'): Rule[] {
  return language === 'ru' ? RU_ALL : EN_ALL
}
