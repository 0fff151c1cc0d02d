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

export function parseYaml(file: string, text: string, problems: Problems): YamlFile {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true })
  // Only the first syntax error: the ones after it are mostly its echoes.
  const [first, ...rest] = [...doc.errors, ...doc.warnings]
  if (first) {
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more after it, likely caused by it)`
    const column = first.linePos ? ` (column ${first.linePos[0].col})` : ''
    problems.error(file, `malformed YAML: ${describeYamlError(first.message)}${column}${more}`, {
      line: first.linePos?.[0].line,
    })
  }
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(doc, lineCounter, path)
  if (first) return { file, data: undefined, lineOf }
  try {
    return { file, data: doc.toJS({ maxAliasCount: 50 }) as unknown, lineOf }
  } catch (error) {
    // yaml throws on an alias bomb ("billion laughs"): a problem like any other, not a crash.
    problems.error(file, `malformed YAML: ${(error as Error).message}`)
    return { file, data: undefined, lineOf }
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
