/**
 * The studio's HTTP server (node:http, 127.0.0.1 only). Every request passes the guard first; the page and its
 * script are served from src/studio/web, the few API routes read the folder and write through DataFolder.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { checkFolder } from './check'
import {
  addDocument,
  addVocabularyItem,
  detectLanguage,
  detectPublished,
  ignoreExpression,
  suggestId,
  type DocumentForm,
} from './documents'
import { FormError, StudioError } from './errors'
import { appendEvent, appendSource } from './events-file'
import { refusal } from './guard'
import type { Prefill } from '../shared/answers'
import { likelySameIn, selectionAnswer, type Selection } from './prefill'
import { readDocument } from './reader'
import { folderState } from './state'
import { webAssets } from './web-assets'
import { DataFolder } from './write'

export interface StudioOptions {
  dataDir: string
  port: number
  token: string
  /** Builds the page's script; tests of the API leave it out. */
  web?: boolean
}

export interface Studio {
  server: http.Server
  port: number
  url: string
  close(): Promise<void>
}

const MAX_BODY = 20 * 1024 * 1024

export async function startStudio(options: StudioOptions): Promise<Studio> {
  const folder = new DataFolder(options.dataDir)
  const assets = options.web === false ? null : webAssets()
  let port = options.port
  const server = http.createServer((request, response) => {
    const reason = refusal(request, port, options.token)
    if (reason !== null) return send(response, 403, { error: reason })
    handle(request, folder, assets, options.token).then(
      (answer) => send(response, answer.status ?? 200, answer.body, answer.type),
      (error: unknown) => {
        if (error instanceof FormError) return send(response, 400, { error: error.message, fields: error.problems })
        if (error instanceof StudioError) return send(response, error.status, { error: error.message })
        console.error(error)
        send(response, 500, { error: 'the studio failed on this request; see its terminal' })
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', resolve)
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // A page left open keeps its connection alive: close would wait for it.
        server.closeAllConnections()
      }),
  }
}

interface Answer {
  status?: number
  body: unknown
  type?: string
}

async function handle(
  request: http.IncomingMessage,
  folder: DataFolder,
  assets: ReturnType<typeof webAssets> | null,
  token: string,
): Promise<Answer> {
  const url = new URL(request.url ?? '/', 'http://studio')
  const route = `${request.method} ${url.pathname}`
  switch (route) {
    case 'GET /':
      if (!assets) throw new StudioError(404, 'this studio runs without its page')
      return { body: assets.page(token), type: 'text/html; charset=utf-8' }
    case 'GET /studio.js':
      if (!assets) throw new StudioError(404, 'this studio runs without its page')
      return { body: await assets.script(), type: 'text/javascript; charset=utf-8' }
    case 'GET /api/state':
      return { body: folderState(folder) }
    case 'GET /api/check':
      return { body: { problems: checkFolder(folder.root) } }
    case 'POST /api/suggest-id': {
      const form = (await readJson(request)) as Partial<DocumentForm>
      const text = form.text ?? ''
      const language = form.language === 'ru' || form.language === 'en' ? form.language : detectLanguage(text)
      const published = form.published || detectPublished(text, language) || ''
      return { body: { id: suggestId(form.publisherEn, published, language, form.url), language, published } }
    }
    case 'POST /api/documents': {
      const added = await addDocument(folder, (await readJson(request)) as DocumentForm)
      return { body: { ...added, problems: checkFolder(folder.root) } }
    }
    case 'POST /api/events': {
      const { event, expected } = (await readJson(request)) as { event: Record<string, unknown>; expected: string }
      const saved = await appendEvent(folder, event ?? {}, expected ?? null)
      return { body: { path: saved.path, index: saved.index, problems: checkFolder(folder.root) } }
    }
    case 'GET /api/document':
      return { body: readDocument(folder, url.searchParams.get('id') ?? '') }
    case 'POST /api/selection':
      return { body: selectionAnswer(folder, (await readJson(request)) as Selection) }
    case 'POST /api/likely':
      return { body: { likelySame: likelySameIn(folder, (await readJson(request)) as Prefill) } }
    case 'POST /api/sources': {
      const saved = await appendSource(folder, (await readJson(request)) as Parameters<typeof appendSource>[1])
      return { body: { ...saved, problems: checkFolder(folder.root) } }
    }
    case 'POST /api/vocabulary': {
      const saved = await addVocabularyItem(
        folder,
        (await readJson(request)) as Parameters<typeof addVocabularyItem>[1],
      )
      return { body: { ...saved, problems: checkFolder(folder.root) } }
    }
    case 'POST /api/ignore': {
      const saved = await ignoreExpression(folder, (await readJson(request)) as Parameters<typeof ignoreExpression>[1])
      return { body: { ...saved, problems: checkFolder(folder.root) } }
    }
    case 'POST /api/undo': {
      const files = folder.undo()
      return { body: { files, problems: checkFolder(folder.root) } }
    }
    default:
      throw new StudioError(404, `no such route: ${route}`)
  }
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new StudioError(400, 'send JSON (content-type: application/json)')
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new StudioError(400, `the request is over ${MAX_BODY / 1024 / 1024} MB`)
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
  } catch {
    throw new StudioError(400, 'the request body is not JSON')
  }
}

function send(response: http.ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'",
  })
  response.end(text)
}
