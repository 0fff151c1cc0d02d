/** An in-memory BroadcastChannel stand-in: every channel on a hub hears the others (not itself), asynchronously. */
import type { PresentChannel, PresentMessage } from '../../../src/features/present/sync'

export class FakeHub {
  readonly channels = new Set<FakeChannel>()
  readonly log: { from: string; message: PresentMessage }[] = []
  open(name: string): FakeChannel {
    const channel = new FakeChannel(this, name)
    this.channels.add(channel)
    return channel
  }
}

export class FakeChannel implements PresentChannel {
  private readonly listeners = new Set<(message: PresentMessage) => void>()
  closed = false
  constructor(
    private readonly hub: FakeHub,
    readonly name: string,
  ) {}

  post(message: PresentMessage): void {
    if (this.closed) throw new Error(`${this.name}: post after close`)
    this.hub.log.push({ from: this.name, message })
    for (const other of this.hub.channels) {
      if (other !== this) queueMicrotask(() => other.deliver(message))
    }
  }

  deliver(message: PresentMessage): void {
    for (const listener of this.listeners) listener(message)
  }

  subscribe(listener: (message: PresentMessage) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  addPeer(): void {}

  close(): void {
    this.closed = true
    this.hub.channels.delete(this)
  }
}
