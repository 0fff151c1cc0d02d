/** The README's nginx example sends what the build's _headers says, so following it gives the tested headers. */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deployHeaders, headersFor } from '../../src/pipeline/deploy-headers'

const readme = fs.readFileSync('README.md', 'utf8')
const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
const rules = deployHeaders(fs.readFileSync('index.html', 'utf8'))

/** The `add_header`s of the block whose `location` line names `prefix` (not those of blocks nested in it). */
function addHeaders(prefix: string): Record<string, string> {
  const start = nginx.indexOf(`location ${prefix} {`)
  if (start === -1) throw new Error(`the README's nginx example has no "location ${prefix}"`)
  let depth = 0
  const own: string[] = []
  for (const line of nginx.slice(start).split('\n')) {
    if (depth === 1) own.push(line)
    depth += (line.match(/{/g) ?? []).length - (line.match(/}/g) ?? []).length
    if (depth === 0) break
  }
  const headers = own.flatMap((line) => {
    const match = /^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/.exec(line)
    return match ? [[match[1], match[2]] as const] : []
  })
  return Object.fromEntries(headers)
}

describe("the README's nginx example", () => {
  it('sends the page and the data the headers of _headers', () => {
    expect(addHeaders('/timelines/rj/')).toEqual(headersFor(rules, '/timelines/rj/data/dataset.json', '/timelines/rj/'))
    expect(addHeaders('/timelines/rj/')).toEqual(headersFor(rules, '/timelines/rj/', '/timelines/rj/'))
  })

  it('sends the hashed assets the headers of _headers, the long cache among them', () => {
    expect(addHeaders('/timelines/rj/assets/')).toEqual(
      headersFor(rules, '/timelines/rj/assets/index-abc.js', '/timelines/rj/'),
    )
  })
})
