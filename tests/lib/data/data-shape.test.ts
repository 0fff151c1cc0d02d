import { describe, expect, it } from 'vitest'
import { datasetShapeProblem } from '../../../src/lib/data/load-dataset'
import { fixtureDataset } from '../../app/fixtures/dataset'

const clone = () => JSON.parse(JSON.stringify(fixtureDataset)) as Record<string, unknown>

describe('the dataset shape check in the browser', () => {
  it('accepts a built dataset', () => {
    expect(datasetShapeProblem(fixtureDataset)).toBeNull()
  })

  it('names the first problem as a path', () => {
    expect(datasetShapeProblem(null)).toBe('(root)')
    expect(datasetShapeProblem([])).toBe('(root)')
    expect(datasetShapeProblem({ ...clone(), schemaVersion: 1 })).toBe('schemaVersion')
    expect(datasetShapeProblem({ ...clone(), meta: 'x' })).toBe('meta')
    expect(datasetShapeProblem({ ...clone(), people: {} })).toBe('people')
    const events = clone()
    ;(events.events as unknown[])[1] = { id: 3 }
    expect(datasetShapeProblem(events)).toBe('events.1')
    const dates = clone()
    delete ((dates.events as Record<string, unknown>[])[2] as Record<string, unknown>).start
    expect(datasetShapeProblem(dates)).toBe('events.2')
  })
})
