import fs from 'node:fs'
import { format } from 'prettier'
import { describe, expect, it } from 'vitest'
import { dataDocs, withDataDocs } from '../../scripts/data-docs'
import { eventInputSchema } from '../../src/model/schema'

describe("the README's reference of the data folder", () => {
  it('is what the schema generates (run `npm run data:docs` after changing the schema)', async () => {
    const readme = fs.readFileSync('README.md', 'utf8')
    const regenerated = await format(withDataDocs(readme), { filepath: 'README.md' })
    expect(regenerated).toBe(readme)
  })

  it('documents every field of an event, nested ones included', () => {
    const docs = dataDocs()
    for (const key of Object.keys(eventInputSchema.shape)) expect(docs).toContain(`\`events[].${key}\``)
    for (const nested of ['sources[].dateNote.reason', 'sources[].url', 'media[].credit', 'distinctFrom[].reason'])
      expect(docs).toContain(`\`events[].${nested}\``)
  })
})
