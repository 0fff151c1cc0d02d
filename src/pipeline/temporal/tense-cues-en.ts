/** The English words that tell a clause's tense (see tense.ts): modals and plans, past forms, reporting verbs. */
import { cue, type Cues } from './tense-cues'

const EVENT_VERB_EN = '(?:hold|meet|visit|convene|resume|start|begin|launch|conduct|organi[sz]e|sign|discuss|continue)'
export const EN_CUES: Cues = {
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
