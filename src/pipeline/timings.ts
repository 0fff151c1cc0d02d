/**
 * `npm run data -- --timings`: how long each phase of a run took (wall clock, and CPU time of the process,
 * which a loaded machine distorts less) and the process's peak memory, printed to stderr. A phase ends when
 * the next one is marked.
 */
import { performance } from 'node:perf_hooks'

interface Phase {
  name: string
  ms: number
  cpuMs: number
}

const cpuMs = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

export class Timings {
  readonly phases: Phase[] = []
  private last: number
  private lastCpu: number

  /** `start` 0 counts from the process's start, so that module loading is the first phase. */
  constructor(private readonly started = performance.now()) {
    this.last = started
    this.lastCpu = started === 0 ? 0 : cpuMs()
  }

  /** Ends the phase running since the previous mark (or since the start) under `name`. */
  mark(name: string): void {
    const now = performance.now()
    const cpu = cpuMs()
    this.phases.push({ name, ms: now - this.last, cpuMs: cpu - this.lastCpu })
    this.last = now
    this.lastCpu = cpu
  }

  lines(): string[] {
    const total = { name: 'total', ms: performance.now() - this.started, cpuMs: 0 }
    total.cpuMs = this.phases.reduce((sum, p) => sum + p.cpuMs, 0) + cpuMs() - this.lastCpu
    const width = Math.max(...[...this.phases, total].map((p) => p.name.length))
    const row = ({ name, ms, cpuMs }: Phase) =>
      `${name.padEnd(width)}  ${ms.toFixed(0).padStart(7)} ms  ${cpuMs.toFixed(0).padStart(7)} ms CPU`
    const peakMB = process.resourceUsage().maxRSS / 1024
    return [...this.phases.map(row), row(total), `${'peak RSS'.padEnd(width)}  ${peakMB.toFixed(0).padStart(7)} MB`]
  }
}
