/** Keeps a vis-data DataSet equal to a list of items by adding, updating and removing only what changed. */
import type { DataSet } from 'vis-data/esnext'

const sameItem = <T extends object>(a: T, b: T) =>
  a === b ||
  (Object.keys(b) as (keyof T)[]).every(
    (key) => (a[key] ?? null) === (b[key] ?? null) || (key === 'swatches' && String(a[key]) === String(b[key])),
  )

/**
 * A point has no `end` at all: vis-timeline's focus reads `end.valueOf()` whenever the key is present. An event
 * never changes between point and range (its id is its date's), so the key is never left over by an update.
 */
function withoutNullEnd<T extends { end?: unknown }>(item: T): T {
  if (item.end !== null) return item
  const { end: _end, ...rest } = item
  return rest as T
}

/**
 * Adds, updates and removes in place, only what changed: the DataSet lives as long as the timeline.
 * `beforeUpdate` gets the ids about to be updated (see hideForUpdate).
 */
export function syncDataSet<T extends { id: string; end?: unknown }>(
  dataSet: DataSet<T, 'id'>,
  next: readonly T[],
  beforeUpdate: (ids: readonly string[]) => void = () => undefined,
): void {
  const nextIds = new Set(next.map((item) => item.id))
  const gone = dataSet.getIds().filter((id) => !nextIds.has(String(id)))
  const added: T[] = []
  const changed: T[] = []
  for (const item of next) {
    const current = dataSet.get(item.id as never) as unknown as T | null
    if (current === null) added.push(item)
    else if (!sameItem(current, item)) changed.push(item)
  }
  if (gone.length > 0) dataSet.remove(gone)
  if (changed.length > 0) {
    beforeUpdate(changed.map((item) => item.id))
    dataSet.update(changed.map(withoutNullEnd) as Parameters<typeof dataSet.update>[0])
  }
  if (added.length > 0) dataSet.add(added.map(withoutNullEnd) as Parameters<typeof dataSet.add>[0])
}
