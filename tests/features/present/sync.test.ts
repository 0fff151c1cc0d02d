import { describe, expect, it, vi } from 'vitest'
import {
  broadcastChannel,
  isPresentMessage,
  openerChannel,
  type BroadcastLike,
  type PresentMessage,
} from '../../../src/features/present/sync'

describe('isPresentMessage', () => {
  it('accepts the three messages and nothing else', () => {
    expect(isPresentMessage({ type: 'goto', index: 2, lang: 'ru' })).toBe(true)
    expect(isPresentMessage({ type: 'hello' })).toBe(true)
    expect(isPresentMessage({ type: 'bye', from: 'presenter' })).toBe(true)
    expect(isPresentMessage({ type: 'goto', index: -1, lang: 'ru' })).toBe(false)
    expect(isPresentMessage({ type: 'goto', index: 1.5, lang: 'en' })).toBe(false)
    expect(isPresentMessage({ type: 'goto', index: 1, lang: 'de' })).toBe(false)
    expect(isPresentMessage({ type: 'bye', from: 'someone' })).toBe(false)
    expect(isPresentMessage({ type: 'eval', code: 'alert(1)' })).toBe(false)
    expect(isPresentMessage('goto')).toBe(false)
    expect(isPresentMessage(null)).toBe(false)
  })
})

function fakeBroadcast() {
  let listener: ((event: MessageEvent) => void) | null = null
  const raw: BroadcastLike & { sent: unknown[]; closed: boolean } = {
    sent: [],
    closed: false,
    postMessage(message) {
      this.sent.push(message)
    },
    addEventListener: (_type, l) => (listener = l),
    removeEventListener: (_type, l) => {
      if (listener === l) listener = null
    },
    close() {
      this.closed = true
    },
  }
  const receive = (data: unknown) => listener?.(new MessageEvent('message', { data }))
  return { raw, receive }
}

describe('broadcastChannel', () => {
  it('posts messages and hands valid incoming ones to subscribers', () => {
    const { raw, receive } = fakeBroadcast()
    const channel = broadcastChannel(raw)
    const got: PresentMessage[] = []
    channel.subscribe((m) => got.push(m))
    channel.post({ type: 'goto', index: 3, lang: 'en' })
    receive({ type: 'goto', index: 1, lang: 'ru' })
    receive({ type: 'nonsense' })
    expect(raw.sent).toEqual([{ type: 'goto', index: 3, lang: 'en' }])
    expect(got).toEqual([{ type: 'goto', index: 1, lang: 'ru' }])
  })

  it('stops listening and closes the channel on close', () => {
    const { raw, receive } = fakeBroadcast()
    const channel = broadcastChannel(raw)
    const listener = vi.fn()
    channel.subscribe(listener)
    channel.close()
    receive({ type: 'hello' })
    expect(listener).not.toHaveBeenCalled()
    expect(raw.closed).toBe(true)
  })
})

describe('openerChannel (no BroadcastChannel)', () => {
  function fakeWindow(origin: string, opener: unknown = null) {
    const target = new EventTarget()
    return Object.assign(target, {
      opener,
      closed: false,
      location: { origin },
      posted: [] as [unknown, string][],
      postMessage(message: unknown, targetOrigin: string) {
        this.posted.push([message, targetOrigin])
      },
    })
  }

  it('posts to the opener and to opened peers with this origin as the target', () => {
    const opener = fakeWindow('http://127.0.0.1:4000')
    const self = fakeWindow('http://127.0.0.1:4000', opener)
    const peer = fakeWindow('http://127.0.0.1:4000')
    const channel = openerChannel(self as unknown as Window)
    channel.addPeer(peer as unknown as Window)
    channel.post({ type: 'hello' })
    expect(opener.posted).toEqual([[{ type: 'hello' }, 'http://127.0.0.1:4000']])
    expect(peer.posted).toEqual([[{ type: 'hello' }, 'http://127.0.0.1:4000']])
  })

  it('skips a peer that has closed', () => {
    const self = fakeWindow('http://127.0.0.1:4000')
    const peer = fakeWindow('http://127.0.0.1:4000')
    const channel = openerChannel(self as unknown as Window)
    channel.addPeer(peer as unknown as Window)
    peer.closed = true
    expect(() => channel.post({ type: 'hello' })).not.toThrow()
    expect(peer.posted).toEqual([])
  })

  it('accepts messages only from its peers and from its own origin', () => {
    const opener = fakeWindow('http://127.0.0.1:4000')
    const stranger = fakeWindow('http://127.0.0.1:4000')
    const self = fakeWindow('http://127.0.0.1:4000', opener)
    const channel = openerChannel(self as unknown as Window)
    const got: PresentMessage[] = []
    channel.subscribe((m) => got.push(m))
    const send = (data: unknown, origin: string, source: unknown) =>
      self.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }))

    send({ type: 'goto', index: 1, lang: 'en' }, 'http://127.0.0.1:4000', opener)
    send({ type: 'goto', index: 2, lang: 'en' }, 'http://evil.example', opener)
    send({ type: 'goto', index: 3, lang: 'en' }, 'http://127.0.0.1:4000', stranger)
    send({ type: 'bogus' }, 'http://127.0.0.1:4000', opener)
    expect(got).toEqual([{ type: 'goto', index: 1, lang: 'en' }])

    channel.close()
    send({ type: 'hello' }, 'http://127.0.0.1:4000', opener)
    expect(got).toHaveLength(1)
  })
})
