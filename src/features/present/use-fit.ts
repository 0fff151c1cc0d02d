/**
 * Fits a slide to its box. First the layout (CSS) does what it can; then the type is scaled down through the
 * `--fit` custom property (a binary search, each step one synchronous layout), the CSS holding it at a floor
 * relative to the viewport height; if the slide still overflows at the floor, it asks for one more part. All of it
 * runs before paint (a layout effect), so a slide is never seen clipped or jumping.
 */
import { useLayoutEffect, useState, type RefObject } from 'react'

/** Below this the CSS floor (about 2.2 % of the viewport height) has taken over for every text. */
const MIN_FIT = 0.3
const STEPS = 7

const overflowsBox = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1

/**
 * `measure` applied to the slide. A slide that renders all its parts at once (each marked `data-fit-part`, all
 * but the one shown `hidden`: the closing slide's list) is measured once per part, each shown alone: one type
 * size and one cut then hold for every part, so stepping on never re-cuts what was shown.
 */
function eachPart<R>(el: HTMLElement, measure: (el: HTMLElement) => R): R[] {
  const parts = [...el.querySelectorAll<HTMLElement>('[data-fit-part]')]
  if (parts.length < 2) return [measure(el)]
  const hidden = parts.map((part) => part.hidden)
  try {
    return parts.map((shown) => {
      for (const part of parts) part.hidden = part !== shown
      return measure(el)
    })
  } finally {
    parts.forEach((part, i) => (part.hidden = hidden[i]!))
  }
}

const overflows = (el: HTMLElement) => eachPart(el, overflowsBox).some(Boolean)

/** How many times its box the tallest part is. */
const heightRatio = (el: HTMLElement) =>
  Math.max(...eachPart(el, (box) => box.scrollHeight / Math.max(box.clientHeight, 1)))

function useViewport(): string {
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`)
  useLayoutEffect(function followResize() {
    const controller = new AbortController()
    window.addEventListener('resize', () => setSize(`${window.innerWidth}x${window.innerHeight}`), {
      signal: controller.signal,
    })
    return function stopFollowing() {
      controller.abort()
    }
  }, [])
  return size
}

/**
 * `content` names what is shown (slide, language, part); `slide` names the slide whose split is decided, so a
 * split holds for all of its parts. Returns the split level of that slide at this viewport size: 0 whole, and
 * up to `maxLevel` (each level cuts the slide into more parts; the caller says which parts those are).
 * `proportional`: level N is N+1 even parts of a list, so a slide twice too tall at the floor can go straight
 * to twice the parts (the estimate stays low: the heading does not shrink with the parts), then one at a time.
 */
export function useFit(
  ref: RefObject<HTMLElement | null>,
  content: string,
  slide: string,
  maxLevel: number,
  { proportional = false }: { proportional?: boolean } = {},
): number {
  const viewport = useViewport()
  const [split, setSplit] = useState<{ key: string; level: number } | null>(null)
  const key = `${slide}@${viewport}`
  const level = split?.key === key ? Math.min(split.level, maxLevel) : 0

  useLayoutEffect(
    function fitTheSlide() {
      const el = ref.current
      if (!el) return
      const set = (fit: number) => el.style.setProperty('--fit', String(fit))
      set(1)
      if (!overflows(el)) return
      set(MIN_FIT)
      if (overflows(el)) {
        // A measurement decides the split, so it can only be made here; the layout effect re-renders before paint.
        if (level < maxLevel) {
          const estimate = proportional ? Math.ceil((level + 1) * heightRatio(el)) - 1 : 0
          setSplit({ key, level: Math.min(maxLevel, Math.max(level + 1, estimate)) })
        }
        return
      }
      let fits = MIN_FIT
      let over = 1
      for (let step = 0; step < STEPS; step++) {
        const mid = (fits + over) / 2
        set(mid)
        if (overflows(el)) over = mid
        else fits = mid
      }
      set(fits)
    },
    [ref, content, key, level, maxLevel, proportional],
  )
  return level
}
