/**
 * The topic colours on screen are those of data/topics.yaml: each topic's colour is set on the document as
 * `--topic-color-<id>` (element.style.setProperty, which the strict CSP allows where an inline style attribute
 * would not be), and a constructed stylesheet maps `.topic--<id>` to it for every topic of the data, whatever its
 * id (the CSSOM, unlike a <style> element, is not inline style to the policy). Only a topic id and a `#rrggbb`
 * colour, as the schema checks them, are ever written.
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

/** `.topic--<id> { --topic-color: var(--topic-color-<id>) }` for each topic with a safe id. */
export function topicRules(topics: readonly Topic[]): string[] {
  return topics
    .filter((topic) => SAFE_ID.test(topic.id))
    .map((topic) => `.topic--${topic.id} { --topic-color: var(--topic-color-${topic.id}); }`)
}

function adoptTopicRules(topics: readonly Topic[]): () => void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return () => undefined
  const sheet = new CSSStyleSheet()
  for (const rule of topicRules(topics)) sheet.insertRule(rule, sheet.cssRules.length)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
  }
}

/** Before the first paint, so no item is drawn without its colour. */
export function useTopicColours(topics: readonly Topic[]): void {
  useLayoutEffect(() => {
    const removeColours = applyTopicColours(document.documentElement, topics)
    const removeRules = adoptTopicRules(topics)
    return function removeTopicColours() {
      removeColours()
      removeRules()
    }
  }, [topics])
}
