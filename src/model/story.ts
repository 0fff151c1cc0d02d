/**
 * A story: the events a speaker wants to show, in the speaker's order, with optional speaker notes.
 * One story per file, `data/stories/<id>.yaml`; the pipeline checks every event id exists and the
 * built dataset carries the stories as they are (they have no computed fields).
 */
import './zod-config'
import { z } from 'zod'
import { idSchema, localized, text } from './fields'

const note = text('note')

export const storySlideSchema = z.strictObject({
  event: idSchema.describe('The id of an event in events/*.yaml.'),
  notes: z
    .strictObject({ ru: note.optional(), en: note.optional() })
    .optional()
    .describe('Speaker notes, shown only in the presenter view; either language may be missing.'),
})

export const storySchema = z.strictObject({
  id: idSchema.describe('The file name without .yaml.'),
  title: localized('title'),
  description: localized('description').optional(),
  slides: z.array(storySlideSchema).min(1, 'a story has at least one slide').describe('The events, in order.'),
})
export type Story = z.infer<typeof storySchema>

/** `data/stories/<id>.yaml`: the story under a top-level `story` key. */
export const storyFileSchema = z.strictObject({ story: z.unknown() })
