/**
 * The one place the adapter reaches into vis-timeline's private parts: `installVisPatches` installs every
 * patch of the inventory (inventory.ts) whose members are there, and says which engaged. A patch that does not
 * engage leaves vis-timeline drawing the same, only slower; the version test and the end-to-end canary make
 * an upgrade that switches one off fail loudly instead.
 */
import type { Timeline } from 'vis-timeline/esnext'
import { skipUnchangedAxis } from './axis'
import { canDrawAddedInRedraw, hideForUpdate, redrawBatcher } from './data-sync'
import { PATCH_NAMES, type PatchName } from './inventory'
import { disabledPatches } from './switch'

export { PATCHES, PATCH_NAMES, VIS_TIMELINE_VERSION, type PatchName } from './inventory'
export { parsePatchSwitch } from './switch'

export interface VisPatches {
  /** The patches installed on this timeline, in inventory order. */
  engaged: readonly PatchName[]
  /** Called with the ids of the items about to be updated. */
  beforeUpdate: (ids: readonly string[]) => void
  /** Runs a data or locale change with vis-timeline's redraws held back, then redraws once. */
  batch: (change: () => void) => void
  /** The next redraw draws the axis whole (a new locale). */
  invalidateAxis: () => void
}

export function installVisPatches(
  timeline: Timeline,
  disabled: ReadonlySet<PatchName> = disabledPatches(),
): VisPatches {
  const wanted = (name: PatchName) => !disabled.has(name)
  const hide = wanted('hide-for-update') ? hideForUpdate(timeline) : null
  const drawAdded = wanted('draw-added-in-redraw') && canDrawAddedInRedraw(timeline)
  const batch = wanted('batch-redraws') ? redrawBatcher(timeline, drawAdded) : null
  const axis = wanted('skip-unchanged-axis') ? skipUnchangedAxis(timeline) : null
  const on: Record<PatchName, boolean> = {
    'hide-for-update': hide !== null,
    'batch-redraws': batch !== null,
    // It rides on the batch: without one, added items are drawn as vis-timeline draws them.
    'draw-added-in-redraw': drawAdded && batch !== null,
    'skip-unchanged-axis': axis !== null,
  }
  return {
    engaged: PATCH_NAMES.filter((name) => on[name]),
    beforeUpdate: hide ?? (() => {}),
    batch: batch ?? ((change) => change()),
    invalidateAxis: axis?.invalidate ?? (() => {}),
  }
}
