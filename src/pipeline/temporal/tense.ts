/**
 * The tense of the clause around an expression: a month, season or weekday without a year is the
 * previous occurrence in a clause about the past ("said on Tuesday", "в декабре прошли переговоры"),
 * the next in a clause about the future or a plan ("hopes to visit … in the autumn", "договорились
 * провести в январе"), the nearest when the clause says neither. The cue nearest the expression wins.
 */
export type Tense = 'past' | 'future' | null
/** A tense with the words that decided it ("will be held", «состоится»), for the reason shown to a curator. */
export interface TenseCue {
  tense: Tense
  cue: string | null
}

interface Cues {
  future: RegExp
  past: RegExp
  /** Words that end in a past-tense ending but are not verbs. */
  notPast?: RegExp
  /**
   * Verbs of saying and confirming ("said", «заявил», «подтвердил»): they date the report, not what it is
   * about. They decide a tense only in the expression's own clause, and not across an event noun ("confirmed
   * the meeting in May" dates the meeting, not the confirmation).
   */
  reporting: RegExp
  /** Nouns of events an expression may date instead of its clause's verb: a visit, talks, a summit. */
  eventNoun: RegExp
  /**
   * A decision's verb, whose infinitive is a plan ("agreed to hold", «предложил разработать»): an expression
   * after the infinitive dates the plan, one before the verb («В мае Абэ предложил …») the decision itself.
   */
  decision: RegExp
  /** A past form that is not the past: the Russian subjunctive («чтобы они приобрели», «бы провели»). */
  irrealis?: RegExp
  /**
   * Cues that decide only what follows them. An infinitive of going ("invited Putin … to come in December")
   * looks ahead from the verb that governs it, but after an expression it is a purpose ("came in September
   * to attend"), and the expression is its clause's; "since" opens a time already past ("since a September
   * reshuffle").
   */
  before?: { future: RegExp; past: RegExp }
  /**
   * The decision's own occasion, named after its infinitive ("agreed to start talks … during their meeting in
   * December"): an expression after it dates the meeting where the decision was taken, not the plan.
   */
  occasion?: RegExp
  /**
   * A plan the text says was given up or overtaken ("was originally scheduled for June but postponed", "was
   * supposed to return on Monday, but could not"): its time is the plan's, already past, whatever its verb.
   */
  superseded?: RegExp
}

const W = '(?![\\p{L}\\d])'
const cue = (source: string) => new RegExp(`(?<![\\p{L}\\d])(?:${source})${W}`, 'giu')

const EVENT_VERB_EN = '(?:hold|meet|visit|convene|resume|start|begin|launch|conduct|organi[sz]e|sign|discuss|continue)'
const EN: Cues = {
  future: cue(
    [
      // A modal takes its verb along, so "will be held" is not read as the past "held".
      `(?:will|would|shall|could|might|[\\p{L}]+'ll)(?:\\s+not)?(?:\\s+be)?(?:\\s+\\p{L}+)?`,
      `to\\s+(?:be\\s+held|${EVENT_VERB_EN})`,
      'going\\s+to',
      // A headline's plan: "Abe set to visit …", "talks due to resume".
      '(?:set|due)(?=\\s+to\\s+\\p{L})',
      '(?:is|are|was|were|be|been)\\s+(?:expected|scheduled|planned|set|slated|due|to\\s+be\\s+held)',
      'expects?',
      'plans?(?:\\s+to)?',
      'planning',
      'hopes?\\s+(?:to|for)',
      'hoping\\s+to',
      'intends?\\s+to',
      'intend',
      'aims?\\s+to',
      'to\\s+be\\s+held',
      'scheduled\\s+for',
      'planned\\s+for',
      // A date set for an event is the event's, ahead of the setting: "announced the date of Dec 15 for a summit".
      '(?:announced|set|fixed|named|confirmed|agreed\\s+on)\\s+(?:the\\s+)?dates?\\s+(?:of|for)',
      'upcoming',
      'forthcoming',
      // An invitation's infinitive is its plan: "received an invitation to return in September".
      'invitations?\\s+to\\s+\\p{L}+',
      // What the sentence is about: a visit being prepared is ahead, whatever the tense of "said".
      'prepar(?:ing|ations?)\\s+for',
      'being\\s+prepared',
      'may(?:\\s+be\\s+\\p{L}+ed)?',
      // "agreed for this purpose to send …": a decision's infinitive is its plan.
      `(?:agreed|decided|proposed|offered|invited\\s+\\p{L}+)\\s+(?:\\p{L}+\\s+){0,4}?to\\s+\\p{L}+`,
    ].join('|'),
  ),
  past: cue(
    [
      'said',
      'met',
      'held',
      'was',
      'were',
      'had',
      'did',
      'took\\s+place',
      'took',
      'went',
      'came',
      'made',
      'began',
      'told',
      'spoke',
      'saw',
      'gave',
      'ago',
      // Regular past tense; the future participles are caught above and listed in notPast.
      '\\p{L}{3,}ed',
    ].join('|'),
  ),
  decision: /^(?:agreed|decided|proposed|offered|invited)(?![\p{L}])/iu,
  occasion:
    /(?<![\p{L}])during\s+(?:their|his|her|its|our)\s+(?:\p{L}+\s+)?(?:meetings?|summits?|talks|visits?|trips?|consultations?|negotiations?)(?![\p{L}])/iu,
  superseded: cue(
    '(?:(?:was|were)\\s+(?:(?:originally|initially|first)\\s+(?:scheduled|planned|set|slated|due|expected|meant)|supposed|meant)|had\\s+been\\s+(?:(?:originally|initially|first)\\s+)?(?:scheduled|planned|set|slated|due|expected|meant|supposed))(?:\\s+for|\\s+to(?:\\s+be)?(?:\\s+\\p{L}+)?)?',
  ),
  before: {
    future: cue('to\\s+(?:come|return|travel|go|fly|attend|take\\s+part|participate)'),
    past: cue('since'),
  },
  reporting:
    /^(?:said|says|told|tells|reported|announced|confirmed|stated|noted|added|stressed|quoted|explained|revealed)$/i,
  eventNoun:
    /(?<![\p{L}])(?:meetings?|visits?|summits?|talks|trips?|tours?|consultations?|negotiations?|dialogue|sessions?|rounds?|forums?|conferences?|missions?)(?![\p{L}])/iu,
  notPast:
    /^(?:expected|scheduled|planned|proposed|intended|slated|anticipated|united|related|limited|based|concerned|interested|detailed|advanced|unprecedented|so-called|called|need|speed|indeed|seed|feed|hundred|disputed|contested|isolated|armed|aged|skilled|talented|qualified)$/i,
}

const EVENT_VERB_RU =
  '(?:провести|встретиться|организовать|возобновить|начать|продолжить|подписать|обсудить|посетить|проводить)'
const RU: Cues = {
  future: cue(
    [
      'будет',
      'будут',
      'состоится',
      'состоятся',
      'пройд[её]т',
      'пройдут',
      'предстоит',
      'предстоящ\\p{L}*',
      'планиру\\p{L}*',
      'запланирован\\p{L}*',
      'намечен\\p{L}*',
      // «назначена на понедельник» is scheduled; «был назначен министром» is not.
      'назначен[аоы]?(?=\\s+(?:\\p{L}+\\s+){0,2}?на\\s)',
      // «перенесен на осень», «перенесли с весны на осень»: the new time of a plan lies ahead.
      'перенес(?:ен[аоы]?|ли|ут|[её]т)(?=\\s+(?:\\p{L}+\\s+){0,3}?на\\s)',
      'намерен[аоы]?',
      'ожида\\p{L}*',
      'собира\\p{L}*',
      'собер[её]тся',
      'соберутся',
      'провед[её]т',
      'проведут',
      'посетит',
      'прибуд(?:ет|ут)',
      'посетят',
      'соверш(?:ит|ат)',
      'встретятся',
      'встретится',
      // More perfective futures of this field's verbs: arriving, returning, signing, discussing, lasting.
      'прилет(?:ит|ят)',
      'при[её]д(?:ет|ут)',
      'вернутся',
      'верн[её]тся',
      '(?:от|на)правятся',
      '(?:от|на)правится',
      'подпиш(?:ет|ут)',
      'обсуд(?:ит|ят)',
      'выступ(?:ит|ят)',
      'прим(?:ет|ут)',
      'прод(?:лится|лятся)',
      'завершится',
      'завершатся',
      'начн[её]тся',
      'начнутся',
      'откроется',
      'надеется',
      'надеются',
      'рассчитыва\\p{L}*',
      'предполагается',
      // «Визит возможен в июле»: a possibility looks ahead (not the parenthetical «возможно», "perhaps").
      'возмож(?:ен|на|ны)',
      EVENT_VERB_RU,
      'о\\s+(?:проведении|созыве|подготовке|организации)',
      'может',
      'могут',
      // Considering or preparing a visit looks ahead: «задумался о визите в начале декабря».
      'задумал\\p{L}*',
      'рассматрива\\p{L}*',
      'готовит(?:ся|ь)',
      'готовятся',
      'в\\s+преддверии',
      // Preparing for an event looks ahead: «ведет подготовку к визиту 26 мая».
      'подготовк\\p{L}*\\s+к',
      // An invitation's infinitive is its plan: «получил приглашение вернуться в сентябре».
      'приглашени\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+(?:ть|ти)(?:ся|сь)?',
      // A decision's infinitive is its plan: «договорились направить … в июле».
      `(?:договорились|условились|решили|предложил[аи]?)\\s+(?:\\p{L}+\\s+){0,2}?(?:${EVENT_VERB_RU}|\\p{L}+(?:ть|ти)(?:ся|сь)?)`,
    ].join('|'),
  ),
  past: cue(
    [
      'состоял\\p{L}*',
      'прош(?:[её]л|л[аои])',
      'провел[аи]?',
      'провёл',
      'заявил[аи]?',
      // Regular past tense: заявил, отметили, встретились, подписала …
      '\\p{L}{2,}(?:ал|ял|ил|ел|ыл|ул)(?:[аои])?(?:сь|ся)?',
      // «было подтверждено», «была достигнута»: the past of «быть» before a short participle.
      'был[аои]?',
      // The past of verbs in -чь, -ти, -нуть: «возникла», «достигли», «смогла», «пришли», «перешёл».
      '\\p{L}{2,}[кг]л[аои](?:сь|ся)?',
      '\\p{L}+ш(?:[её]л|л[аои])(?:сь|ся)?',
    ].join('|'),
  ),
  decision: /^(?:договорились|условились|решили|предложил[аи]?)(?![\p{L}])/iu,
  irrealis: /(?<![\p{L}])(?:чтобы|что\s+бы|бы)(?:\s+\p{L}+){0,3}\s*$/iu,
  reporting:
    /^(?:заявил[аи]?|сообщил[аио]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|добавил[аи]?|пояснил[аи]?|подтвердил[аи]?|объявил[аи]?|рассказал[аи]?|уточнил[аи]?|напомнил[аи]?|сообщает|передает|передаёт)$/i,
  eventNoun:
    /(?<![\p{L}])(?:встреч\p{L}*|визит\p{L}*|переговор\p{L}*|саммит\p{L}*|поездк\p{L}*|консультаци\p{L}*|форум\p{L}*|сесси\p{L}*|раунд\p{L}*|диалог\p{L}*|турне|миссии|миссию)(?![\p{L}])/iu,
  notPast:
    /^(?:недели|цели|модели|мели|канал|материал|потенциал|сигнал|журнал|генерал|капитал|идеал|ритуал|финал|начало|начале|пил|мил|тел|дел|ил|ел|кукла|свекла|свёкла|стекла|стекло)$/i,
}

const CUES: Record<'ru' | 'en', Cues> = { ru: RU, en: EN }

/** Not after an abbreviation whose full stop ends no clause: "St. Petersburg", "Mr. Abe". */
const ABBREVIATION = '(?<!(?<![\\p{L}])(?:St|Mr|Mrs|Ms|Dr|Gen|Prof|Lt|Col|Sen|Rep|Gov|Jr|Sr))'
/** Clause boundaries: punctuation, the words that open a reported clause, and coordination ("held in August and agreed to …"). */
const CLAUSE_END = new RegExp(
  `${ABBREVIATION}\\.|[;!?\\n,:«»"“”()—]|(?<![\\p{L}])(?:that|что|which|который|которая|которое|которые|but|and|а|но|и)(?![\\p{L}])`,
  'giu',
)
/** Sentence boundaries: a full stop or line end (initials and "г." are rare enough inside a clause's reach). */
const SENTENCE_END = new RegExp(`${ABBREVIATION}\\.\\s|[!?\\n]\\s|\\n`, 'gu')

/** How far a clause or sentence may reach either side of an expression: keeps the work per match small. */
const REACH = 300

function bounds(text: string, start: number, end: number, pattern: RegExp): [number, number] {
  const offset = Math.max(0, start - REACH)
  let from = offset
  let to = Math.min(text.length, end + REACH)
  for (const m of text.slice(offset, to).matchAll(pattern)) {
    const s = offset + m.index
    const e = s + m[0].length
    if (e <= start) from = e
    else if (s >= end) {
      to = s
      break
    }
  }
  return [from, to]
}

function nearestCue(
  text: string,
  start: number,
  end: number,
  [from, to]: [number, number],
  cues: Cues,
  inClause: boolean,
): TenseCue & { weak?: boolean } {
  const span = text.slice(from, to)
  let weak = false
  const found: { tense: Exclude<Tense, null>; s: number; e: number }[] = []
  for (const m of span.matchAll(cues.future)) {
    // "May" is a month; "may" a modal verb.
    const s = from + m.index
    const e = s + m[0].length
    // A cue around the expression ("agreed in November to speed up") dates the decision, not its plan.
    if (s < start && e > end) continue
    if (m[0] === 'May') continue
    const verb = cues.decision.exec(m[0])
    if (verb && s >= end) found.push({ tense: 'past', s, e: s + verb[0].length })
    else if (verb && cues.occasion?.test(text.slice(e, start))) found.push({ tense: 'past', s, e: s + verb[0].length })
    else found.push({ tense: 'future', s, e })
  }
  for (const m of span.matchAll(cues.past)) {
    const s = from + m.index
    const e = s + m[0].length
    if (cues.notPast?.test(m[0])) continue
    // The second half of a compound adjective ("Japanese-claimed islands") is not a verb.
    if (text[s - 1] === '-') continue
    if (cues.reporting.test(m[0])) {
      if (!inClause) continue
      const between = e <= start ? text.slice(e, start) : text.slice(end, s)
      if (cues.eventNoun.test(between)) {
        weak = true
        continue
      }
    }
    if (found.some((f) => f.s < e && f.e > s)) continue
    // A cue inside the expression itself ("last", "ago") is not the clause's tense.
    if (s >= start && e <= end) continue
    const irrealis = cues.irrealis?.test(text.slice(Math.max(from, s - 40), s)) ?? false
    found.push({ tense: irrealis ? 'future' : 'past', s, e })
  }
  for (const [tense, pattern] of [
    ['future', cues.before?.future],
    ['past', cues.before?.past],
  ] as const) {
    if (!pattern) continue
    for (const m of span.matchAll(pattern)) {
      const s = from + m.index
      const e = s + m[0].length
      if (e <= start && !found.some((f) => f.s < e && f.e > s)) found.push({ tense, s, e })
    }
  }
  // A superseded plan's words are one past cue: none of its parts ("scheduled for", "to return") is a plan.
  for (const m of cues.superseded ? span.matchAll(cues.superseded) : []) {
    const s = from + m.index
    const e = s + m[0].length
    if (s >= start && e <= end) continue
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]
      if (f && f.s < e && f.e > s) found.splice(i, 1)
    }
    found.push({ tense: 'past', s, e })
  }
  const distance = (f: { s: number; e: number }) => (f.e <= start ? start - f.e : f.s >= end ? f.s - end : 0)
  const ranked = found.filter((f) => !(f.s >= start && f.e <= end)).sort((a, b) => distance(a) - distance(b))
  let best = ranked[0]
  // An infinitive after the expression is a purpose of the clause's verb ("met … on Wednesday to discuss"):
  // with a past verb before the expression, the purpose is past too; alone ("visiting Russia in late April to
  // hold talks") it is the plan.
  if (best && best.tense === 'future' && best.s >= end && /^to\s/i.test(text.slice(best.s, best.e)))
    best = ranked.find((f) => f.tense === 'past' && f.e <= start) ?? best
  return best ? { tense: best.tense, cue: text.slice(best.s, best.e) } : { tense: null, cue: null, weak }
}

/** A word that opens a reported or relative clause. */
const CLAUSE_OPENER = /(?<![\p{L}])(?:that|which|who|что|чтобы|который|которая|которое|которые)(?![\p{L}])/iu

/**
 * "In February, the minister said that … would …", «В феврале министр заявил, что … будет»: an expression that
 * opens its sentence, before the verb of saying, dates the saying; what was said is another clause.
 */
function frontedReport(text: string, start: number, end: number, cues: Cues): TenseCue | null {
  const [from, to] = bounds(text, start, end, SENTENCE_END)
  if (!/^[\s"“«(]*$/u.test(text.slice(from, start))) return null
  const rest = text.slice(end, to)
  for (const m of rest.matchAll(cues.past)) {
    if (!cues.reporting.test(m[0])) continue
    const before = rest.slice(0, m.index)
    if (CLAUSE_OPENER.test(before) || cues.eventNoun.test(before)) return null
    if (before.match(cues.future) !== null) return null
    return { tense: 'past', cue: m[0] }
  }
  return null
}

/** The tense of the clause holding text[start, end) and the cue that decided it. */
export function tenseCueAt(text: string, start: number, end: number, language: 'ru' | 'en'): TenseCue {
  const cues = CUES[language]
  const inClause = nearestCue(text, start, end, bounds(text, start, end, CLAUSE_END), cues, true)
  if (inClause.tense) return inClause
  // A clause whose only verb reports an event it names is neutral: the rest of the sentence does not decide.
  if (inClause.weak) return { tense: null, cue: null }
  return (
    frontedReport(text, start, end, cues) ??
    nearestCue(text, start, end, bounds(text, start, end, SENTENCE_END), cues, false)
  )
}

/** The tense of the clause holding text[start, end): past, future (a plan) or null. */
export function tenseAt(text: string, start: number, end: number, language: 'ru' | 'en'): Tense {
  return tenseCueAt(text, start, end, language).tense
}

/** The reason a tense gives a resolution: "future: governed by 'состоится'". */
export function tenseReason(cue: TenseCue): string {
  return cue.tense ? `${cue.tense}: governed by '${cue.cue ?? ''}'` : 'no tense cue: the nearest to the document date'
}
