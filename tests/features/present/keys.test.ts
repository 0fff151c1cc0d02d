import { describe, expect, it } from 'vitest'
import { isNavigation, navigate, presentationKeyAction, type Navigation } from '../../../src/features/present/keys'

describe('presentationKeyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'enter'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Backspace', 'backspace'],
    ['Home', 'first'],
    ['End', 'last'],
    ['l', 'language'],
    ['L', 'language'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['q', 'qr'],
    ['Escape', 'exit'],
    // The same physical keys on a Russian layout.
    ['д', 'language'],
    ['И', 'blank'],
    ['й', 'qr'],
  ])('%j → %s', (key, type) => {
    expect(presentationKeyAction({ key })?.type).toBe(type)
  })

  it('reads digits as digits', () => {
    expect(presentationKeyAction({ key: '7' })).toEqual({ type: 'digit', digit: '7' })
  })

  it('leaves other keys and every modified key to the browser', () => {
    expect(presentationKeyAction({ key: 'Tab' })).toBeNull()
    expect(presentationKeyAction({ key: 'F11' })).toBeNull()
    expect(presentationKeyAction({ key: 'x' })).toBeNull()
    expect(presentationKeyAction({ key: 'p', ctrlKey: true })).toBeNull()
    expect(presentationKeyAction({ key: 'l', metaKey: true })).toBeNull()
    expect(presentationKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull()
  })
})

describe('navigate', () => {
  const at = (index: number, typed = ''): Navigation => ({ index, typed })

  it('steps, stops at the ends, and goes to the first and the last slide', () => {
    expect(navigate(at(0), { type: 'next' }, 4).state).toEqual(at(1))
    expect(navigate(at(3), { type: 'next' }, 4).state).toEqual(at(3))
    expect(navigate(at(0), { type: 'prev' }, 4).state).toEqual(at(0))
    expect(navigate(at(2), { type: 'first' }, 4).state).toEqual(at(0))
    expect(navigate(at(0), { type: 'last' }, 4).state).toEqual(at(3))
  })

  it('jumps to a number typed then confirmed with Enter: the N-th event is position N, 0 the title', () => {
    let state = navigate(at(0), { type: 'digit', digit: '1' }, 12).state
    state = navigate(state, { type: 'digit', digit: '0' }, 12).state
    expect(state).toEqual(at(0, '10'))
    expect(navigate(state, { type: 'enter' }, 12).state).toEqual(at(10))
    expect(navigate(at(5, '0'), { type: 'enter' }, 12).state).toEqual(at(0))
  })

  it('tells the clicker keys (which leave hidden controls hidden) from the others', () => {
    for (const key of ['ArrowRight', 'PageDown', 'PageUp', ' ', 'Enter', '5', 'b', 'Home'])
      expect(isNavigation(presentationKeyAction({ key })), key).toBe(true)
    for (const key of ['Tab', 'l', 'q', 'Escape', 'Shift', 'x'])
      expect(isNavigation(presentationKeyAction({ key })), key).toBe(false)
  })

  it('steps forward on Enter with nothing typed, and forgets a number that is not a slide', () => {
    expect(navigate(at(1), { type: 'enter' }, 4).state).toEqual(at(2))
    expect(navigate(at(1, '9'), { type: 'enter' }, 4)).toEqual({ state: at(1), handled: true })
  })

  it('deletes a typed digit with Backspace before stepping back', () => {
    expect(navigate(at(2, '12'), { type: 'backspace' }, 20).state).toEqual(at(2, '1'))
    expect(navigate(at(2), { type: 'backspace' }, 20).state).toEqual(at(1))
  })

  it('lets Esc clear a typed number first, and otherwise leaves Esc to the caller', () => {
    expect(navigate(at(2, '3'), { type: 'exit' }, 4)).toEqual({ state: at(2), handled: true })
    expect(navigate(at(2), { type: 'exit' }, 4)).toEqual({ state: at(2), handled: false })
    expect(navigate(at(2), { type: 'blank' }, 4).handled).toBe(false)
  })
})
