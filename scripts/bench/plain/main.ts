/**
 * The benchmark's floor: plain vis-timeline (peer build), default options, fed the app's dataset with the
 * app's item semantics (a point for a day, otherwise a range ending the day after; the English title as text),
 * and a topic filter through a DataView.
 */
import { DataSet, DataView } from 'vis-data/peer'
import { Timeline, type DataItem } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import { dayNumber, isoFromDayNumber } from '../../../src/model/date/calendar'
import type { Dataset } from '../../../src/model/schema'

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return isoFromDayNumber(dayNumber(y, m, d) + 1)
}

async function main(): Promise<void> {
  const dataset = (await (await fetch('./data/dataset.json')).json()) as Dataset
  const shown = new Set(dataset.topics.map((topic) => topic.id as string))
  const items = new DataSet<DataItem & { id: string; topics: string[] }>(
    dataset.events.map((event) => {
      const point = /^\d{4}-\d{2}-\d{2}$/.test(event.date)
      return {
        id: event.id,
        content: event.title.en,
        start: event.start,
        ...(point ? { type: 'point' } : { end: nextDay(event.end), type: 'range' }),
        topics: event.topics,
      }
    }),
  )
  const view = new DataView(items, { filter: (item) => item.topics.some((topic) => shown.has(topic)) })
  const fieldset = document.getElementById('topics') as HTMLFieldSetElement
  for (const topic of dataset.topics) {
    const label = document.createElement('label')
    const box = document.createElement('input')
    box.type = 'checkbox'
    box.checked = true
    box.addEventListener('change', () => {
      if (box.checked) shown.add(topic.id)
      else shown.delete(topic.id)
      view.refresh()
    })
    label.append(box, ` ${topic.label.en} `)
    fieldset.append(label)
  }
  new Timeline(document.getElementById('timeline') as HTMLElement, view as never, {})
}

void main()
