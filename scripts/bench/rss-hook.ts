/** Loaded with `node --import` into the pipeline's process: writes its peak resident set (KB) on exit. */
import fs from 'node:fs'

const file = process.env.BENCH_RSS_FILE
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)))
