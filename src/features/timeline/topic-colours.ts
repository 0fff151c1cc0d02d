/**
 * The topic colours on screen are those of data/topics.yaml: each topic's colour is set on the document as
 * `--topic-color-<id>` (element.style.setProperty, which the strict CSP allows where an inline style attribute
 * would not be), and tokens.css maps `.topic--<id>` to it. Only a topic id and a `#rrggbb` colour, as the schema
 * checks them, are ever written.
 */
import { useLayoutEffect } from 'react'
import type { Topic } from '../../model'

const SAFE_ID = /^[a-z0-9-]+$/
const SAFE_COLOUR = /^#[0-9a-f]{6}$/

export function applyTopicColours(root: HTMLElement, topics: readonly Topic[]): () => void {
  const names: string[] = []
  for (const topic of topics) {
    if (!SAFE_ID.test(topic.id) || !SAFE_COLOUR.test(topic.color)) continue
    const name = `--topic-color-${topic.id}`
    root.style.setProperty(name, topic.color)
    names.push(name)
  }
  return () => {
    for (const name of names) root.style.removeProperty(name)
  }
}

/** Before the first paint, so no item is drawn without its colour. */
export function useTopicColours(topics: readonly Topic[]): void {
  useLayoutEffect(() => applyTopicColours(document.documentElement, topics), [topics])
}
