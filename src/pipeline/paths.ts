/** Where the pipeline reads and writes: `TIMELINE_DATA` (default `data/`) and its `build/`. */
import path from 'node:path'

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.TIMELINE_DATA ?? 'data')
}

export function buildDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataDir(env), 'build')
}

/** The app build's output: `dist/` for the project's own data, `<dir>/dist/` for another data folder. */
export function appOutDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TIMELINE_DATA ? path.join(dataDir(env), 'dist') : path.resolve('dist')
}
