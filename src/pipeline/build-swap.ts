/**
 * Replacing a build folder so that no reader ever finds it missing: `build` is a symbolic link to a folder
 * `.build-<stamp>` beside it, and a new build is a new such folder, swapped in by renaming a new link over
 * the old one (rename(2) replaces its target atomically on POSIX; renaming folders, as before, left a moment
 * without `build/`, and ENOTEMPTY when two runs crossed). The folder replaced is kept until the next swap, for
 * a reader still inside it; anything else named `.build-*` (a run killed before its swap) is removed. Callers
 * hold the build's lock (build-lock.ts), so no other run's folder is ever in the way.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const PREFIX = '.build-'

/** A new, empty folder for the next build. */
export async function newGeneration(buildDirectory: string): Promise<string> {
  const stamp = `${new Date().toISOString().replace(/[-:.]/g, '')}-${crypto.randomBytes(4).toString('hex')}`
  const folder = path.join(path.dirname(buildDirectory), `${PREFIX}${stamp}`)
  await fs.promises.mkdir(folder)
  return folder
}

/** Points `buildDirectory` at `generation`, then removes the leftovers of earlier runs. */
export async function swapIn(buildDirectory: string, generation: string): Promise<void> {
  const parent = path.dirname(buildDirectory)
  const link = path.join(parent, `${PREFIX}link-${crypto.randomBytes(4).toString('hex')}`)
  // Relative, so the data folder can be moved or mounted elsewhere; Windows wants a junction's full path.
  const windows = process.platform === 'win32'
  await fs.promises.symlink(windows ? generation : path.basename(generation), link, 'junction')
  const current = await fs.promises.lstat(buildDirectory).catch(() => undefined)
  let previous: string | undefined
  if (current?.isSymbolicLink()) previous = path.basename(await fs.promises.readlink(buildDirectory))
  else if (current) {
    // A build folder from before this scheme: moved aside once (the only moment without `build/`).
    previous = `${PREFIX}folder-${crypto.randomBytes(4).toString('hex')}`
    await fs.promises.rename(buildDirectory, path.join(parent, previous))
  }
  await fs.promises.rename(link, buildDirectory)
  await removeLeftovers(parent, new Set([path.basename(generation), ...(previous ? [previous] : [])]))
}

async function removeLeftovers(parent: string, keep: ReadonlySet<string>): Promise<void> {
  for (const name of await fs.promises.readdir(parent)) {
    if (name.startsWith(PREFIX) && !keep.has(name)) {
      await fs.promises.rm(path.join(parent, name), { recursive: true, force: true })
    }
  }
}
