/**
 * Keeping the audience window and the presenter window on the same slide, both ways.
 * BroadcastChannel where it exists; otherwise `postMessage` between a window and the one that
 * opened it (or the one it opened), accepting only same-origin messages from those windows.
 * Either window may close at any time: the other keeps working on its own.
 */
import { LANGUAGES, type Language } from '../../model'

export const CHANNEL_NAME = 'timeline-present'

const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value)

export type PresentMessage =
  /** Show slide `index` (0-based) with the audience in `lang`. */
  | { type: 'goto'; index: number; lang: Language }
  /** A presenter view has opened and asks for the current slide. */
  | { type: 'hello' }
  /** The sender is closing. */
  | { type: 'bye'; from: 'audience' | 'presenter' }

export interface PresentChannel {
  post(message: PresentMessage): void
  subscribe(listener: (message: PresentMessage) => void): () => void
  /** A window opened from this one (the presenter view), for the postMessage fallback. */
  addPeer(peer: Window): void
  close(): void
}

export function isPresentMessage(value: unknown): value is PresentMessage {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  switch (message.type) {
    case 'goto':
      return (
        typeof message.index === 'number' &&
        Number.isInteger(message.index) &&
        message.index >= 0 &&
        isLanguage(message.lang)
      )
    case 'hello':
      return true
    case 'bye':
      return message.from === 'audience' || message.from === 'presenter'
    default:
      return false
  }
}

/** The minimal BroadcastChannel surface we use, so tests can pass a fake. */
export interface BroadcastLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  close(): void
}

export function broadcastChannel(channel: BroadcastLike): PresentChannel {
  const listeners = new Set<(message: PresentMessage) => void>()
  const onMessage = (event: MessageEvent) => {
    if (isPresentMessage(event.data)) for (const listener of listeners) listener(event.data)
  }
  channel.addEventListener('message', onMessage)
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    addPeer: () => {},
    close() {
      listeners.clear()
      channel.removeEventListener('message', onMessage)
      channel.close()
    },
  }
}

/** The fallback: messages to and from the opener and the windows opened from here, same origin only. */
export function openerChannel(self: Window): PresentChannel {
  const listeners = new Set<(message: PresentMessage) => void>()
  const peers = new Set<Window>()
  if (self.opener) peers.add(self.opener as Window)
  // A file:// page has the opaque origin "null": there the source check below is what keeps strangers out.
  const targetOrigin = self.location.origin === 'null' ? '*' : self.location.origin
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== self.location.origin) return
    if (!event.source || !peers.has(event.source as Window)) return
    if (isPresentMessage(event.data)) for (const listener of listeners) listener(event.data)
  }
  self.addEventListener('message', onMessage)
  return {
    post(message) {
      for (const peer of peers) {
        if (peer.closed) peers.delete(peer)
        else peer.postMessage(message, targetOrigin)
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    addPeer: (peer) => peers.add(peer),
    close() {
      listeners.clear()
      peers.clear()
      self.removeEventListener('message', onMessage)
    },
  }
}

/** The channel for this window: BroadcastChannel when the browser has it, else the opener fallback. */
export function openPresentChannel(self: Window = window): PresentChannel {
  const Broadcast = (self as Window & { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel
  return typeof Broadcast === 'function' ? broadcastChannel(new Broadcast(CHANNEL_NAME)) : openerChannel(self)
}
