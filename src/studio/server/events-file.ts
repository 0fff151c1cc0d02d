/**
 * Appending an event to `events/<year>.yaml` with a minimal diff: only the new event is serialised (the yaml
 * library's Document API re-emits the whole file), its text is spliced in after the last event, the result is
 * parsed again to prove it holds the old events unchanged plus the new one, and it must pass Prettier.
 */
import { isDeepStrictEqual } from 'node:util'
import YAML from 'yaml'
import { eventInputSchema } from '../../model/schema'
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
