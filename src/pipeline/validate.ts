/**
 * Validating parsed YAML against a zod schema from src/model, turning each zod issue into a
 * problem with file, line and field path, worded for the person who edits the YAML.
 */
import type { z } from 'zod'
import type { YamlFile } from './load-yaml'
import type { Problems } from './problems'

/** The parsed value, or undefined after reporting every issue. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: YamlFile,
  problems: Problems,
  basePath: readonly PropertyKey[] = [],
): z.output<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true })
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = [...basePath, ...issue.path]
    // An unknown field is reported at its own line, not its parent's.
    const linePath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path
    problems.error(source.file, describeIssue(issue), { path, line: source.lineOf(linePath) })
  }
  return undefined
}

const NOUNS: Record<string, string> = {
  topics: 'topic',
  kind: 'kind',
  language: 'language',
  status: 'status',
  id: 'id',
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const last = issue.path.at(-1)
  const field = typeof last === 'number' ? issue.path.at(-2) : last
  const input = 'input' in issue ? issue.input : undefined
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        if (last === 'ru' || last === 'en') return `missing the "${last}" text (every text needs both ru and en)`
        return `missing (expected ${issue.expected})`
      }
      if (issue.expected === 'string' && typeof input === 'number') {
        return `expected a string, got the number ${input} (quote it: '${input}')`
      }
      return `expected ${issue.expected}, got ${describeValue(input)}`
    case 'invalid_value': {
      // A message the schema words itself (zod's own start "Invalid ...") says more than the list of values.
      if (!issue.message.startsWith('Invalid')) return issue.message
      if (input === undefined) return `missing (expected one of: ${issue.values.map(String).join(', ')})`
      const noun = NOUNS[String(field)] ?? 'value'
      return `unknown ${noun} ${describeValue(input)} (expected one of: ${issue.values.map(String).join(', ')})`
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
    default: {
      const shown = describeValue(input)
      const plain = input === undefined || typeof input === 'object' || issue.message.includes(shown)
      return plain ? issue.message : `${shown}: ${issue.message}`
    }
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    // Invisible and direction-changing characters are shown as escapes, so the message says what is there.
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
    return shown.replace(
      /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
  }
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return String(value)
}
