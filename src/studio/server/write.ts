/**
 * The one module that writes into the data folder. Every path is checked to stay inside the folder (no `..`, no
 * absolute path, no symlink on the way out); every write is atomic (a temporary file beside the target, then a
 * rename); every save names the SHA-256 it read and is refused when the file changed on disk since. The last save
 * can be undone: its previous bytes are kept.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { StudioError } from './errors'

export const sha256 = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex')

export interface ReadFile {
  /** The path inside the data folder, with "/". */
  path: string
  bytes: Buffer
  sha256: string
}

export interface Change {
  path: string
  bytes: Uint8Array
  /** The SHA-256 the studio read, or null for a file that must not exist yet. */
  expected: string | null
}

interface Undo {
  path: string
  previous: Buffer | null
  written: string
}

export class DataFolder {
  readonly root: string
  private lastSave: Undo[] = []

  constructor(root: string) {
    this.root = fs.realpathSync(root)
  }

  /** The absolute path of `relative`, or a 403 when it would leave the data folder. */
  resolve(relative: string): string {
    if (typeof relative !== 'string' || relative === '' || relative.includes('\0') || relative.includes('\\')) {
      throw new StudioError(403, `not a path inside the data folder: ${JSON.stringify(relative)}`)
    }
    const parts = relative.split('/')
    if (path.isAbsolute(relative) || parts.some((p) => p === '..' || p === '.' || p === '')) {
      throw new StudioError(403, `the path ${JSON.stringify(relative)} leaves the data folder`)
    }
    const absolute = path.join(this.root, ...parts)
    // Every existing step must be a real folder or file inside the root: a symlink could point anywhere.
    let step = this.root
    for (const part of parts) {
      step = path.join(step, part)
      let stat: fs.Stats
      try {
        stat = fs.lstatSync(step)
      } catch {
        break
      }
      if (stat.isSymbolicLink()) {
        throw new StudioError(403, `the path ${JSON.stringify(relative)} goes through a symbolic link`)
      }
    }
    return absolute
  }

  exists(relative: string): boolean {
    return fs.existsSync(this.resolve(relative))
  }

  read(relative: string): ReadFile {
    const bytes = fs.readFileSync(this.resolve(relative))
    return { path: relative, bytes, sha256: sha256(bytes) }
  }

  /** The SHA-256 of the file now, or null when it does not exist. */
  current(relative: string): string | null {
    const file = this.resolve(relative)
    return fs.existsSync(file) ? sha256(fs.readFileSync(file)) : null
  }

  /** A 409 when the file is not as the studio read it (`expected`: its SHA-256 then, or null for no file). */
  assertUnchanged(relative: string, expected: string | null): void {
    const now = this.current(relative)
    if (now !== expected) throw changedOnDisk(relative, now === null)
  }

  /** Writes all changes or none: every one is checked against the disk before the first is written. */
  save(changes: readonly Change[]): void {
    const previous = changes.map((change) => {
      const file = this.resolve(change.path)
      const bytes = fs.existsSync(file) ? fs.readFileSync(file) : null
      const now = bytes === null ? null : sha256(bytes)
      if (now !== change.expected) throw changedOnDisk(change.path, now === null)
      return { file, bytes }
    })
    const undo: Undo[] = []
    changes.forEach((change, i) => {
      writeAtomic(previous[i]!.file, change.bytes, change.expected === null)
      undo.push({ path: change.path, previous: previous[i]!.bytes, written: sha256(change.bytes) })
    })
    this.lastSave = undo
  }

  /** Puts back what the last save replaced; refused when a file changed since that save. */
  undo(): string[] {
    const undo = this.lastSave
    if (undo.length === 0) throw new StudioError(409, 'there is no save to undo')
    for (const step of undo) {
      if (this.current(step.path) !== step.written) throw changedOnDisk(step.path, false)
    }
    for (const step of undo) {
      const file = this.resolve(step.path)
      if (step.previous === null) fs.rmSync(file)
      else writeAtomic(file, step.previous, false)
    }
    this.lastSave = []
    return undo.map((step) => step.path)
  }
}

function changedOnDisk(relative: string, gone: boolean): StudioError {
  return new StudioError(
    409,
    gone
      ? `${relative} was removed on disk since the studio read it: nothing was written, reload to see the folder as it is`
      : `${relative} changed on disk since the studio read it (another editor or a git checkout): nothing was ` +
          'written; your form keeps its content, reload the file to merge',
  )
}

/** Temporary file beside the target, flushed, then renamed over it (or hard-linked, when it must be new). */
function writeAtomic(file: string, bytes: Uint8Array, mustBeNew: boolean): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.tmp`)
  const fd = fs.openSync(temp, 'wx')
  try {
    fs.writeSync(fd, bytes)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  try {
    if (mustBeNew) {
      // link() fails with EEXIST rather than replace a file that appeared since the check.
      fs.linkSync(temp, file)
      fs.rmSync(temp)
    } else fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw changedOnDisk(path.basename(file), false)
    throw error
  }
}
