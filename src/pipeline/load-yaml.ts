/**
 * Reading a YAML file: strict UTF-8, every syntax error reported with its line, and a way to find
 * the line of any field path (for schema errors) through the yaml Document's node ranges.
 */
import fs from 'node:fs'
import { isNode, LineCounter, parseDocument, type Document } from 'yaml'
import type { Problems } from './problems'
import { decodeUtf8 } from './utf8'

export interface YamlFile {
  file: string
  /** The parsed data (plain JS), or undefined when the file could not be read or parsed. */
  data: unknown
  /** The line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined
}

export function readTextFile(file: string, problems: Problems): string | undefined {
  const decoded = decodeUtf8(fs.readFileSync(file))
  if (decoded.ok) return decoded.text
  problems.error(file, `not valid UTF-8 (first bad byte at offset ${decoded.byte})`, { line: decoded.line })
  return undefined
}

export function loadYaml(file: string, problems: Problems): YamlFile {
  const text = readTextFile(file, problems)
  if (text === undefined) return { file, data: undefined, lineOf: () => undefined }
  return parseYaml(file, text, problems)
}

const OPTIONS = { prettyErrors: true, uniqueKeys: true, strict: true } as const

export function parseYaml(file: string, text: string, problems: Problems): YamlFile {
  const lineCounter = new LineCounter()
  const doc = withPlainEnv(() => parseDocument(text, { ...OPTIONS, lineCounter }))
  // Only the first syntax error: the ones after it are mostly its echoes.
  const [first, ...rest] = [...doc.errors, ...doc.warnings]
  if (first) {
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more after it, likely caused by it)`
    const column = first.linePos ? ` (column ${first.linePos[0].col})` : ''
    problems.error(file, `malformed YAML: ${describeYamlError(first.message)}${column}${more}`, {
      line: first.linePos?.[0].line,
    })
  }
  if (first) return { file, data: undefined, lineOf: (path) => lineOfPath(doc, lineCounter, path) }
  try {
    return { file, data: doc.toJS({ maxAliasCount: 50 }) as unknown, lineOf: lazyLineOf(text) }
  } catch (error) {
    // yaml throws on an alias bomb ("billion laughs"): a problem like any other, not a crash.
    problems.error(file, `malformed YAML: ${(error as Error).message}`)
    return { file, data: undefined, lineOf: (path) => lineOfPath(doc, lineCounter, path) }
  }
}

/**
 * Lines are asked for only when there is a problem to report, so a file that parsed is not kept as a yaml
 * Document (several times the size of its data: most of the memory, and of the garbage collection, on a large
 * corpus); it is parsed again, once, on the first question.
 */
function lazyLineOf(text: string): YamlFile['lineOf'] {
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined
  return (path) => {
    if (!parsed) {
      const lineCounter = new LineCounter()
      parsed = { doc: withPlainEnv(() => parseDocument(text, { ...OPTIONS, lineCounter })), lineCounter }
    }
    return lineOfPath(parsed.doc, parsed.lineCounter, path)
  }
}

/**
 * yaml's parser reads `process.env.LOG_TOKENS` at every token, and each read of the real environment is a
 * native call: a fifth of the parsing time of a large file. A plain copy answers the same, fast; it is in place
 * only during this synchronous call.
 */
function withPlainEnv<T>(parse: () => T): T {
  const env = process.env
  process.env = { ...env }
  try {
    return parse()
  } finally {
    process.env = env
  }
}

function describeYamlError(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true)
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
  }
  return undefined
}
