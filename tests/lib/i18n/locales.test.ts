/** Every UI key exists in both locales and is used somewhere in src/ (dynamic keys via an allow-list). */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import ru from '../../../locales/ru.json'
import { LANGUAGES, PRECISIONS, STATUSES } from '../../../src/model'
import { ID_KEYS, VIEWS } from '../../../src/lib/url-state'
import { SHORTCUTS } from '../../../src/features/help'
import { LEGEND_MARKS } from '../../../src/features/timeline/Legend'

const PLURAL = /_(zero|one|two|few|many|other)$/

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

const baseKeys = (tree: object) => [...new Set(keys(tree).map((key) => key.replace(PLURAL, '')))].sort()

/** Keys built at run time: `precision.${kind}`, `language.${lang}`, … (event kinds' labels are data: kinds.yaml). */
const dynamicKeys = new Set([
  ...PRECISIONS.map((precision) => `precision.${precision}`),
  ...LANGUAGES.map((lang) => `language.${lang}`),
  ...LANGUAGES.map((lang) => `languageName.${lang}`),
  ...LANGUAGES.map((lang) => `present.lang.${lang}`),
  ...VIEWS.map((view) => `view.${view}`),
  ...ID_KEYS.map((key) => `link.unknown.${key}`),
  ...STATUSES.map((status) => `features.list.${status}`),
  ...SHORTCUTS.map((shortcut) => shortcut.description),
  ...LEGEND_MARKS.map((mark) => `legend.${mark}`),
])

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })
}

describe('locales', () => {
  it('have the same keys in en and ru (plural forms aside)', () => {
    expect(baseKeys(ru)).toEqual(baseKeys(en))
  })

  it('have every plural form each language needs', () => {
    const enKeys = keys(en)
    const ruKeys = keys(ru)
    for (const key of enKeys.filter((k) => k.endsWith('_other'))) {
      const base = key.replace(PLURAL, '')
      for (const form of ['one', 'other']) expect(enKeys).toContain(`${base}_${form}`)
      for (const form of ['one', 'few', 'many', 'other']) expect(ruKeys).toContain(`${base}_${form}`)
    }
  })

  it('cover every dynamic key (event kinds, precisions, languages, views)', () => {
    const known = new Set(baseKeys(en))
    for (const key of dynamicKeys) expect(known, key).toContain(key)
  })

  it('have no unused key', () => {
    const source = sourceFiles(path.resolve('src')).map((file) => fs.readFileSync(file, 'utf8'))
    const used = new Set<string>()
    for (const text of source) {
      for (const match of text.matchAll(/\bt\(\s*['"`]([\w.-]+)['"`]/g)) used.add(match[1]!)
      // A dotted key written whole as a typed value (`label: 'export.csv'`, a table of column heads) is a use too.
      for (const match of text.matchAll(/['"`]([\w-]+(?:\.[\w-]+)+)['"`]/g)) used.add(match[1]!)
    }
    const unused = baseKeys(en).filter((key) => !used.has(key) && !dynamicKeys.has(key))
    expect(unused).toEqual([])
  })

  it('have no empty string', () => {
    for (const tree of [en, ru]) {
      const values = keys(tree).map((key) =>
        key.split('.').reduce<unknown>((node, part) => (node as never)[part], tree),
      )
      expect(values.filter((v) => typeof v !== 'string' || v.trim() === '')).toEqual([])
    }
  })
})
