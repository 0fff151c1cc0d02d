import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BreakableText } from '../../../src/lib/highlight'

const drawn = (text: string) => render(<BreakableText text={text} />).container

describe('<BreakableText>', () => {
  it('leaves ordinary text alone', () => {
    const text = 'Переговоры Путина и Абэ в Токио, '.repeat(10)
    expect(drawn(text).innerHTML).toBe(text)
  })

  it('gives a word too long for a line a break opportunity every 32 characters, text unchanged', () => {
    const word = 'Ж'.repeat(100)
    const container = drawn(`до ${word} после`)
    expect(container.textContent).toBe(`до ${word} после`)
    expect(container.querySelectorAll('wbr')).toHaveLength(3)
  })

  it('never cuts a surrogate pair', () => {
    const word = `${'a'.repeat(31)}${'😀'.repeat(40)}`
    const container = drawn(word)
    expect(container.textContent).toBe(word)
    for (const node of container.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) expect(node.textContent).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/)
    }
  })
})
