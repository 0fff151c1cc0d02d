/**
 * The app's Content-Security-Policy, defined once for every way it is served: the hosted build's meta tag
 * (dist/index.html), the header form a host may add (with frame-ancestors, which a meta tag cannot carry),
 * the single file's meta tag, the end-to-end test server and the Lighthouse script. Inline code is allowed
 * only by the SHA-256 of its text, taken from the final HTML. See docs/decisions/0016-csp-in-every-build.md.
 */
import { createHash } from 'node:crypto'

/** `hosted`: dist/ on a web server (its own files); `single`: one file from disk, nothing outside it. */
export type PolicyTarget = 'hosted' | 'single'
/** `meta`: the tag in the page; `header`: the HTTP header, which adds what only a header can say. */
export type PolicyForm = 'meta' | 'header'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The hashes of the inline code the browser would run: scripts (not JSON data blocks) and style elements. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
  // Inside inlined code "</script" is always escaped, so the first "</script>" closes the element.
  const scripts = [...html.matchAll(scriptElement)]
    .filter(([, attributes]) => !/\btype\s*=\s*["']?application\/json/i.test(attributes ?? ''))
    .filter(([, , code]) => code !== '')
    .map(([, , code]) => sha256(code ?? ''))
  // Style elements are looked for outside the scripts, whose code may well contain the text "<style".
  const outsideScripts = html.replace(scriptElement, '')
  const styles = [...outsideScripts.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => sha256(css ?? ''))
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] }
}

const sources = (...parts: string[]) => parts.join(' ') || "'none'"

/**
 * The policy for a page whose final text is `html`. Hosted: only its own origin (plus data: images and fonts,
 * and the hashed inline code); single: only the hashed inline code and data:/blob:, nothing from anywhere.
 */
export function contentSecurityPolicy(html: string, target: PolicyTarget, form: PolicyForm = 'meta'): string {
  const { scripts, styles } = inlineHashes(html)
  const self = target === 'hosted' ? ["'self'"] : []
  const directives = [
    "default-src 'none'",
    `script-src ${sources(...self, ...scripts)}`,
    `style-src ${sources(...self, ...styles)}`,
    target === 'hosted' ? "img-src 'self' data:" : 'img-src data: blob:',
    target === 'hosted' ? "font-src 'self' data:" : 'font-src data:',
    `connect-src ${sources(...self)}`,
    `worker-src ${sources(...self)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ]
  // Browsers ignore frame-ancestors in a meta tag (and warn about it): it is only sent as a header.
  if (form === 'header') directives.push("frame-ancestors 'none'")
  return directives.join('; ')
}

/**
 * The page with its policy's meta tag right after `<meta charset>` (before any script or stylesheet). The HTML
 * parser turns CR LF into LF before the browser hashes an element's text: the hashes are of what it will see.
 */
export function withPolicyMeta(built: string, target: PolicyTarget): string {
  const html = built.replace(/\r\n?/g, '\n')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, target)}" />`
  const charset = /<meta charset="[^"]*"\s*\/?>/i
  return charset.test(html)
    ? html.replace(charset, (tag) => `${tag}\n    ${meta}`)
    : html.replace('<head>', `<head>\n${meta}`)
}

/** The policy in a page's meta tag, or null when it has none. */
export function policyMetaOf(html: string): string | null {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1] ?? null
}
