/**
 * Colour contrast (WCAG 2.2 relative luminance): the app draws topic and period colours as swatches, borders and
 * dots on the page background, so the data must give colours that can be seen there.
 */

/** WCAG 1.4.11 (non-text contrast): a swatch or border against what is next to it. */
export const MIN_NON_TEXT_CONTRAST = 3

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** The contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
