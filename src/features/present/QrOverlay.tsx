/**
 * The link to the current view as a QR code, generated here (no network): the `qrcode` package's
 * module matrix drawn as one SVG path by React, so no markup string is ever parsed into the page.
 * With no link a phone could open (see qr-target.ts) there is no code, only a plain sentence saying why.
 */
import { create } from 'qrcode'
import { useMemo } from 'react'
import type { T } from '../../lib/i18n'

const QUIET_ZONE = 4

/** An SVG path covering every dark module, one unit square each, offset by the quiet zone. */
export function qrPath(url: string): { d: string; size: number } {
  const { modules } = create(url, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`)
    }
  }
  return { d: parts.join(''), size: modules.size + QUIET_ZONE * 2 }
}

/** The code for `url`, or the sentence that this copy has no public address. */
export function QrCode({ url, t, className }: { url: string | null; t: T; className: string }) {
  const symbol = useMemo(() => (url === null ? null : qrPath(url)), [url])
  if (symbol === null)
    return (
      <p className="present-qr__none" data-testid="qr-none">
        {t('present.noPublicUrl')}
      </p>
    )
  return (
    <svg
      className={className}
      viewBox={`0 0 ${symbol.size} ${symbol.size}`}
      role="img"
      aria-label={t('present.qrImage')}
      shapeRendering="crispEdges"
    >
      <rect width={symbol.size} height={symbol.size} fill="#ffffff" />
      <path d={symbol.d} fill="#000000" />
    </svg>
  )
}

export function QrOverlay({ url, t, onClose }: { url: string | null; t: T; onClose: () => void }) {
  return (
    <div className="present-qr" role="dialog" aria-modal="false" aria-labelledby="present-qr-title">
      <h2 id="present-qr-title" className="present-qr__title">
        {t('present.qrTitle')}
      </h2>
      <QrCode url={url} t={t} className="present-qr__code" />
      {url !== null && <p className="present-qr__url">{url}</p>}
      <button type="button" className="present-button" onClick={onClose}>
        {t('present.close')}
      </button>
    </div>
  )
}
