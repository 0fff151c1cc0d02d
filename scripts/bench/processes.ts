/** Child processes of the benchmark: the pipeline (timed, peak memory) and the Vite builds. */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const VITE = path.join(ROOT, 'node_modules', '.bin', 'vite')

interface Finished {
  code: number | null
  output: string
  seconds: number
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Finished> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => {
      keep(Buffer.from(`\n(timed out after ${timeoutMs / 1000} s)`))
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output, seconds: Number(process.hrtime.bigint() - started) / 1e9 })
    })
    child.on('error', (error) => keep(Buffer.from(String(error))))
  })
}

const lastLines = (text: string) => text.trim().split('\n').slice(-5).join(' | ')

export interface PipelineRun {
  seconds: number | null
  peakMB: number | null
  error: string | null
  /** The pipeline's own CPU time (its `--timings` total), which a machine shared with other work distorts less. */
  cpuSeconds?: number | null
}

/** `TIMELINE_DATA=dir src/pipeline/cli.ts` in one Node process, so its peak RSS is the pipeline's. */
export async function runPipeline(dataDir: string, timeoutMs: number, options: string[] = []): Promise<PipelineRun> {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${Date.now()}`)
  const hook = path.join(ROOT, 'scripts/bench/rss-hook.ts')
  const args = ['--import', 'tsx', '--import', hook, 'src/pipeline/cli.ts', ...options]
  const done = await run(process.execPath, args, { TIMELINE_DATA: dataDir, BENCH_RSS_FILE: rssFile }, timeoutMs)
  let peakMB: number | null = null
  if (fs.existsSync(rssFile)) {
    peakMB = Number(fs.readFileSync(rssFile, 'utf8')) / 1024
    fs.rmSync(rssFile, { force: true })
  }
  if (done.code !== 0) return { seconds: null, peakMB: null, error: `pipeline failed: ${lastLines(done.output)}` }
  const cpu = /^total +\d+ ms +(\d+) ms CPU$/m.exec(done.output)?.[1]
  return { seconds: done.seconds, peakMB, error: null, cpuSeconds: cpu === undefined ? null : Number(cpu) / 1000 }
}

/** `vite build` of the app for a data folder (output `<dir>/dist`); null on success, else why not. */
export async function buildApp(dataDir: string, timeoutMs: number): Promise<string | null> {
  const done = await run(VITE, ['build', '--logLevel', 'warn'], { TIMELINE_DATA: dataDir }, timeoutMs)
  return done.code === 0 ? null : `app build failed: ${lastLines(done.output)}`
}

export async function buildPlain(timeoutMs: number): Promise<string | null> {
  const done = await run(VITE, ['build', '--config', 'scripts/bench/plain/vite.config.ts'], {}, timeoutMs)
  return done.code === 0 ? null : `plain page build failed: ${lastLines(done.output)}`
}
