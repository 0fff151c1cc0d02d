/** The words that tell a clause's tense in one language, and the pattern they are written in (see tense.ts). */
export interface Cues {
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
/** A cue pattern: one of the words given, as whole words, found anywhere in a span (flag g). */
export const cue = (source: string) => new RegExp(`(?<![\\p{L}\\d])(?:${source})${W}`, 'giu')
