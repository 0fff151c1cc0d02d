/**
 * Whether a path given to the pipeline or the suggest tool can be read as a file, asked before opening it:
 * opening a FIFO blocks until someone writes to it (the tools hung), and a dangling symlink, a folder or a
 * device fails with a bare errno. Each becomes a sentence that says what is there instead.
 */
import fs from 'node:fs'

/** A document over this size is refused: the pipeline holds it, and its display text, in memory at once. */
export const DOCUMENT_LIMIT_BYTES = 10 * 1024 * 1024

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`

/** Why `file` is not a readable regular file (at most `maxBytes` long), or null when it is. */
export function notAFile(file: string, maxBytes?: number): string | null {
  let stats: fs.Stats
  try {
    stats = fs.statSync(file)
  } catch (error) {
    return statFailure(file, (error as NodeJS.ErrnoException).code)
  }
  if (stats.isDirectory()) return 'a folder, where a file is expected'
  if (!stats.isFile()) return `${specialKind(stats)}, where a file is expected`
  if (maxBytes !== undefined && stats.size > maxBytes) {
    return `${megabytes(stats.size)} (${stats.size} bytes), over the ${megabytes(maxBytes)} limit for one file: split it`
  }
  return null
}

function statFailure(file: string, code: string | undefined): string {
  if (code === 'ENOENT') {
    const link = fs.lstatSync(file, { throwIfNoEntry: false })
    if (link?.isSymbolicLink()) return `a symbolic link to ${fs.readlinkSync(file)}, which does not exist`
    return 'the file is missing'
  }
  if (code === 'ELOOP') return 'a symbolic link that loops'
  if (code === 'EACCES') return 'cannot be read (permission denied)'
  if (code === 'ENOTDIR') return 'the file is missing (a part of its path is a file, not a folder)'
  return `cannot be read (${code ?? 'unknown error'})`
}

function specialKind(stats: fs.Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/** The bytes of `file`, or why not; a read error (a race with a change, an I/O error) is an answer too. */
export function readInputFile(file: string, maxBytes?: number): { bytes: Buffer } | { reason: string } {
  const reason = notAFile(file, maxBytes)
  if (reason) return { reason }
  try {
    return { bytes: fs.readFileSync(file) }
  } catch (error) {
    return { reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }
  }
}

/** The sorted entries of folder `dir`, undefined when there is nothing there, or why it is not a folder. */
export function readFolder(dir: string): { names: string[] | undefined } | { reason: string } {
  const stats = fs.statSync(dir, { throwIfNoEntry: false })
  if (!stats) {
    const link = fs.lstatSync(dir, { throwIfNoEntry: false })
    return link ? { reason: `a symbolic link to ${fs.readlinkSync(dir)}, which does not exist` } : { names: undefined }
  }
  if (!stats.isDirectory()) return { reason: 'not a folder' }
  try {
    return { names: fs.readdirSync(dir).sort() }
  } catch (error) {
    return { reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }
  }
}
