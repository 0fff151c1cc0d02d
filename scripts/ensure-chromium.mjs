#!/usr/bin/env node
/* global process, console -- a Node script; the shared ESLint config declares browser-neutral globals only */
/**
 * `pretest`: makes sure the tools the tests drive are on this machine: a Chromium for the
 * end-to-end tests and `pdftotext` (poppler-utils) for the print test. When one is missing and
 * we are root on Debian/Ubuntu, installs it with apt; otherwise prints the exact command to run
 * and exits 1, so `npm test` stops before the build with a clear message instead of failing later.
 *
 * The Chromium search order matches `findChromium()` in tests/e2e/browser.ts.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
const APT_COMMAND = 'apt-get update && apt-get install -y chromium poppler-utils'

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

function findChromium() {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null
  return CHROMIUM_PATHS.find(isExecutable) ?? null
}

function onPath(command) {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => isExecutable(path.join(dir, command)))
}

function missingPackages() {
  const missing = []
  if (!findChromium()) missing.push('chromium')
  if (!onPath('pdftotext')) missing.push('poppler-utils')
  return missing
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return result.status === 0
}

function explain(missing) {
  const lines = [`The tests need ${missing.join(' and ')}, which this machine does not have.`]
  if (process.env.CHROME_PATH && missing.includes('chromium')) {
    lines.push(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which is not an executable file.`)
  }
  lines.push(
    'On Debian or Ubuntu, install them with:',
    `  sudo sh -c '${APT_COMMAND}'`,
    'Elsewhere, install Chromium (or Chrome) and poppler (for pdftotext), and point the tests at the',
    'browser with CHROME_PATH=/path/to/chromium if it is not in /usr/bin.',
  )
  console.error(lines.join('\n'))
}

const missing = missingPackages()
if (missing.length === 0) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
// A wrong CHROME_PATH is the user's choice to fix; installing Debian's Chromium would not change it.
const installable = missing.filter((name) => name !== 'chromium' || !process.env.CHROME_PATH)
if (isRoot && onPath('apt-get') && installable.length > 0) {
  console.log(`Installing ${installable.join(', ')} with apt (running as root)…`)
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', ...installable])) {
    const stillMissing = missingPackages()
    if (stillMissing.length === 0) process.exit(0)
    explain(stillMissing)
    process.exit(1)
  }
}
explain(missing)
process.exit(1)
