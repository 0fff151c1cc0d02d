/** The project's Prettier settings applied to a YAML text, so what the studio writes passes `prettier --check`. */
import path from 'node:path'
import * as prettier from 'prettier'

export async function formatYaml(text: string, file: string): Promise<string> {
  const config = (await prettier.resolveConfig(path.resolve(file))) ?? {}
  return prettier.format(text, { ...config, parser: 'yaml', filepath: file })
}
