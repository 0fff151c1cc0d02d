/**
 * The id the studio suggests for a new event, on both sides: the server's draft of a passage and the page's form,
 * where the id follows the English title and the date as they are typed. One function, so the id a draft offers is
 * the one the form makes of the same title.
 */

/** Words that say nothing in an id; `s` is what is left of a possessive ("North Korea's"). */
const WEAK = /^(?:a|an|the|of|and|or|to|in|on|at|for|with|by|that|mr|mrs|is|was|will|be|s)$/
const MAX_WORDS = 6
/** Under the model's 100 characters with room for a `-2` suffix. */
const MAX_LENGTH = 90

/**
 * `2017-09-03-abe-putin-talk-telephone`: the date (up to the day), then at most six latin words of the title, lower
 * case; `-2`, `-3`... added when the folder has the id already. A title without latin words gives the date alone.
 */
export function eventId(date: string, title: string, taken: ReadonlySet<string>): string {
  const day = date
    .slice(0, 10)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const words = (title.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !WEAK.test(w)).slice(0, MAX_WORDS)
  const base = [day, ...words]
    .filter((part) => part !== '')
    .join('-')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '')
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}
