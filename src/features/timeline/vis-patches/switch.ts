/**
 * The debug switch that turns patches off, for the on/off equivalence test and the benchmark's A/B: read once
 * per timeline, from `window.__visPatchesOff` (set by a test's init script, never by a link) or the build-time
 * `VITE_VIS_PATCHES_OFF` (`VITE_VIS_PATCHES_OFF=all npm run bench`). A comma-separated list of patch names, or
 * `all`. A normal user's build and page have neither, so every patch is on.
 */
import { PATCH_NAMES, type PatchName } from './inventory'

declare global {
  interface Window {
    __visPatchesOff?: string
  }
}

export function parsePatchSwitch(value: string | undefined): Set<PatchName> {
  if (!value) return new Set()
  const names = value.split(',').map((name) => name.trim())
  if (names.includes('all')) return new Set(PATCH_NAMES)
  return new Set(PATCH_NAMES.filter((name) => names.includes(name)))
}

export function disabledPatches(): Set<PatchName> {
  const fromPage = typeof window === 'undefined' ? undefined : window.__visPatchesOff
  const fromBuild = import.meta.env['VITE_VIS_PATCHES_OFF'] as string | undefined
  return parsePatchSwitch([fromPage, fromBuild].filter(Boolean).join(','))
}
