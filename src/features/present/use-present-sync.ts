/**
 * The two windows in step: a local change of slide or audience language is posted; a remote one is
 * applied through `onGoto` and not echoed back. The presenter asks for the current slide when it opens.
 */
import { useEffect, useRef } from 'react'
import type { Language } from '../../model'
import { openPresentChannel, type PresentChannel } from './sync'

export interface PresentSyncOptions {
  role: 'audience' | 'presenter'
  index: number
  lang: Language
  onGoto: (index: number, lang: Language) => void
  onPeerBye?: () => void
  /** A channel to use (tests); by default one is opened for this window and closed on unmount. null: no sync. */
  channel?: PresentChannel | null
}

export function usePresentSync(options: PresentSyncOptions): { current: PresentChannel | null } {
  const { role, index, lang, channel } = options
  const latest = useRef(options)
  const last = useRef({ index, lang })
  const active = useRef<PresentChannel | null>(null)
  useEffect(() => {
    latest.current = options
  })

  useEffect(
    function connect() {
      if (channel === null) return
      const port = channel ?? openPresentChannel()
      active.current = port
      const unsubscribe = port.subscribe((message) => {
        if (message.type === 'goto') {
          last.current = { index: message.index, lang: message.lang }
          latest.current.onGoto(message.index, message.lang)
        } else if (message.type === 'hello' && latest.current.role === 'audience') {
          port.post({ type: 'goto', ...last.current })
        } else if (message.type === 'bye' && message.from !== latest.current.role) {
          latest.current.onPeerBye?.()
        }
      })
      const sayBye = () => port.post({ type: 'bye', from: latest.current.role })
      window.addEventListener('pagehide', sayBye)
      if (role === 'presenter') port.post({ type: 'hello' })
      return function disconnect() {
        window.removeEventListener('pagehide', sayBye)
        unsubscribe()
        active.current = null
        sayBye()
        if (channel === undefined) port.close()
      }
    },
    [channel, role],
  )

  useEffect(
    function postLocalChange() {
      if (last.current.index === index && last.current.lang === lang) return
      last.current = { index, lang }
      active.current?.post({ type: 'goto', index, lang })
    },
    [index, lang],
  )
  return active
}
