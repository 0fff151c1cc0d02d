/**
 * A story: the events a speaker wants to show, in the speaker's order, with optional speaker notes.
 * One story per file, `data/stories/<id>.yaml`; the pipeline checks every event id exists and the
 * built dataset carries the stories as they are (they have no computed fields).
 */
import './zod-config'
import { z } from 'zod'

// The same rules as schema.ts's idSchema and localizedSchema, restated so that schema.ts can import this
// module for the built dataset's `stories` without an import cycle.
const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'an id is lowercase latin letters, digits and "-"')
const note = z.string().trim().min(1, 'must not be empty')
const localizedSchema = z.strictObject({ ru: note, en: note })

export const storySlideSchema = z.strictObject({
  /** The id of an event in `data/events/*.yaml`. */
  event: idSchema,
  /** Speaker notes, shown only in the presenter view; either language may be missing. */
  notes: z.strictObject({ ru: note.optional(), en: note.optional() }).optional(),
})

export const storySchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  description: localizedSchema.optional(),
  slides: z.array(storySlideSchema).min(1, 'a story has at least one slide'),
})
export type Story = z.infer<typeof storySchema>

/** `data/stories/<id>.yaml`: the story under a top-level `story` key. */
export const storyFileSchema = z.strictObject({ story: z.unknown() })
