/**
 * The rules for expressions that name no date (see rule.ts): durations ("for about two hours", «двухдневный»)
 * and vague references ("recently", «в ближайшее время», "the mid-20th century"). They resolve to null, so a
 * curator sees them as durations or vague, never as dates.
 */
import { EN_NUMBER_WORD, RU_NUMBER_WORD } from './lexicon'
import { m, rule, type Rule } from './rule'

export const EN_NO_DATE_RULES: Rule[] = [
  rule(
    'en.duration',
    'en',
    `(?<trip>(?:an?|the)\\s+day[-\\s]trip)|(?<wait>(?:a\\s+wait\\s+of|wait(?:ed|ing|s)?)\\s+(?:hours|days|weeks|months|years))|(?<pre>(?:(?:for|lasting|in|within|after)\\s+)?(?:approximately|about|around|nearly|almost|over|more\\s+than|less\\s+than|some|for|in|within|after|lasting)\\s+)?(?:(?:the\\s+)?(?:past|last|next|first|coming)\\s+)?(?<n>${EN_NUMBER_WORD})(?:\\s+and\\s+a\\s+half)?[-\\s]+(?:hours?|minutes?|seconds?|days?|nights?|weeks?|months?|years?|decades?)(?:\\s+and\\s+(?:${EN_NUMBER_WORD})\\s+(?:hours?|minutes?|seconds?))?(?<than>\\s+(?:later|earlier|sooner)\\s+than)?(?!\\s+ago|-old)`,
    (g) => {
      // "an hour later than scheduled": a delay measured against a plan, not a time counted from a date.
      if (g.than !== undefined) return { value: null, reason: 'duration: a delay against a schedule, no date' }
      // "a day trip" is a one-day trip; "a day" alone ("twice a day") counts nothing. "had to wait months", "a
      // wait of years": a length of time with no number.
      if (g.trip !== undefined || g.wait !== undefined) return null
      const n = m(g, 'n').toLowerCase()
      if ((n === 'a' || n === 'an') && g.pre === undefined) return undefined
      return null
    },
  ),
  // "soon" only where it closes its clause ("will visit Japan soon.", "any time soon."): there it is the clause's
  // time; before a verb ("may soon fly to …") it is the verb's manner, and "as soon as" is a conjunction.
  // "recent" before an event ("Lavrov's recent interview", "at recent talks") is an unnamed past time.
  rule(
    'en.vague',
    'en',
    `(?:in\\s+)?the\\s+(?:near\\s+|distant\\s+)?future(?!\\s+(?!(?:of|and|or|in|for|is|was|will|would|with|as|at|to|that|than|we|they|it)(?![\\p{L}]))\\p{L})|currently|recently|every\\s+(?:year|month|week|day)|annually|in\\s+the\\s+recent\\s+period|(?:for\\s+|over\\s+)?(?:a\\s+long\\s+time|many\\s+(?:years|months|decades))|(?:in|over|during|for)\\s+the\\s+(?:coming|next|following)\\s+(?:days|weeks|months|years)|(?:in\\s+)?recent\\s+(?:years|months|weeks)|(?:right\\s+)?now|nowadays|these\\s+days|at\\s+present|(?:many\\s+)?(?:decades|years|centuries)\\s+ago|(?:for\\s+)?an?\\s+(?:indefinite|unlimited|long)\\s+period(?:\\s+of\\s+time)?|(?:the\\s+)?(?:(?:early|mid|late)-?\\s*)?\\d{1,2}(?:st|nd|rd|th)\\s+century|(?:the\\s+)?(?:beginning|middle|end)\\s+of\\s+the\\s+(?:past|last|previous|\\d{1,2}(?:st|nd|rd|th))\\s+centur(?:y|ies)|within\\s+the\\s+day|(?:the\\s+)?recent\\s+(?:summits?|agreements?|meetings?|talks|negotiations|consultations|interviews?)|(?:in\\s+)?the\\s+(?:19|20)\\d0s|of\\s+late|lately|(?:for\\s+(?:many\\s+)?|many\\s+|long\\s+)decades(?!-)|(?:for\\s+)?long\\s+years|(?:at\\s+)?the\\s+last\\s+minute|at\\s+(?:an\\s+early|the\\s+earliest(?:\\s+possible)?)\\s+date|(?:any\\s*time\\s+|very\\s+)?(?<!as\\s)soon(?=\\s*[.,;!?"”’)]|\\s*$)`,
    () => null,
  ),
]

export const RU_NO_DATE_RULES: Rule[] = [
  rule(
    'ru.duration',
    'ru',
    `(?:(?:около|примерно|почти|более|менее|свыше|порядка|за|на|через|в\\s+течение)\\s+)?(?:(?:эти|последние|ближайшие|первые|прошедшие|предстоящие)\\s+)?(?:(?:(?<n>${RU_NUMBER_WORD})\\s+)?(?:час(?:а|ов)?|минут[аы]?|секунд[аы]?|дн(?:я|ей)|день|ноч(?:ь|и|ей)|сут(?:ки|ок)|недел[ьиюя]|месяц(?:а|ев)?|лет|год(?:а)?)(?:\\s+(?:и\\s+)?${RU_NUMBER_WORD}\\s+(?:минут[аы]?|секунд[аы]?))?|(?<half>пол(?:года|угода)))`,
    // «через неделю», «в течение недели»: one unit, with no number, is still a duration.
    (g, _ref, text) =>
      g.n !== undefined || g.half !== undefined || /^(?:через|в\s+течение)/i.test(text) ? null : undefined,
  ),
  // «первая за год делегация», «в последний год»: a length of time counted back from now, no date; «за год до этого»
  // is a day counted from another (rules-ru-days.ts).
  rule(
    'ru.duration-back',
    'ru',
    `(?:за|в\\s+течение)\\s+(?:последн\\p{L}+\\s+)?(?:год|месяц)(?!\\s+до(?!\\p{L}))|(?:в|за)\\s+последн(?:ий|ие)\\s+(?:год|месяц)`,
    () => null,
  ),
  // A duration written as an adjective: «с двухдневным визитом», «трёхлетний план».
  rule(
    'ru.duration-adjective',
    'ru',
    `(?:одно|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|десяти|\\d+-?)(?:дневн|недельн|месячн|летн|часов)\\p{L}+`,
    // «65-летний Абэ» is an age, not a duration of anything the text dates.
    (_g, _ref, text) => (/^\d+-?летн/iu.test(text) ? undefined : null),
  ),
  rule(
    'ru.vague',
    'ru',
    `на\\s+днях|(?:(?:за|в\\s+течение|на)\\s+)?(?:долгое|длительное)\\s+время|(?:совсем\\s+)?недавно|каждый\\s+(?:год|месяц|день)|ежегодно|ежемесячно|в\\s+последние\\s+(?:годы|месяцы|недели|дни)|в\\s+последнее\\s+время|в\\s+(?:самое\\s+)?ближайшее\\s+время|в\\s+скором\\s+времени|в\\s+ближайшие\\s+(?:дни|недели|месяцы|годы)|в\\s+течение\\s+ближайш\\p{L}+\\s+(?:дней|дня|недели|недель|месяца|месяцев|года|лет)|в\\s+настоящее\\s+время|в\\s+будущем(?!\\s+(?:году|месяце))|в\\s+прошлом(?!\\s+(?:году|месяце))|сейчас|ныне|в\\s+(?:данный|настоящий)\\s+момент|в\\s+(?:самые\\s+)?кратчайшие\\s+сроки|(?:за|в)\\s+эти\\s+дни|(?:много\\s+)?(?:десятилетий|лет)\\s+назад|(?:в\\s+)?(?:(?:начале|середине|конце)\\s+)?[IVXL]+\\s+век[аеу]?|на\\s+неопредел[её]нный\\s+срок|(?:на\\s+протяжении\\s+|в\\s+течение\\s+)?(?:многих\\s+)?десятилетий|(?:многие\\s+)?десятилетия|недавн\\p{L}+\\s+(?:саммит|встреч|переговор|договор[её]нност|соглашени)\\p{L}*|(?:в\\s+)?(?:(?:начале|середине|конце)\\s+)?(?:\\d{2})?\\d0-(?:х|е)(?:\\s+(?:годах|годов|годы|гг\\.))?`,
    () => null,
  ),
]
