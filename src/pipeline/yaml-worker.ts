/** The worker thread of `yaml-pool.ts`: reads files by index from the shared counter until none is left. */
import { workerData as data } from 'node:worker_threads'
import { readYaml, type ParsedYaml } from './load-yaml'
import { DELIVERED, DONE, NEXT, STATE, type WorkerData } from './yaml-pool'

const { files, shared, port } = data as WorkerData
const results: [number, ParsedYaml][] = []
try {
  for (let i = Atomics.add(shared, NEXT, 1); i < files.length; i = Atomics.add(shared, NEXT, 1)) {
    results.push([i, readYaml(files[i] as string)])
    Atomics.add(shared, DELIVERED, 1)
  }
} finally {
  // Posted before the state changes, so the waiting thread finds the message when it wakes.
  port.postMessage(results)
  Atomics.store(shared, STATE, DONE)
  Atomics.notify(shared, STATE)
}
