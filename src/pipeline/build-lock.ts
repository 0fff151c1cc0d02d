/**
 * One writer of a build folder at a time. Across processes, a lock file beside it (`build.lock`, created
 * exclusively) says who holds it: pid, host and start time. A lock whose pid is dead on this host is stale (a
 * run killed with -9 leaves one) and is taken over; a live holder is waited for, then named in the error.
 * Within a process, writers queue on a promise, so they do not poll the file against each other.
 */
import fs from 'node:fs'
import os from 'node:os'

export interface LockHolder {
  pid: number
  host: string
  started: string
}

export interface LockOptions {
  /** How long to wait for a live holder before giving up (default two minutes; 0 refuses at once). */
  waitMs?: number
  /** Told once when the run has to wait, with who holds the lock. */
  onWait?: (holder: LockHolder) => void
}

export class BuildLockedError extends Error {}

const POLL_MS = 50
/** A lock file still without a name after this long was left by a run killed between creating and writing it. */
const UNNAMED_STALE_MS = 10_000
const queues = new Map<string, Promise<unknown>>()

export async function withBuildLock<T>(lockFile: string, work: () => Promise<T>, options: LockOptions = {}) {
  const before = queues.get(lockFile) ?? Promise.resolve()
  const run = before.catch(() => undefined).then(() => holdingLock(lockFile, work, options))
  const settled = run.catch(() => undefined)
  queues.set(lockFile, settled)
  void settled.then(() => queues.get(lockFile) === settled && queues.delete(lockFile))
  return run
}

async function holdingLock<T>(lockFile: string, work: () => Promise<T>, options: LockOptions): Promise<T> {
  const mine = await acquire(lockFile, options)
  try {
    return await work()
  } finally {
    // Only our own: a lock taken over from us (we were thought dead) is not ours to remove.
    if (readLock(lockFile) === mine) fs.rmSync(lockFile, { force: true })
  }
}

async function acquire(lockFile: string, { waitMs = 120_000, onWait }: LockOptions): Promise<string> {
  const mine = JSON.stringify({ pid: process.pid, host: os.hostname(), started: new Date().toISOString() })
  const deadline = Date.now() + waitMs
  let told = false
  for (;;) {
    try {
      fs.writeFileSync(lockFile, mine, { flag: 'wx' })
      return mine
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const seen = readLock(lockFile)
    if (seen === undefined) continue // released meanwhile
    const holder = parseHolder(seen)
    if (holder ? holder.host === os.hostname() && !alive(holder.pid) : unnamedFor(lockFile, UNNAMED_STALE_MS)) {
      // Stale: removed only if unchanged since read, so a lock just taken over by another run stays.
      if (readLock(lockFile) === seen) fs.rmSync(lockFile, { force: true })
      continue
    }
    if (Date.now() >= deadline) throw new BuildLockedError(lockedMessage(lockFile, holder))
    if (!told && holder) onWait?.(holder)
    told = true
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

function lockedMessage(lockFile: string, holder: LockHolder | undefined): string {
  const who = holder
    ? `process ${holder.pid} on ${holder.host}, since ${holder.started}`
    : 'a process that has not yet written its name'
  return `${lockFile}: another run is writing this build (${who}); wait for it to finish, or remove the lock file if that process is gone`
}

function readLock(lockFile: string): string | undefined {
  try {
    return fs.readFileSync(lockFile, 'utf8')
  } catch {
    return undefined
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>
    const ok = typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.started === 'string'
    return ok ? (value as LockHolder) : undefined
  } catch {
    return undefined // being written by its creator at this instant
  }
}

function unnamedFor(lockFile: string, ms: number): boolean {
  const stats = fs.statSync(lockFile, { throwIfNoEntry: false })
  return stats !== undefined && Date.now() - stats.mtimeMs > ms
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // alive, another user's
  }
}
