/**
 * Who may talk to the studio: a request whose `Host` is this server (not a rebound DNS name), whose `Origin`, when
 * sent, is this server (not another site in the same browser), and that carries this run's token (in the query, as
 * the printed address does, or in the `x-studio-token` header, as the page's own requests do).
 */
import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_HEADER = 'x-studio-token'

export const newToken = (): string => crypto.randomBytes(24).toString('hex')

/** Why the request is refused, or null when it may go on. */
export function refusal(request: IncomingMessage, port: number, token: string): string | null {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = request.headers.host
  if (host === undefined || !hosts.includes(host.toLowerCase())) {
    return `foreign Host ${JSON.stringify(host ?? '')}: the studio answers only to ${hosts.join(' or ')}`
  }
  const origin = request.headers.origin
  if (origin !== undefined && !hosts.map((h) => `http://${h}`).includes(origin.toLowerCase())) {
    return `foreign Origin ${JSON.stringify(origin)}: only pages of the studio itself may call it`
  }
  const url = new URL(request.url ?? '/', `http://${host}`)
  const given = request.headers[TOKEN_HEADER] ?? url.searchParams.get('token') ?? ''
  if (typeof given !== 'string' || !sameSecret(given, token)) {
    return 'missing or wrong token: open the address the studio printed (it carries the token)'
  }
  return null
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}
