import { describe, expect, it } from 'vitest'
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
