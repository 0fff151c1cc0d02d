/**
 * `data/stories/*.yaml`: named presentations. Each file holds one story whose id is its file name;
 * every slide must name an event that exists, and no event may appear twice in one story (a slide
 * number in the URL must map to exactly one event). The folder is optional.
 */
import path from 'node:path'
import { storyFileSchema, storySchema, type Story } from '../model/story'
import { notAFile, readFolder } from './input-file'
import { loadYaml } from './load-yaml'
import { Problems, type Problem } from './problems'
import { validate } from './validate'

export interface StoriesResult {
  /** Valid stories, sorted by id; a story with any problem is left out. */
  stories: Story[]
  problems: Problem[]
}

const ALLOWED_OTHERS = new Set(['README.md', '.gitkeep'])

export function validateStories(
  dataDir: string,
  eventIds: { has(id: string): boolean } | readonly string[],
): StoriesResult {
  const known = Array.isArray(eventIds) ? new Set(eventIds) : (eventIds as { has(id: string): boolean })
  const problems = new Problems()
  const storiesDir = path.join(dataDir, 'stories')
  const folder = readFolder(storiesDir)
  if ('reason' in folder) problems.error(storiesDir, folder.reason)
  if (!('names' in folder) || !folder.names) return { stories: [], problems: problems.list }

  const stories: Story[] = []
  const seen = new Map<string, string>()
  for (const name of folder.names) {
    const file = path.join(storiesDir, name)
    if (!name.endsWith('.yaml')) {
      if (!ALLOWED_OTHERS.has(name)) problems.error(file, 'unexpected file in stories/ (expected <id>.yaml)')
      continue
    }
    const reason = notAFile(file)
    if (reason) {
      problems.error(file, reason)
      continue
    }
    const yaml = loadYaml(file, problems)
    if (yaml.data === undefined) continue
    const wrapper = validate(storyFileSchema, yaml.data, yaml, problems)
    if (!wrapper) continue
    const story = validate(storySchema, wrapper.story, yaml, problems, ['story'])
    if (!story) continue

    const before = problems.errors.length
    const expected = name.slice(0, -'.yaml'.length)
    if (story.id !== expected) {
      problems.error(file, `the story id "${story.id}" must match the file name (${expected})`, {
        path: ['story', 'id'],
        line: yaml.lineOf(['story', 'id']),
      })
    }
    const other = seen.get(story.id)
    if (other) problems.error(file, `duplicate story id "${story.id}" (also in ${other})`)
    seen.set(story.id, file)

    const slideOf = new Map<string, number>()
    story.slides.forEach((slide, index) => {
      const where = {
        path: ['story', 'slides', index, 'event'],
        line: yaml.lineOf(['story', 'slides', index, 'event']),
      }
      if (!known.has(slide.event)) problems.error(file, `unknown event "${slide.event}"`, where)
      const first = slideOf.get(slide.event)
      if (first !== undefined) {
        problems.error(file, `event "${slide.event}" is already slide ${first + 1}; a story shows an event once`, where)
      } else slideOf.set(slide.event, index)
    })
    if (problems.errors.length === before) stories.push(story)
  }
  stories.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { stories, problems: problems.list }
}
