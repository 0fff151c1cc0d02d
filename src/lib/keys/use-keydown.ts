/**
 * The one way to listen for keys on the whole page. A listener names its layer, and the layer fixes where and
 * in which phase it listens, so the order in which a key is offered is written here, once:
 *
 * 1. `presentation` (window, capture): before anything else, even a focused control. The presentation covers
 *    the app (the shell's menu, panel and help are not mounted meanwhile); a key it uses goes no further.
 * 2. `menu` (document, capture): an open menu's Esc, before the focused widget and the panel.
 * 3. The focused widget's own `onKeyDown` (the search box's Esc, the list's arrows, the shortcuts dialog's Esc
 *    and "?"): React, not this hook.
 * 4. `dialog` (document, bubble): the detail panel's Esc, after the widget.
 * 5. `global` (window, bubble): the page's shortcuts ("?" for help, P to present), last.
 *
 * A key whose default an earlier listener prevented is skipped. The handler returns true when it used the key:
 * its default is then prevented (and, for the presentation, its propagation stopped). Unless a listener asks
 * for them, keys typed in a field and keys with Ctrl, Meta or Alt are ignored. Listeners are removed with an
 * AbortController when the component unmounts or `enabled` turns false.
 */
import { useEffect, useEffectEvent } from 'react'
import { isTyping } from './is-typing'

export type KeyLayer = 'presentation' | 'menu' | 'dialog' | 'global'

const PLACES: Record<KeyLayer, { target: () => Window | Document; capture: boolean }> = {
  presentation: { target: () => window, capture: true },
  menu: { target: () => document, capture: true },
  dialog: { target: () => document, capture: false },
  global: { target: () => window, capture: false },
}

export interface KeydownOptions {
  /** Listen at all (default true): an open menu listens only while open. */
  enabled?: boolean
  /** Also keys typed in an input, textarea, select or editable element (default false). */
  typing?: boolean
  /** Also keys pressed with Ctrl, Meta or Alt (default false). */
  modified?: boolean
}

export function useKeydown(
  layer: KeyLayer,
  handler: (event: KeyboardEvent) => boolean | void,
  { enabled = true, typing = false, modified = false }: KeydownOptions = {},
): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return
    if (!modified && (event.ctrlKey || event.metaKey || event.altKey)) return
    if (!typing && isTyping(event.target)) return
    if (handler(event) !== true) return
    event.preventDefault()
    if (layer === 'presentation') event.stopPropagation()
  })
  useEffect(
    function listenForKeys() {
      if (!enabled) return
      const controller = new AbortController()
      const { target, capture } = PLACES[layer]
      target().addEventListener('keydown', (event) => onKey(event as KeyboardEvent), {
        signal: controller.signal,
        capture,
      })
      return function stopListening() {
        controller.abort()
      }
    },
    [layer, enabled],
  )
}
