/** A document's declared language against the letters its text is written in. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../src/pipeline/build-dataset'
import { formatProblems } from '../../src/pipeline/report'
import { scriptLanguage } from '../../src/pipeline/text-language'
import { fixture } from './fixture'

describe('scriptLanguage', () => {
  it('names the language of two thirds of the letters, and nothing for a short or mixed text', () => {
    expect(scriptLanguage('Министры иностранных дел встретились в Токио. '.repeat(3))).toBe('ru')
    expect(scriptLanguage('The foreign ministers met in Tokyo on Friday. '.repeat(3))).toBe('en')
    expect(scriptLanguage('Коно, Kono')).toBeNull()
    expect(scriptLanguage('Министры встретились. '.repeat(3) + 'The ministers met. '.repeat(3))).toBeNull()
  })
})

describe('a document whose meta file names the other language', () => {
  it('is reported at its language line, so --strict refuses it', () => {
    const dir = fixture()
    const meta = fs.readdirSync(path.join(dir, 'sources')).find((name) => name.endsWith('-ru.meta.yaml'))!
    const file = path.join(dir, 'sources', meta)
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^language: ru$/m, 'language: en'))
    const result = buildDataset(dir, { buildDate: '2024-01-01', strict: true })
    expect(formatProblems(result.problems, dir)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^error: sources/${meta.replace(/\./g, '\\.')}:\\d+: language: language: en, but the text is written in Cyrillic letters \\(language ru\\?\\)`,
        ),
      ),
    )
  })
})
