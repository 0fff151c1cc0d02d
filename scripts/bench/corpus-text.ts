/**
 * Bilingual synthetic prose. No digits, month, weekday or relative-time words, so the pipeline's
 * temporal-expression check finds nothing to flag: the only dates are in the events' `date` fields.
 */
import type { Language } from '../../src/model/schema'
import type { Random } from './prng'

const SYLLABLES: readonly (readonly [string, string])[] = [
  ['ka', 'ка'],
  ['ki', 'ки'],
  ['ko', 'ко'],
  ['ku', 'ку'],
  ['sa', 'са'],
  ['si', 'си'],
  ['so', 'со'],
  ['ta', 'та'],
  ['te', 'те'],
  ['to', 'то'],
  ['na', 'на'],
  ['ni', 'ни'],
  ['no', 'но'],
  ['ra', 'ра'],
  ['ri', 'ри'],
  ['ro', 'ро'],
]

export type Bilingual = Record<Language, string>

/** A unique pronounceable name for an index (five syllables: over a million names), in both scripts. */
export function nameOf(index: number): Bilingual {
  // An odd multiplier permutes 0 … 2^20-1, so neighbouring indexes get unlike names.
  let rest = Math.imul(index, 0x9e3779b1) & 0xfffff
  const parts: (readonly [string, string])[] = []
  for (let i = 0; i < 5; i++) {
    parts.push(SYLLABLES[rest % 16] ?? ['ka', 'ка'])
    rest = Math.floor(rest / 16)
  }
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
  return { en: capital(parts.map((p) => p[0]).join('')), ru: capital(parts.map((p) => p[1]).join('')) }
}

type Template = (project: Bilingual, place: Bilingual) => Bilingual

const HELD: readonly Template[] = [
  (p, at) => ({
    en: `The sides discussed the ${p.en} initiative; the talks took place in ${at.en}.`,
    ru: `Стороны обсудили инициативу «${p.ru}»; переговоры прошли в месте: ${at.ru}.`,
  }),
  (p) => ({
    en: `The ministers confirmed that the ${p.en} project had been completed as agreed.`,
    ru: `Министры подтвердили, что проект «${p.ru}» был завершён, как договорились.`,
  }),
  (p, at) => ({
    en: `Experts of both countries held consultations on the ${p.en} programme in ${at.en}.`,
    ru: `Эксперты двух стран провели консультации по программе «${p.ru}» (место: ${at.ru}).`,
  }),
  (p) => ({
    en: `The leaders signed a memorandum on the ${p.en} plan after a frank exchange of views.`,
    ru: `Лидеры подписали меморандум о плане «${p.ru}» после откровенного обмена мнениями.`,
  }),
  (p) => ({
    en: `A working group reviewed progress on the ${p.en} proposal and noted its results.`,
    ru: `Рабочая группа рассмотрела ход работы по предложению «${p.ru}» и отметила его итоги.`,
  }),
]

const PLANNED: readonly Template[] = [
  (p, at) => ({
    en: `The sides intend to hold a meeting on the ${p.en} initiative in ${at.en}.`,
    ru: `Стороны намерены провести встречу по инициативе «${p.ru}» (место: ${at.ru}).`,
  }),
  (p) => ({
    en: `The ministers agreed to begin consultations on the ${p.en} project.`,
    ru: `Министры договорились начать консультации по проекту «${p.ru}».`,
  }),
  (p) => ({
    en: `A visit connected with the ${p.en} programme is being prepared by both governments.`,
    ru: `Правительства двух стран готовят визит, связанный с программой «${p.ru}».`,
  }),
  (p, at) => ({
    en: `Experts will discuss the ${p.en} plan at their coming session in ${at.en}.`,
    ru: `Эксперты обсудят план «${p.ru}» на предстоящей сессии (место: ${at.ru}).`,
  }),
]

const FILLER: readonly Bilingual[] = [
  { en: 'The meeting was held in a constructive atmosphere.', ru: 'Встреча прошла в конструктивной атмосфере.' },
  {
    en: 'Both sides stressed the importance of mutual trust.',
    ru: 'Обе стороны подчеркнули важность взаимного доверия.',
  },
  {
    en: 'The delegations exchanged views on regional affairs.',
    ru: 'Делегации обменялись мнениями по региональным вопросам.',
  },
  {
    en: 'The parties welcomed the development of contacts between citizens.',
    ru: 'Стороны приветствовали развитие контактов между гражданами.',
  },
  {
    en: 'Further details were not disclosed to the press.',
    ru: 'Дальнейшие подробности прессе не сообщались.',
  },
]

export function quoteSentence(planned: boolean, project: Bilingual, place: Bilingual, random: Random): Bilingual {
  return random.pick(planned ? PLANNED : HELD)(project, place)
}

export function fillerSentence(random: Random): Bilingual {
  return random.pick(FILLER)
}
