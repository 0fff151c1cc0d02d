import { describe, expect, it } from 'vitest'
import { LANGUAGES, otherLanguage } from '../../src/model'

describe('otherLanguage', () => {
  it('swaps ru and en', () => {
    expect(otherLanguage('ru')).toBe('en')
    expect(otherLanguage('en')).toBe('ru')
  })

  it('is its own inverse and never returns its argument', () => {
    for (const lang of LANGUAGES) {
      expect(otherLanguage(lang)).not.toBe(lang)
      expect(otherLanguage(otherLanguage(lang))).toBe(lang)
    }
  })
})
