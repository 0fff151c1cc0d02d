import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readStorage, removeStorage, writeStorage } from '../../src/lib/storage'

const isLanguage = (value: unknown) => (value === 'ru' || value === 'en' ? value : null)
const isSettings = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { zoom?: unknown }).zoom === 'number'
    ? (value as { zoom: number })
    : null

beforeEach(() => window.localStorage.clear())
afterEach(() => vi.restoreAllMocks())

describe('readStorage', () => {
  it('returns a stored value that passes validation', () => {
    window.localStorage.setItem('s', JSON.stringify({ zoom: 2 }))
    expect(readStorage('s', isSettings)).toEqual({ zoom: 2 })
    window.localStorage.setItem('lang', 'ru')
    expect(readStorage('lang', isLanguage, { json: false })).toBe('ru')
  })

  it.each([
    ['absent', null],
    ['broken JSON', '{"zoom": 2'],
    ['another shape', '{"zoom": "2"}'],
    ['another app', '[1,2,3]'],
    ['JSON null', 'null'],
    ['markup', '<script>alert(1)</script>'],
    ['huge', 'x'.repeat(100_000)],
    ['a lone surrogate', '"\uD800"'],
  ])('returns null for %s contents', (_name, stored) => {
    if (stored !== null) window.localStorage.setItem('s', stored)
    expect(readStorage('s', isSettings)).toBeNull()
  })

  it('returns null when the validator throws', () => {
    window.localStorage.setItem('s', '{}')
    expect(
      readStorage('s', () => {
        throw new TypeError('boom')
      }),
    ).toBeNull()
  })

  it('returns null when storage is disabled (access throws)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(readStorage('s', isSettings)).toBeNull()
    expect(writeStorage('s', { zoom: 1 })).toBe(false)
    expect(removeStorage('s')).toBe(false)
  })
})

describe('writeStorage', () => {
  it('writes JSON that readStorage reads back', () => {
    expect(writeStorage('s', { zoom: 3 })).toBe(true)
    expect(readStorage('s', isSettings)).toEqual({ zoom: 3 })
  })

  it('reports a full storage instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(writeStorage('s', { zoom: 3 })).toBe(false)
  })

  it('reports a value JSON cannot encode instead of throwing', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(writeStorage('s', cyclic)).toBe(false)
  })
})

describe('removeStorage', () => {
  it('removes a stored value', () => {
    writeStorage('lang', 'ru', { json: false })
    expect(removeStorage('lang')).toBe(true)
    expect(readStorage('lang', isLanguage, { json: false })).toBeNull()
  })
})
