/** The page's calls to its server: every one carries the run's token, read once from the address. */
import type { FieldProblem, Problem } from '../shared/answers'

const token = new URLSearchParams(location.search).get('token') ?? ''

export interface Answer<T> {
  ok: boolean
  status: number
  body: T & { error?: string; fields?: FieldProblem[]; problems?: Problem[] }
}

export async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer<T>> {
  const response = await fetch(path, {
    method,
    headers: { 'x-studio-token': token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { ok: response.ok, status: response.status, body: (await response.json()) as Answer<T>['body'] }
}
