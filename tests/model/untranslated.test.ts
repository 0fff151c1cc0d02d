import { describe, expect, it } from 'vitest'
import { untranslatedReason, visibleText } from '../../src/model/untranslated'

describe('the one definition of untranslated', () => {
  it('an empty text, or one of only blank and invisible characters', () => {
    expect(untranslatedReason('')).toBe('empty')
    expect(untranslatedReason('   \n')).toBe('empty')
    expect(untranslatedReason('\u200B\u200D\uFEFF')).toBe('empty')
    expect(visibleText(' a\u200Bb ')).toBe('ab')
  })

  it('a placeholder alone: TODO, TBD, FIXME (alone or starting a note), ???, …, ...', () => {
    for (const text of [
      'TODO',
      'TODO translate',
      'TODO: later',
      'TBD',
      'FIXME',
      'FIXME — check',
      '???',
      '????',
      '…',
      '...',
    ])
      expect(untranslatedReason(text), text).toBe('placeholder')
  })

  it('not a text that only contains such a word or mark', () => {
    for (const text of ['TODOS los días', 'Is it TBD?', 'Wait...', 'Итоги…', 'FIXMEs', 'Why???']) {
      expect(untranslatedReason(text), text).toBeNull()
    }
  })

  it('the same text as the other language, where a translation is expected', () => {
    expect(untranslatedReason('Kono–Lavrov', 'Kono–Lavrov')).toBe('same as the other language')
    expect(untranslatedReason('kono–lavrov ', 'Kono–Lavrov')).toBe('same as the other language')
    expect(untranslatedReason('Коно–Лавров', 'Kono–Lavrov')).toBeNull()
    // Names are compared without the other language: "G20" may be spelled alike.
    expect(untranslatedReason('G20')).toBeNull()
    // An empty other side does not make this side untranslated.
    expect(untranslatedReason('Встреча', '')).toBeNull()
  })
})
