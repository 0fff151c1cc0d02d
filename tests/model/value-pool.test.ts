import { describe, expect, it } from 'vitest'
import { EMPTY, createValuePool } from '../../src/model/value-pool'

/** A string equal to `text` but not the same one (JSON.parse makes one per occurrence like this). */
const copy = (text: string) => JSON.parse(JSON.stringify(text)) as string

describe('a pool of repeated values', () => {
  it('gives back the first list equal to a list of ids, frozen, with the pool strings', () => {
    const pool = createValuePool()
    const first = pool.list(['a', 'b'])
    expect(first).toEqual(['a', 'b'])
    expect(Object.isFrozen(first)).toBe(true)
    expect(pool.list([copy('a'), copy('b')])).toBe(first)
    expect(() => (first as string[]).push('c')).toThrow(TypeError)
  })

  it('keeps lists apart that differ in order, length or where an id ends', () => {
    const pool = createValuePool()
    const input = () => [['a', 'b'], ['b', 'a'], ['a'], ['a,b'], ['a\u0000b'], ['a', 'b', 'c'], ['a', 'b']]
    const lists = input().map((ids) => pool.list(ids))
    expect(lists).toEqual(input())
    expect(new Set(lists).size).toBe(6)
    expect(lists[6]).toBe(lists[0])
    expect(lists.every((list) => Object.isFrozen(list))).toBe(true)
  })

  it('makes every empty list EMPTY, which is frozen', () => {
    const pool = createValuePool()
    expect(pool.list([])).toBe(EMPTY)
    expect(Object.isFrozen(EMPTY)).toBe(true)
  })

  it('gives back the first string equal to a value', () => {
    const pool = createValuePool()
    const first = pool.string('peace-treaty')
    expect(pool.string(copy('peace-treaty'))).toBe(first)
    expect(pool.string('humanitarian')).toBe('humanitarian')
  })
})
