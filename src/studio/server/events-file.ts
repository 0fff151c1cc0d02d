/**
 * Appending an event to `events/<year>.yaml` with a minimal diff: only the new event is serialised (the yaml
 * library's Document API re-emits the whole file), its text is spliced in after the last event, the result is
 * parsed again to prove it holds the old events unchanged plus the new one, and it must pass Prettier.
 */
import { isDeepStrictEqual } from 'node:util'
import YAML from 'yaml'
import { documentSourceSchema, eventInputSchema } from '../../model/schema'
import { FormError, StudioError } from './errors'
import { formatYaml } from './format'
import type { DataFolder } from './write'

export interface AppendResult {
  path: string
  text: string
  /** The new event's index in the file's list, as the checks' field paths give it (`events[4]`). */
  index: number
}

/** The new text of the events file with `event` appended; `current` is the file's text, or null when it is new. */
export async function appendEventText(current: string | null, event: Record<string, unknown>, file: string) {
  const before = current === null ? [] : eventsOf(current, file)
  // Prettier on the new item alone gives the same text it would give inside the file (the rest already passes).
  const item = await formatYaml(YAML.stringify({ events: [event] }, { lineWidth: 0 }))
  const body = item.replace(/^events:\n/, '')
  const head = current === null ? 'events:\n' : current.endsWith('\n') ? current : `${current}\n`
  const text = head + body
  const after = eventsOf(text, file)
  if (after.length !== before.length + 1 || !isDeepStrictEqual(after.slice(0, -1), before)) {
    throw new StudioError(409, `${file}: appending would change other events; nothing was written`)
  }
  if (!isDeepStrictEqual(after.at(-1), JSON.parse(JSON.stringify(event)))) {
    throw new StudioError(409, `${file}: the new event does not read back as written; nothing was written`)
  }
  if ((await formatYaml(text)) !== text) {
    throw new StudioError(409, `${file}: the file would not pass Prettier after the change; nothing was written`)
  }
  return text
}

function eventsOf(text: string, file: string): unknown[] {
  const doc = YAML.parseDocument(text)
  if (doc.errors.length > 0) throw new StudioError(409, `${file} does not parse: ${doc.errors[0]!.message}`)
  const value: unknown = doc.toJS()
  const events = (value as { events?: unknown } | null)?.events
  const keys = value && typeof value === 'object' ? Object.keys(value) : []
  // A block list under the only key: then its end is the file's end and a new item can go after it.
  if (!Array.isArray(events) || keys.length !== 1 || /^events:\s*\[/m.test(text)) {
    throw new StudioError(409, `${file}: expected a block list under "events:" alone; edit this file by hand`)
  }
  return events
}

export async function appendEvent(
  folder: DataFolder,
  event: Record<string, unknown>,
  expected: string | null,
): Promise<AppendResult> {
  // The schema first: it vets the id and the date, of which the file's name is made.
  const parsed = eventInputSchema.safeParse(event)
  if (!parsed.success) {
    throw new FormError(parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })))
  }
  const year = parsed.data.date.slice(0, 4)
  if (!/^\d{4}$/.test(year)) throw new FormError([{ field: 'date', message: 'a date starts with its year' }])
  const relative = `events/${year}.yaml`
  // Before the file is read: a file changed since the form read it is never the base of a new text.
  folder.assertUnchanged(relative, expected)
  const current = folder.exists(relative) ? folder.read(relative).bytes.toString('utf8') : null
  const text = await appendEventText(current, event, relative)
  folder.save([{ path: relative, bytes: Buffer.from(text, 'utf8'), expected }])
  return { path: relative, text, index: (YAML.parse(text) as { events: unknown[] }).events.length - 1 }
}

/**
 * `text` with `item` added at the end of the block list at `at` (`['events', 3, 'sources']`), or, when the map at
 * `at` minus its last key has no such key, the list started at the map's end. Only lines are added: the result is
 * checked to hold the file's old lines unchanged around the new ones, to read back with the item added and
 * nothing else changed, and to pass Prettier; otherwise nothing is returned but a refusal.
 */
export async function appendListItem(text: string, at: (string | number)[], item: unknown, file: string) {
  const doc = YAML.parseDocument(text)
  if (doc.errors.length > 0) throw new StudioError(409, `${file} does not parse: ${doc.errors[0]!.message}`)
  const before: unknown = doc.toJS()
  const list = doc.getIn(at, true)
  const owner = doc.getIn(at.slice(0, -1), true)
  let insertAt: number
  let indent: string
  let lines: string
  if (YAML.isSeq(list) && !list.flow && list.items.length > 0) {
    const first = list.items[0] as YAML.Node
    const lineStart = text.lastIndexOf('\n', first.range![0] - 1) + 1
    indent = /^( *)- /.exec(text.slice(lineStart))?.[1] ?? ''
    insertAt = afterLine(text, (list.items.at(-1) as YAML.Node).range![1])
    lines = YAML.stringify([item], { lineWidth: 0 })
  } else if (list === undefined && YAML.isMap(owner) && !owner.flow && owner.items.length > 0) {
    const key = (owner.items[0] as YAML.Pair<YAML.Node>).key
    const lineStart = text.lastIndexOf('\n', key.range![0] - 1) + 1
    indent = /^( *)/.exec(text.slice(lineStart))?.[1] ?? ''
    insertAt = afterLine(text, owner.range![1])
    lines = YAML.stringify({ [String(at.at(-1))]: [item] }, { lineWidth: 0 })
  } else {
    throw new StudioError(409, `${file}: ${at.join('.')} is not a block list the studio can add to; edit it by hand`)
  }
  const added = lines
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n')
  const head = text.slice(0, insertAt)
  const spliced = `${head.endsWith('\n') || head === '' ? head : `${head}\n`}${added}\n${text.slice(insertAt)}`
  const result = await formatYaml(spliced)
  onlyAdded(text, result, file)
  const expected = JSON.parse(JSON.stringify(before)) as Record<string, unknown>
  const target = at
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, expected)
  const key = at.at(-1) as string
  target[key] = [...((target[key] as unknown[] | undefined) ?? []), JSON.parse(JSON.stringify(item))]
  if (!isDeepStrictEqual(YAML.parse(result), expected)) {
    throw new StudioError(409, `${file}: the change would not read back as meant; nothing was written`)
  }
  return result
}

/** The offset after the line that holds the last non-space character before `offset`. */
function afterLine(text: string, offset: number): number {
  let at = offset
  while (at > 0 && /\s/.test(text[at - 1] as string)) at--
  const next = text.indexOf('\n', at)
  return next < 0 ? text.length : next + 1
}

/** Refuses a new text that does not keep every old line, in order, with new lines in one block. */
function onlyAdded(old: string, now: string, file: string): void {
  const a = old.split('\n')
  const b = now.split('\n')
  let head = 0
  while (head < a.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  if (head + tail < a.length) {
    throw new StudioError(409, `${file}: the change would rewrite line ${head + 1}; nothing was written`)
  }
}

/** Adds a source to an existing event, in its file, through the one write module. */
export async function appendSource(
  folder: DataFolder,
  request: { event: string; file: string; expected: string | null; source: Record<string, unknown> },
): Promise<{ path: string; index: number; sourceIndex: number }> {
  const { event, file, source } = request
  if (!/^events\/[^/]+\.yaml$/.test(file)) throw new StudioError(403, `not an events file: ${JSON.stringify(file)}`)
  const parsed = documentSourceSchema.safeParse(source)
  if (!parsed.success) {
    throw new FormError(
      parsed.error.issues.map((issue) => ({ field: `sources.0.${issue.path.join('.')}`, message: issue.message })),
    )
  }
  folder.assertUnchanged(file, request.expected)
  const text = folder.read(file).bytes.toString('utf8')
  const events = eventsOf(text, file) as { id?: unknown; sources?: unknown[] }[]
  const index = events.findIndex((e) => e?.id === event)
  if (index < 0) throw new StudioError(404, `${file} has no event ${JSON.stringify(event)}`)
  const updated = await appendListItem(text, ['events', index, 'sources'], source, file)
  folder.save([{ path: file, bytes: Buffer.from(updated, 'utf8'), expected: request.expected }])
  return { path: file, index, sourceIndex: events[index]?.sources?.length ?? 0 }
}
