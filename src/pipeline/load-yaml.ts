/**
 * Reading a YAML file: strict UTF-8, every syntax error reported with its line, and a way to find
 * the line of any field path (for schema errors) through the yaml Document's node ranges.
 */
import fs from 'node:fs'
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
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
  const { doc, lineCounter } = parse(text)
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
    return { file, data: doc.toJS({ maxAliasCount: 50 }) as unknown, lineOf: lazyLineOf(text, listItems(doc)) }
  } catch (error) {
    // yaml throws on an alias bomb ("billion laughs"): a problem like any other, not a crash.
    problems.error(file, `malformed YAML: ${(error as Error).message}`)
    return { file, data: undefined, lineOf: (path) => lineOfPath(doc, lineCounter, path) }
  }
}

interface Parsed {
  doc: Document
  lineCounter: LineCounter
}

function parse(text: string): Parsed {
  const lineCounter = new LineCounter()
  return { doc: withPlainEnv(() => parseDocument(text, { ...OPTIONS, lineCounter })), lineCounter }
}

/** Where each item of each top-level list (`events: [...]`) starts and ends in the text. */
type ListItems = Map<unknown, ({ start: number; end: number } | undefined)[]>

function listItems(doc: Document): ListItems {
  const lists: ListItems = new Map()
  if (!isMap(doc.contents)) return lists
  for (const { key, value } of doc.contents.items) {
    if (!isScalar(key) || !isSeq(value)) continue
    const items = value.items.map((item) =>
      isNode(item) && item.range ? { start: item.range[0], end: item.range[2] } : undefined,
    )
    lists.set(key.value, items)
  }
  return lists
}

/**
 * Lines are asked for only when there is a problem to report, so a file that parsed is not kept as a yaml
 * Document (several times the size of its data: most of the memory, and of the garbage collection, on a large
 * corpus). A line inside an item of a top-level list is found by parsing that item's lines alone (a few
 * warnings in a large events file cost a few items, not the file again); any other path, or an item that does
 * not stand alone (an alias to an anchor outside it), parses the whole file again, once.
 */
function lazyLineOf(text: string, lists: ListItems): YamlFile['lineOf'] {
  let whole: Parsed | undefined
  let lines: LineCounter | undefined
  // Only the item asked last is kept: the questions about one item come together, and a Document kept per item
  // would grow with the warnings (thousands at 100,000 events).
  let last: { range: object; item: { parsed: Parsed; firstLine: number } | null } | undefined
  const itemAlone = (range: { start: number; end: number }) => {
    if (last?.range === range) return last.item
    const from = text.lastIndexOf('\n', range.start - 1) + 1
    const parsed = parse(text.slice(from, range.end))
    const { doc } = parsed
    const alone =
      doc.errors.length + doc.warnings.length === 0 && isSeq(doc.contents) && doc.contents.items.length === 1
    lines ??= linesOf(text)
    const item = alone ? { parsed, firstLine: lines.linePos(from).line } : null
    last = { range, item }
    return item
  }
  return (path) => {
    const [key, index, ...rest] = path
    const range = typeof index === 'number' ? lists.get(key)?.[index] : undefined
    const item = range && itemAlone(range)
    if (item) {
      const line = lineOfPath(item.parsed.doc, item.parsed.lineCounter, [0, ...rest])
      return line === undefined ? undefined : item.firstLine + line - 1
    }
    whole ??= parse(text)
    return lineOfPath(whole.doc, whole.lineCounter, path)
  }
}

/** The lines of the whole text, counted as yaml counts them (at each "\n"), found once per file. */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter()
  lines.addNewLine(0)
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1)
  return lines
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
