import { describe, expect, it } from 'vitest'
import { isNode, LineCounter, parseDocument } from 'yaml'
import { parseYaml } from '../../src/pipeline/load-yaml'
import { Problems } from '../../src/pipeline/problems'

const TEXT = 'events:\n  - id: a\n    title:\n      en: x\n  - id: b\n    topics:\n      - t\n'

describe('parseYaml', () => {
  it('gives the data and, asked later, the line of any path (the document is parsed again for it)', () => {
    const problems = new Problems()
    const file = parseYaml('/data/x.yaml', TEXT, problems)
    expect(problems.list).toEqual([])
    expect(file.data).toEqual({
      events: [
        { id: 'a', title: { en: 'x' } },
        { id: 'b', topics: ['t'] },
      ],
    })
    expect(file.lineOf(['events', 0, 'title', 'en'])).toBe(4)
    expect(file.lineOf(['events', 1, 'topics', 0])).toBe(7)
    // A missing key: its nearest existing ancestor.
    expect(file.lineOf(['events', 1, 'summary', 'ru'])).toBe(5)
    expect(file.lineOf(['events', 1, 'id'])).toBe(5)
  })

  it('finds the same line inside a list item, parsed alone, as in the whole file, whatever the item holds', () => {
    const texts = {
      'comments, a block scalar and multi-line quoted scalars':
        'events:\n  # first\n  - id: a\n    summary: |\n      one\n\n      two\n    title: "x\n      y"\n\n  - id: b\n    topics: [t, u]\n    people:\n      - p\nother: 1\n',
      'Windows line ends':
        'events:\r\n  - id: a\r\n    title:\r\n      en: x\r\n  - id: b\r\n    topics:\r\n      - t\r\n',
      'an alias to an anchor outside the item': 'base: &b { en: x }\nevents:\n  - id: a\n    title: *b\n  - id: b\n',
      'an item whose map starts on the line after its dash':
        'events:\n  -\n    id: a\n    topics:\n      - t\n  - id: b\n',
      'a flow list': 'events: [{ id: a, topics: [t] }, { id: b }]\n',
      'a list not indented': 'events:\n- id: a\n  title:\n    en: x\n- id: b\n',
    }
    for (const [name, text] of Object.entries(texts)) {
      const file = parseYaml('/data/x.yaml', text, new Problems())
      // The reference: the whole text parsed by yaml, each path's line taken from its node (or its nearest
      // ancestor's, through an alias).
      const lineCounter = new LineCounter()
      const doc = parseDocument(text, { lineCounter })
      const lineIn = (path: readonly PropertyKey[]): number | undefined => {
        const node = doc.getIn(path as unknown[], true)
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
        return lineIn(path.slice(0, -1))
      }
      const paths: PropertyKey[][] = []
      const walk = (value: unknown, path: PropertyKey[]) => {
        paths.push(path)
        if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]))
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k])
      }
      walk(file.data, [])
      for (const path of paths.filter((p) => p.length > 0)) {
        expect({ name, path, line: file.lineOf(path) }).toEqual({ name, path, line: lineIn(path) })
      }
      // A missing field of the second item: the item's own line.
      expect({ name, line: file.lineOf(['events', 1, 'summary', 'en']) }).toEqual({ name, line: lineIn(['events', 1]) })
    }
  })

  it('leaves process.env as it was, the very same object, after a good and a broken file', () => {
    const env = process.env
    parseYaml('/data/x.yaml', TEXT, new Problems())
    const problems = new Problems()
    const broken = parseYaml('/data/y.yaml', 'a: [1, 2\nb: 3\n', problems)
    expect(process.env).toBe(env)
    expect(broken.data).toBeUndefined()
    expect(problems.list[0]?.message).toMatch(/^malformed YAML/)
  })
})
