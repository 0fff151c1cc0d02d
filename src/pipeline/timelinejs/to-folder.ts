/**
 * Slides → the files of a data folder (schema version 2): dataset.yaml from the title slide, one topic per
 * group, periods from eras, events by year with their links as sources of kind "link" and media as remote
 * links. The timeline's language is filled; the other side is left empty, which the build marks
 * "untranslated" and `--strict` refuses until someone translates it.
 */
import { stringify } from 'yaml'
import { parseDate } from '../../model/date'
import { tljsDateToValue, type DateParts } from './dates'
import { htmlToText, isWebUrl, type Link } from './html'
import { shorten, slug, uniqueId } from './names'
import type { ImportProblem, Slide } from './slides'

export type Lang = 'ru' | 'en'
type Pair = { ru: string; en: string }

export interface ImportedFolder {
  /** Relative path → file content. */
  files: Map<string, string>
  events: number
  periods: number
  topics: number
  problems: ImportProblem[]
}

const PALETTE = ['#1f5fa8', '#1b7f5a', '#a8432a', '#8a5a00', '#6b3fa0', '#5c6770', '#0e7490', '#9d174d']

export function slidesToFolder(
  slides: readonly Slide[],
  lang: Lang,
  name: string,
  problems: ImportProblem[],
): ImportedFolder {
  const pair = (value: string): Pair => (lang === 'en' ? { en: value, ru: '' } : { ru: value, en: '' })
  const ids = new Set<string>()
  const topics = new Map<string, { id: string; label: Pair; color: string }>()
  const events: Record<string, unknown>[] = []
  const periods: Record<string, unknown>[] = []
  const title = slides.find((slide) => slide.type === 'title')
  const topicFor = (group: string | undefined) => {
    const key = group ?? ''
    let topic = topics.get(key)
    if (!topic) {
      const id = uniqueId(slug(group ?? 'general') || 'topic', ids)
      const label = group ? pair(plain(group, problems, 'group').text) : { en: 'General', ru: 'Общее' }
      topic = { id, label, color: PALETTE[topics.size % PALETTE.length]! }
      topics.set(key, topic)
    }
    return topic.id
  }

  /** A topic our own export named by id: its group is the label of the first one. */
  const topicWithId = (id: string, group: string | undefined) => {
    if (!topics.has(`#${id}`)) {
      ids.add(id)
      topics.set(`#${id}`, {
        id,
        label: group ? pair(plain(group, problems, 'group').text) : pair(id),
        color: PALETTE[topics.size % PALETTE.length]!,
      })
    }
    return id
  }

  for (const slide of slides) {
    if (slide.type === 'title') continue
    const ours = ourFields(slide, problems)
    const date = ours?.date ?? slideDate(slide, problems)
    if (!date) continue
    const headline = plain(slide.headline, problems, `${slide.where} headline`)
    const body = plain(slide.text, problems, `${slide.where} text`)
    const caption = slide.media?.caption ? htmlToText(slide.media.caption).text : ''
    const label = headline.text || shorten(body.text) || caption
    if (!label) {
      problems.push({
        severity: 'refused',
        where: slide.where,
        field: 'headline',
        message: 'no headline, text or caption',
      })
      continue
    }
    if (!headline.text)
      problems.push({
        severity: 'reported',
        where: slide.where,
        field: 'headline',
        message: `empty: the title is "${label}"`,
      })
    if (slide.displayDate)
      problems.push({
        severity: 'reported',
        where: slide.where,
        field: 'display_date',
        message: `"${slide.displayDate}": the event shows its own date text instead`,
      })
    const id = uniqueId(ours?.id ?? (slug(slide.uniqueId ?? `${date.slice(0, 4)}-${label}`) || 'event'), ids)
    if (slide.type === 'era') {
      const [start, end = start] = date.split('/')
      periods.push({ id, start, end, label: pair(label) })
      continue
    }
    const links = [...headline.links, ...body.links]
    const media = slideMedia(slide, label, pair, problems)
    if (media?.url) links.push({ url: media.url, label: media.label })
    const sources = dedupe(links).map((link) => ({
      kind: 'link',
      url: link.url,
      label: pair(link.label.slice(0, 300)),
    }))
    if (sources.length === 0)
      problems.push({
        severity: 'reported',
        where: slide.where,
        message: 'no link in its text or media: the event cites no source (--strict refuses it until one is added)',
      })
    events.push({
      id,
      date,
      ...(ours?.approx ? { approx: true } : {}),
      status: ours?.status ?? 'held',
      kind: 'event',
      title: pair(ours?.title ?? label),
      summary: pair(ours?.summary ?? (body.text || label)),
      topics: ours
        ? ours.topics.map((topic, i) => topicWithId(topic, i === 0 ? slide.group : undefined))
        : [topicFor(slide.group)],
      ...(media ? { media: [media.entry] } : {}),
      sources,
    })
  }

  const files = new Map<string, string>()
  const titleText = title ? plain(title.headline, problems, 'title headline').text : ''
  const description = title ? plain(title.text, problems, 'title text').text : ''
  files.set(
    'dataset.yaml',
    yaml({
      schemaVersion: 2,
      language: lang,
      title: pair(titleText || name),
      ...(description ? { description: pair(description.slice(0, 2000)) } : {}),
    }),
  )
  files.set('topics.yaml', yaml({ topics: [...topics.values()] }))
  files.set('kinds.yaml', yaml({ kinds: [{ id: 'event', label: { en: 'Event', ru: 'Событие' } }] }))
  files.set('people.yaml', yaml({ people: [] }))
  files.set('places.yaml', yaml({ places: [] }))
  files.set('periods.yaml', yaml({ periods }))
  for (const [year, list] of byYear(events)) files.set(`events/${year}.yaml`, yaml({ events: list }))
  return { files, events: events.length, periods: periods.length, topics: topics.size, problems }
}

/** `x_timeline` from our own export, checked: a value that is not ours is reported and the slide read as usual. */
function ourFields(slide: Slide, problems: ImportProblem[]) {
  const ours = slide.ours
  if (!ours) return undefined
  const ok =
    typeof ours.id === 'string' &&
    /^[a-z0-9-]{1,100}$/.test(ours.id) &&
    typeof ours.date === 'string' &&
    parseDate(ours.date).ok &&
    Array.isArray(ours.topics) &&
    ours.topics.length > 0 &&
    ours.topics.every((t) => typeof t === 'string' && /^[a-z0-9-]{1,100}$/.test(t)) &&
    (ours.status === 'held' || ours.status === 'planned') &&
    typeof ours.title === 'string' &&
    typeof ours.summary === 'string'
  if (!ok) {
    problems.push({
      severity: 'reported',
      where: slide.where,
      field: 'x_timeline',
      message: 'not in the shape our export writes: ignored',
    })
    return undefined
  }
  return ours as {
    id: string
    date: string
    approx?: boolean
    status: 'held' | 'planned'
    topics: string[]
    title: string
    summary: string
  }
}

function slideDate(slide: Slide, problems: ImportProblem[]): string | undefined {
  if (!slide.start) {
    problems.push({ severity: 'refused', where: slide.where, field: 'start_date', message: 'no start date' })
    return undefined
  }
  const start = convert(slide.start, slide.where, 'start_date', problems)
  if (!start) return undefined
  if (!slide.end) return start
  const end = convert(slide.end, slide.where, 'end_date', problems)
  if (!end || end === start) return start
  if (end < start) {
    problems.push({
      severity: 'reported',
      where: slide.where,
      field: 'end_date',
      message: `${end} is before ${start}: the end is not imported`,
    })
    return start
  }
  return `${start}/${end}`
}

function convert(parts: DateParts, where: string, field: string, problems: ImportProblem[]): string | undefined {
  const result = tljsDateToValue(parts)
  if (!result.ok) {
    problems.push({ severity: 'refused', where, field, message: result.reason })
    return undefined
  }
  if (result.timeDropped)
    problems.push({ severity: 'reported', where, field, message: 'time of day not kept: the date is the day' })
  return result.value
}

function slideMedia(slide: Slide, label: string, pair: (value: string) => Pair, problems: ImportProblem[]) {
  const url = slide.media?.url?.trim()
  if (!url) return undefined
  if (!isWebUrl(url)) {
    problems.push({
      severity: 'reported',
      where: slide.where,
      field: 'media.url',
      message: url.startsWith('<')
        ? 'HTML as media (an embed): not imported, never rendered'
        : `"${url.slice(0, 80)}" is not a web address (http or https): not imported`,
    })
    return undefined
  }
  const caption = slide.media?.caption ? htmlToText(slide.media.caption).text : ''
  const credit = slide.media?.credit ? htmlToText(slide.media.credit).text : ''
  const alt = slide.media?.alt ? htmlToText(slide.media.alt).text : caption || label
  const entry = {
    url,
    alt: pair(alt.slice(0, 1000)),
    ...(caption ? { caption: pair(caption.slice(0, 1000)) } : {}),
    ...(credit ? { credit: pair(credit.slice(0, 500)) } : {}),
  }
  return { url, label: caption || new URL(url).hostname, entry }
}

function plain(html: string, problems: ImportProblem[], where: string) {
  const result = htmlToText(html)
  if (result.dropped.length > 0)
    problems.push({
      severity: 'reported',
      where,
      message: `code removed (${[...new Set(result.dropped)].join(', ')}): never run or shown`,
    })
  return result
}

function dedupe(links: Link[]): Link[] {
  const seen = new Set<string>()
  return links.filter((link) => !seen.has(link.url) && seen.add(link.url))
}

function byYear(events: Record<string, unknown>[]): Map<string, Record<string, unknown>[]> {
  const out = new Map<string, Record<string, unknown>[]>()
  for (const event of events) {
    const year = String(event.date).slice(0, 4)
    out.set(year, [...(out.get(year) ?? []), event])
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)))
}

function yaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 })
}
