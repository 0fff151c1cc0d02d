/**
 * The vis-timeline patch layer: written for one version, so an upgrade fails here first; each patch engages only
 * where its private members are, and the debug switch turns named patches off.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Timeline } from 'vis-timeline/esnext'
import {
  installVisPatches,
  parsePatchSwitch,
  PATCHES,
  PATCH_NAMES,
  VIS_TIMELINE_VERSION,
} from '../../../src/features/timeline/vis-patches'

function installed(pkg: string): { version: string } {
  return JSON.parse(fs.readFileSync(path.join('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
}

/** A stand-in with the private members vis-timeline 8.5.4 has, as far as the patches look at them. */
function fakeCore() {
  const group = Object.create({ _checkIfVisible() {} }) as object
  const shown = {
    displayed: true,
    hidden: 0,
    hide() {
      this.hidden++
    },
  }
  const core = {
    dom: {},
    itemSet: Object.assign(Object.create({ redraw() {} }) as { redraw: () => void }, {
      items: { shown } as Record<string, unknown>,
      groups: { __ungrouped__: group },
    }),
    redraws: 0,
    _redraw() {},
    _origRedraw() {
      core.redraws++
    },
    // On the prototype, as in vis-timeline's classes: the patch leaves an own `redraw` (someone else's) alone.
    timeAxis: Object.assign(Object.create({ redraw: () => true }) as object, { body: {}, options: {}, props: {} }),
  }
  return { core, shown, timeline: core as unknown as Timeline }
}

describe('the vis-timeline patches', () => {
  it('were written for the installed vis-timeline, pinned exactly in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }
    expect(pkg.dependencies['vis-timeline']).toBe(VIS_TIMELINE_VERSION)
    expect(installed('vis-timeline').version).toBe(VIS_TIMELINE_VERSION)
  })

  it('list every private member they touch, one entry per patch', () => {
    expect(PATCHES.map((patch) => patch.name)).toEqual(PATCH_NAMES)
    expect(new Set(PATCH_NAMES).size).toBe(PATCH_NAMES.length)
    for (const patch of PATCHES) expect(patch.members.length).toBeGreaterThan(0)
  })

  it('all engage where the members are, and none where they are not', () => {
    expect(installVisPatches(fakeCore().timeline, new Set()).engaged).toEqual(PATCH_NAMES)
    expect(installVisPatches({} as Timeline, new Set()).engaged).toEqual([])
  })

  it('batch the redraws of a change into one, in a microtask', async () => {
    const { core, shown, timeline } = fakeCore()
    const patches = installVisPatches(timeline, new Set())
    patches.batch(() => {
      core.itemSet.redraw()
      core._redraw()
      patches.beforeUpdate(['shown', 'constructor', '__proto__'])
    })
    expect(shown.hidden).toBe(1)
    expect(core.redraws).toBe(0)
    await Promise.resolve()
    expect(core.redraws).toBe(1)
  })

  it('are turned off by name or all at once by the debug switch, and ignore unknown names', () => {
    expect([...parsePatchSwitch('all')]).toEqual(PATCH_NAMES)
    expect([...parsePatchSwitch('skip-unchanged-axis, nonsense')]).toEqual(['skip-unchanged-axis'])
    expect(parsePatchSwitch(undefined).size).toBe(0)
    const off = installVisPatches(fakeCore().timeline, parsePatchSwitch('batch-redraws'))
    // The deferred drawing of added items rides on the batch.
    expect(off.engaged).toEqual(['hide-for-update', 'skip-unchanged-axis'])
  })
})
