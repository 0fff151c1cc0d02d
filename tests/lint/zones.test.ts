/**
 * The rooms' lint zones (ADR 0014) fire: snippets placed at virtual paths inside src/ are linted with the
 * project's own eslint.config.js, and each forbidden arrow must be reported while a legal one is not.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: root })

/** The messages of the zones rule for `code` linted as if it were the file at `file` (relative to the root). */
async function zoneMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  if (!result) throw new Error(`ESLint returned no result for ${file}`)
  return result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message)
}

describe('lint zones', { timeout: 60_000 }, () => {
  it('reports a feature importing another feature’s internal file', async () => {
    const messages = await zoneMessages(
      'src/features/list/probe.ts',
      "export { useSearch } from '../search/use-search'\n",
    )
    expect(messages).toEqual([expect.stringContaining('public entry')])
  })

  it('reports a feature importing the app shell', async () => {
    const messages = await zoneMessages('src/features/panel/probe.ts', "export { App } from '../../app/App'\n")
    expect(messages).toEqual([expect.stringContaining('never the app shell')])
  })

  it('reports lib importing a feature, even through its public entry', async () => {
    const messages = await zoneMessages('src/lib/probe.ts', "export { useSearch } from '../features/search'\n")
    expect(messages).toEqual([expect.stringContaining('src/lib is shared infrastructure')])
  })

  it('reports the model importing lib and the pipeline importing a feature', async () => {
    expect(await zoneMessages('src/model/probe.ts', "export { useDataset } from '../lib/data'\n")).toHaveLength(1)
    expect(
      await zoneMessages('src/pipeline/probe.ts', "export { useSearch } from '../features/search'\n"),
    ).toHaveLength(1)
  })

  it('reports the studio’s server part importing lib and its browser part importing the pipeline', async () => {
    expect(
      await zoneMessages('src/studio/server/probe.ts', "export { useDataset } from '../../lib/data'\n"),
    ).toHaveLength(1)
    expect(
      await zoneMessages('src/studio/web/probe.ts', "export { buildDir } from '../../pipeline/paths'\n"),
    ).toHaveLength(1)
  })

  it('allows a feature’s own files, another feature’s public entry, lib and the model', async () => {
    const code = [
      "export { EventList } from './EventList'",
      "export { useSearch } from '../search'",
      "export { useSearch as viaIndex } from '../search/index.ts'",
      "export { useDataset } from '../../lib/data'",
      "export { LANGUAGES } from '../../model'",
      '',
    ].join('\n')
    expect(await zoneMessages('src/features/list/probe.ts', code)).toEqual([])
  })

  it('allows the app shell to import features, and the studio’s parts their own rooms', async () => {
    expect(await zoneMessages('src/app/probe.ts', "export { TimelinePane } from '../features/timeline'\n")).toEqual([])
    expect(
      await zoneMessages('src/studio/web/probe.ts', "export { useSearch } from '../../features/search'\n"),
    ).toEqual([])
    expect(
      await zoneMessages('src/studio/server/probe.ts', "export { buildDir } from '../../pipeline/paths'\n"),
    ).toEqual([])
  })
})
