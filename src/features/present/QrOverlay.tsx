/**
 * The link to the current view as a QR code, generated here (no network): the `qrcode` package's
 * module matrix drawn as one SVG path by React, so no markup string is ever parsed into the page.
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

export function QrOverlay({ url, t, onClose }: { url: string; t: T; onClose: () => void }) {
  const { d, size } = useMemo(() => qrPath(url), [url])
  return (
    <div className="present-qr" role="dialog" aria-modal="false" aria-labelledby="present-qr-title">
      <h2 id="present-qr-title" className="present-qr__title">
        {t('present.qrTitle')}
      </h2>
      <svg
        className="present-qr__code"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={t('present.qrImage')}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={d} fill="#000000" />
      </svg>
      <p className="present-qr__url">{url}</p>
      <button type="button" className="present-button" onClick={onClose}>
        {t('present.close')}
      </button>
    </div>
  )
}
