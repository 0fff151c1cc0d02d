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
  /** The step of a slide shown in parts, and how many there are (the audience decides). */
  part?: number
  parts?: number
  onGoto: (index: number, lang: Language, part: number, parts: number) => void
  onPeerBye?: () => void
  /** A channel to use (tests); by default one is opened for this window and closed on unmount. null: no sync. */
  channel?: PresentChannel | null
}

export function usePresentSync(options: PresentSyncOptions): { current: PresentChannel | null } {
  const { role, index, lang, channel, part = 0, parts = 1 } = options
  const latest = useRef(options)
  const last = useRef({ index, lang, part, parts })
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
          const step = { part: message.part ?? 0, parts: message.parts ?? latest.current.parts ?? 1 }
          last.current = { index: message.index, lang: message.lang, ...step }
          latest.current.onGoto(message.index, message.lang, step.part, step.parts)
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
      const now = last.current
      if (now.index === index && now.lang === lang && now.part === part && now.parts === parts) return
      last.current = { index, lang, part, parts }
      active.current?.post({ type: 'goto', index, lang, part, parts })
    },
    [index, lang, part, parts],
  )
  return active
}
