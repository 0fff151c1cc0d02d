/**
 * The page's <title>, meta description and <html lang> come from the dataset (dataset.yaml, through the built
 * dataset.json), not from index.html: a folder about another subject gets its own page, in the app and in the
 * single file alike. index.html holds neutral placeholders for a build without data.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import type { Dataset } from '../model/schema'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** index.html with the dataset's title, description and default language. */
export function withPageMeta(html: string, meta: Dataset['meta']): string {
  const lang = meta.language
  const other = lang === 'ru' ? 'en' : 'ru'
  const titles = [meta.title[lang], meta.title[other]].filter((t, i, all) => t !== '' && all.indexOf(t) === i)
  const description = meta.description?.[lang] || meta.description?.[other] || titles[0] || ''
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(titles.join(' · '))}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, `$1${escapeHtml(description)}$2`)
}

export function pageMeta(buildDirectory: string): Plugin {
  return {
    name: 'timeline-page-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const file = path.join(buildDirectory, 'dataset.json')
        if (!fs.existsSync(file)) return html
        const dataset = JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset
        return withPageMeta(html, dataset.meta)
      },
    },
  }
}
