/**
 * What the QR code may carry. A phone in the room cannot open `file:///…`, `localhost` or an address of the
 * presenter's private network, so from such a page the code carries the dataset's public address (`publicUrl`,
 * data/dataset.yaml) with the view's query; without one there is no code that could work, and the overlay says so.
 */

/** 127.0.0.0/8, 10/8, 172.16/12, 192.168/16, localhost (and its subdomains), IPv6 loopback and private ranges. */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (host === '' || host === 'localhost' || host.endsWith('.localhost')) return true
  if (host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe80:/.test(host)) return true
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  if (!ipv4) return false
  const [a, b] = [Number(ipv4[1]), Number(ipv4[2])]
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
}

/** An http(s) address, or undefined for anything else (the field is optional and comes from data). */
export function publicUrlOf(dataset: { meta: object; publicUrl?: unknown }): string | undefined {
  const candidates = [
    (dataset.meta as { publicUrl?: unknown }).publicUrl,
    (dataset as { publicUrl?: unknown }).publicUrl,
  ]
  for (const value of candidates) {
    if (typeof value !== 'string') continue
    try {
      const url = new URL(value)
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href
    } catch {
      // Not an address: treated as absent.
    }
  }
  return undefined
}

/** The link for the QR code: the page's own when a phone can reach it, else the public one, else null. */
export function qrTarget(current: string, publicUrl: string | undefined): string | null {
  let page: URL
  try {
    page = new URL(current)
  } catch {
    return null
  }
  const reachable = (page.protocol === 'https:' || page.protocol === 'http:') && !isPrivateHost(page.hostname)
  if (reachable) return page.href
  if (publicUrl === undefined) return null
  const target = new URL(publicUrl)
  target.search = page.search
  target.searchParams.delete('presenter')
  return target.href
}
