/** `build/dataset.schema.json`, generated from the same zod schema the pipeline validates with. */
import { z } from 'zod'
import { datasetSchema, documentTextSchema } from '../model/schema'

export function datasetJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(datasetSchema, { io: 'output' }), title: 'Timeline dataset (build/dataset.json)' }
}

export function documentJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(documentTextSchema, { io: 'output' }), title: 'Document text (build/documents/<id>.json)' }
}
