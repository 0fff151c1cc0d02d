/**
 * The project's Prettier settings applied to a YAML text, so what the studio writes passes `prettier --check`.
 * The settings are the repository's (.prettierrc.json), wherever the data folder is (a temporary copy has none).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export async function formatYaml(text: string): Promise<string> {
  const config = (await prettier.resolveConfig(path.join(REPO, 'data', 'events.yaml'))) ?? {}
  return prettier.format(text, { ...config, parser: 'yaml' })
}
