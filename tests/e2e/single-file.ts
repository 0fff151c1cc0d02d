/** The offline single file, built for the test that opens it. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { SINGLE_FILE_NAME, singleOutDir } from '../../src/pipeline/vite-single-file'

/**
 * Builds the single file (`vite build --mode single`) from the current code and data, in a few seconds: `npm test`
 * has just run `npm run data`. Returns the built file's path.
 */
export function buildSingleFile(): string {
  const vite = path.resolve('node_modules/vite/bin/vite.js')
  execFileSync(process.execPath, [vite, 'build', '--mode', 'single', '--logLevel', 'error'], { stdio: 'inherit' })
  return path.join(singleOutDir(), SINGLE_FILE_NAME)
}

/** A new temporary folder, for a test to copy the file into; the test removes it. */
export const tempFolder = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

/** Builds the single file and copies it into a new temporary folder, as someone would receive it. */
export function singleFileCopy(prefix: string): { folder: string; fileUrl: string } {
  const built = buildSingleFile()
  const folder = tempFolder(prefix)
  const copy = path.join(folder, SINGLE_FILE_NAME)
  fs.copyFileSync(built, copy)
  return { folder, fileUrl: pathToFileURL(copy).href }
}
