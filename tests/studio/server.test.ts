import http from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { startStudio, type Studio } from '../../src/studio/server/app'
import { parsePort } from '../../src/studio/server/args'
import { dataCopy } from './folder'

const TOKEN = 'a'.repeat(48)
let studio: Studio | undefined

afterEach(async () => {
  await studio?.close()
  studio = undefined
})

/** A raw request, so Host and Origin can be anything (fetch would set Host itself). */
function get(port: number, pathname: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: pathname, headers }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('the studio server', () => {
  it('listens on 127.0.0.1 and prints an address with its token', async () => {
    studio = await startStudio({ dataDir: dataCopy(), port: 0, token: TOKEN, web: false })
    expect(studio.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(studio.url).toBe(`http://127.0.0.1:${studio.port}/?token=${TOKEN}`)
  })

  it('answers a request from itself with the token', async () => {
    studio = await startStudio({ dataDir: dataCopy(), port: 0, token: TOKEN, web: false })
    const ok = await get(studio.port, '/api/state', { host: `localhost:${studio.port}`, 'x-studio-token': TOKEN })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toHaveProperty('eventFiles')
    const query = await get(studio.port, `/api/state?token=${TOKEN}`, {
      host: `127.0.0.1:${studio.port}`,
      origin: `http://127.0.0.1:${studio.port}`,
    })
    expect(query.status).toBe(200)
  })

  it('refuses a foreign Host (DNS rebinding), a foreign Origin and a missing or wrong token', async () => {
    studio = await startStudio({ dataDir: dataCopy(), port: 0, token: TOKEN, web: false })
    const { port } = studio
    const own = `127.0.0.1:${port}`
    const cases = [
      [{ host: `evil.example:${port}`, 'x-studio-token': TOKEN }, /foreign Host/],
      [{ host: `127.0.0.1:${port + 1}`, 'x-studio-token': TOKEN }, /foreign Host/],
      [{ host: own, origin: 'http://evil.example', 'x-studio-token': TOKEN }, /foreign Origin/],
      [{ host: own, origin: `http://localhost:${port + 1}`, 'x-studio-token': TOKEN }, /foreign Origin/],
      [{ host: own }, /token/],
      [{ host: own, 'x-studio-token': 'b'.repeat(48) }, /token/],
    ] as const
    for (const [headers, reason] of cases) {
      const answer = await get(port, '/api/state', headers)
      expect(answer.status, JSON.stringify(headers)).toBe(403)
      expect(JSON.parse(answer.body).error).toMatch(reason)
    }
  })

  it('takes --port N and refuses anything else', () => {
    expect(parsePort(['--port', '5199'])).toBe(5199)
    expect(parsePort([])).toBe(5180)
    expect(parsePort(['--port', 'x'])).toMatch(/usage/)
    expect(parsePort(['--port', '70000'])).toMatch(/0 to 65535/)
  })
})
