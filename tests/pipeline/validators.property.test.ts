/**
 * Property tests of the pipeline's validation (1000 runs each): any JSON-ish value given to a record
 * schema through `validate` yields the parsed record or a list of clear problems, never an uncaught
 * exception; any text given to the YAML reader, the UTF-8 decoder or the display-text function
 * yields a result or a problem.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  datasetInfoSchema,
  documentMetaSchema,
  eventInputSchema,
  eventsFileSchema,
  personSchema,
  placeSchema,
  topicSchema,
} from '../../src/model/schema'
import { displayText } from '../../src/pipeline/display-text'
import { parseYaml, type YamlFile } from '../../src/pipeline/load-yaml'
import { formatProblem, Problems } from '../../src/pipeline/problems'
import { decodeUtf8 } from '../../src/pipeline/utf8'
import { validate } from '../../src/pipeline/validate'

const RUNS = { numRuns: 1000 }
const SCHEMAS = {
  event: eventInputSchema,
  document: documentMetaSchema,
  topic: topicSchema,
  person: personSchema,
  place: placeSchema,
  dataset: datasetInfoSchema,
  eventsFile: eventsFileSchema,
}

const source = (data: unknown): YamlFile => ({ file: '/data/x.yaml', data, lineOf: () => 3 })

/** Values shaped like records, with hostile or wrong-typed leaves, so validation goes deep. */
const leaf = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '   ', '2019-05-31', '2019-13', 'peace-treaty', 'held', 'en', 'javascript:alert(1)', '__proto__'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
)
const localized = fc.record({ ru: leaf, en: leaf }, { requiredKeys: [] })
const recordLike = fc.record(
  {
    id: leaf,
    date: leaf,
    status: leaf,
    kind: leaf,
    title: fc.oneof(localized, leaf),
    summary: localized,
    label: localized,
    name: localized,
    topics: fc.array(leaf, { maxLength: 3 }),
    sources: fc.array(fc.record({ document: leaf, quote: leaf, translation: leaf }, { requiredKeys: [] }), {
      maxLength: 2,
    }),
    url: leaf,
    sha256: leaf,
    color: leaf,
    events: fc.array(fc.anything(), { maxLength: 2 }),
  },
  { requiredKeys: [] },
)
const anyValue = fc.oneof(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.jsonValue(), recordLike)

describe('validate (property)', () => {
  it.each(Object.entries(SCHEMAS))(
    '%s: any value gives the record or clear problems, never a throw',
    (_name, schema) => {
      fc.assert(
        fc.property(anyValue, (value) => {
          const problems = new Problems()
          const result = validate(schema, value, source(value), problems, ['items', 0])
          if (result === undefined) {
            expect(problems.errors.length).toBeGreaterThan(0)
            for (const problem of problems.errors) {
              expect(problem.message.trim()).not.toBe('')
              expect(formatProblem(problem, '/data')).toMatch(/^x\.yaml:3: items\[0\]/)
            }
          } else {
            expect(problems.list).toEqual([])
            expect(schema.safeParse(result).success).toBe(true)
          }
        }),
        RUNS,
      )
    },
  )
})

describe('readers (property)', () => {
  it('parseYaml: any text gives data or a "malformed YAML" problem', () => {
    const yamlish = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom('a: ', '- ', '&x ', '*x ', '!!js/function ', '"\\uD800"', '{', '[', '\n', '  ', 'b', ': '),
          {
            maxLength: 40,
          },
        )
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(yamlish, (text) => {
        const problems = new Problems()
        const file = parseYaml('/data/x.yaml', text, problems)
        if (file.data === undefined && problems.errors.length > 0) {
          expect(problems.errors.every((p) => p.message.startsWith('malformed YAML: '))).toBe(true)
        }
        expect(() => file.lineOf(['a', 0, 'b'])).not.toThrow()
      }),
      RUNS,
    )
    // 1,000 parses take ~4 s on a quiet machine: a loaded one must not turn that into a failure.
  }, 30_000)

  it('decodeUtf8: any bytes give the text or the line and offset of the first bad byte', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = decodeUtf8(bytes)
        if (decoded.ok) expect(Buffer.from(decoded.text, 'utf8').equals(Buffer.from(bytes))).toBe(true)
        else {
          expect(decoded.byte).toBeGreaterThanOrEqual(0)
          expect(decoded.byte).toBeLessThan(bytes.length)
          expect(decoded.line).toBeGreaterThanOrEqual(1)
        }
      }),
      RUNS,
    )
  })

  it('displayText: any text comes out without a tag, a closed comment or a CR', () => {
    const markupish = fc
      .array(
        fc.oneof(
          fc.constantFrom('<', '>', '/', 'img', 'script', ' ', 'a=1', '<!--', '-->', '\r\n', '\uFEFF'),
          fc.string(),
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(markupish, (text) => {
        const shown = displayText(text)
        expect(shown).not.toMatch(/<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/)
        // An unclosed "<!--" keeps its text (issue 25): no "-->" may follow it.
        const opener = shown.indexOf('<!--')
        if (opener >= 0) expect(shown.indexOf('-->', opener + 4)).toBe(-1)
        expect(shown).not.toContain('\r')
      }),
      RUNS,
    )
  })
})
