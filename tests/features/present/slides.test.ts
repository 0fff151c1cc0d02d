import { describe, expect, it } from 'vitest'
import { clampIndex, indexOfEvent, jump, nextIndex, prevIndex, slidesFor } from '../../../src/features/present/slides'
import { EVENTS, STORY } from './fixture'

describe('slidesFor', () => {
  it('makes one slide per event, in the given order, without notes', () => {
    const slides = slidesFor(EVENTS, null)
    expect(slides.map((s) => s.event.id)).toEqual(['alpha', 'bravo', 'charlie', 'delta'])
    expect(slides.every((s) => Object.keys(s.notes).length === 0)).toBe(true)
  })

  it("follows a story's order with its notes and skips ids that are not among the events", () => {
    const slides = slidesFor(EVENTS, STORY)
    expect(slides.map((s) => s.event.id)).toEqual(['delta', 'bravo', 'alpha'])
    expect(slides[0]?.notes).toEqual({ en: 'Start with the end.', ru: 'Начните с конца.' })
    expect(slides[1]?.notes).toEqual({ ru: 'Только по-русски.' })
    expect(slides[2]?.notes).toEqual({})
  })

  it('gives no slides for no events', () => {
    expect(slidesFor([], null)).toEqual([])
    expect(slidesFor([], STORY)).toEqual([])
  })
})

describe('stepping', () => {
  it('moves one slide and stops at both ends', () => {
    expect(nextIndex(0, 4)).toBe(1)
    expect(nextIndex(3, 4)).toBe(3)
    expect(prevIndex(2, 4)).toBe(1)
    expect(prevIndex(0, 4)).toBe(0)
  })

  it('clamps any index into the slides, 0 when there are none', () => {
    expect(clampIndex(-5, 4)).toBe(0)
    expect(clampIndex(99, 4)).toBe(3)
    expect(clampIndex(2.7, 4)).toBe(2)
    expect(clampIndex(Number.NaN, 4)).toBe(0)
    expect(clampIndex(3, 0)).toBe(0)
  })

  it('jumps to a typed 1-based number, or nowhere when there is no such slide', () => {
    expect(jump('1', 4)).toBe(0)
    expect(jump('4', 4)).toBe(3)
    expect(jump('04', 4)).toBe(3)
    expect(jump('0', 4)).toBeNull()
    expect(jump('5', 4)).toBeNull()
    expect(jump('', 4)).toBeNull()
    expect(jump('2a', 4)).toBeNull()
  })

  it('finds the slide of an event', () => {
    const slides = slidesFor(EVENTS, STORY)
    expect(indexOfEvent(slides, 'alpha')).toBe(2)
    expect(indexOfEvent(slides, 'charlie')).toBeNull()
    expect(indexOfEvent(slides, null)).toBeNull()
  })
})
