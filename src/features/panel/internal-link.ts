import type { MouseEvent } from 'react'
import { serializeUrlState, setUrlState, type UrlState } from '../../lib/url-state'

/** A real link (opens in a new tab, copyable) that navigates in place on a plain click. */
export function internalLink(current: UrlState, patch: Partial<UrlState>) {
  const href = serializeUrlState({ ...current, ...patch }) || '?'
  return {
    href,
    onClick(event: MouseEvent<HTMLAnchorElement>) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      event.preventDefault()
      setUrlState(patch)
    },
  }
}
