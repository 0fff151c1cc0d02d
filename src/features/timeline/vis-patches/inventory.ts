/**
 * Every private member of vis-timeline the adapter reaches into, by patch (docs/decisions/0012). The patches
 * were written against one version; tests/features/timeline/vis-patches.test.ts fails when the installed one
 * differs, and tests/e2e/timeline-patches.test.ts proves each engages and changes nothing that is drawn.
 */
export const VIS_TIMELINE_VERSION = '8.5.4'

export type PatchName = 'hide-for-update' | 'batch-redraws' | 'draw-added-in-redraw' | 'skip-unchanged-axis'

export interface PatchEntry {
  name: PatchName
  /** The private members it reads or replaces, as paths from the Timeline instance. */
  members: readonly string[]
  /** What it spares vis-timeline (and what is left without it: the same drawing, slower). */
  spares: string
}

export const PATCHES: readonly PatchEntry[] = [
  {
    name: 'hide-for-update',
    members: ['itemSet', 'itemSet.items', 'itemSet.items[id].displayed', 'itemSet.items[id].hide()'],
    spares: 'one forced layout per updated item on screen (a language switch)',
  },
  {
    name: 'batch-redraws',
    members: ['itemSet.redraw', '_redraw', '_origRedraw', 'dom'],
    spares: 'up to three redraws per data sync and one per locale: one redraw, in a microtask',
  },
  {
    name: 'draw-added-in-redraw',
    members: ['itemSet.groups', 'itemSet.groups[id]._checkIfVisible'],
    spares: 'one forced layout per item added while on screen (zooming in from clusters)',
  },
  {
    name: 'skip-unchanged-axis',
    members: [
      'timeAxis',
      'timeAxis.redraw',
      'timeAxis.body.range.{start,end}',
      'timeAxis.body.domProps.{center,left,right,top,root,bottom}',
      'timeAxis.options.orientation.axis',
      'timeAxis.props.{majorLabelHeight,minorLineHeight,majorLineHeight}',
      'timeAxis.dom.lines',
    ],
    spares: 'redrawing every axis label when only the items changed (a filter, a search, a selection)',
  },
]

export const PATCH_NAMES: readonly PatchName[] = PATCHES.map((patch) => patch.name)
