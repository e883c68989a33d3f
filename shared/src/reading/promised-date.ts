// The two locales by their own entry points: the package root brings every language it has.
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import {
  addDays,
  daysBetween,
  endOfMonth,
  formatCivilDate,
  isRealDate,
  type CivilDate,
  type SentReference,
} from './calendar.ts';
import { everyMatchOf, matchesInPlainClause } from './clauses.ts';
import { foldText } from './fold.ts';
import { saysPaymentMade, withoutPaymentsMade } from './intent-cues.ts';
import type { MailLanguage } from './language.ts';

/** A date the sender commits to pay on, with the sentence that says so. */
export interface DateFinding {
  date: string;
  index: number;
}

const MONTHS_FR: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};
const MONTHS_EN: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_WORDS = [...Object.keys(MONTHS_FR), ...Object.keys(MONTHS_EN)]
  .sort((a, b) => b.length - a.length)
  .join('|');

// Sentences come here with their amounts and invoice numbers blanked (see maskSpans): a run of
// spaces stands for them, as in "send ␣␣␣␣ toward ␣␣␣␣ on 12/04".
const PAYMENT_CUE =
  /\b(?:pa(?:y|i)\w*|regl\w*|reglement\w*|vir(?:ement|ons|erons|era|e)\w*|vers(?:ement|erons|era|ons)\w*|sold(?:er|ons|ez|erons|era|erai)\b|acquitt\w*|cheque|prelevement|eft|bacs|chaps|instal+ments?|payment plan|mise en paiement|remis\w*|settle\w*|wire\w*|transfer\w*|remit\w*|remittance|funds|ach|check run|payment run|cheque|check)\b|\b(?:you(?:'ll| will) (?:have|receive|get|see) (?:the |your |our |it |all )?(?:full|whole|payment|funds|money|amount|balance|transfer|wire|check|cheque|\s{2,}|[$€£])|(?:send|sending|release|releasing|envoyer|enverrons|verserons)\s+(?:you\s+|vous\s+)?(?:\s{2,}|[$€£\d])|clear(?:ing)?\s+(?:the |this |that |these |both |our |your |it\b|invoice|balance|\s{2,}|(?=[a-z-]*\d))|ce sera fait|sera traitee?|will be (?:done|sorted|processed|released|taken care of)|will go out|goes out|will be cleared|vous l'aurez)/i;
const EVERY_PAYMENT_CUE = everyMatchOf(PAYMENT_CUE);
const PAYING_TEAM =
  /\b(?:accounts? payables?|payables? (?:team|department|dept|desk|clerk)|(?:service|equipe) (?:comptabilite )?fournisseurs?)\b/gi;
// What is left to pay ("the remaining $2,500", "le solde") speaks of paying only beside a future.
const REST_CUE =
  /\b(?:the (?:remaining|remainder|balance|rest)|remaining (?:balance|amount)|le (?:solde|reste|reliquat|complement)|(?:second|deuxieme|dernier|last|final) (?:versement|paiement|instalment|installment|payment|tranche|echeance))\b/i;
const EVERY_REST_CUE = everyMatchOf(REST_CUE);
const FUTURE_CUE =
  /\b(?:will|'ll|shall|going to|plan(?:ned|ning)? to|scheduled|expect(?:ed)? to|intend|no later than|promise|commit\w*|sera|seront|serons|allons|vais|va|pourrons|pourra|comptons|prevoyons|prevue?s?|programmee?s?|planifiee?s?|d'ici|au plus tard|avant|engage\w*|suivra|suivront|follow|\w+erons|\w+irons|\w+drons|\w{3,}(?:rez|ront)|\w{2,}(?:era|ira|dra))\b/i;
const PAST_CUE =
  /\b(?:avons|avez|ont|ai|avions|avoir)\s+(?:bien\s+|deja\s+|aussi\s+|ce jour\s+)?(?:regle|paye|effectue|vire|envoye|procede|emis|transmis|verse|solde|initie|lance|passe|ordonne)|\b(?:a|ont)\s+(?:bien\s+|deja\s+)?ete\s+(?:regl|pay|effectu|vir|envoy|emis|transmis|vers|sold|initi|execut|mis en paiement)|\b(?:virement|paiement|reglement|versement)\s+(?:effectue|emis|execute|passe|envoye|realise)\b|\bhier\b|\b(?:we|i)\s+(?:already\s+|just\s+)?(?:paid|sent|wired|transferred|settled|remitted|made|processed|released|initiated)\b|\b(?:have|has|had|'ve)\s+(?:already\s+|just\s+)?(?:been\s+)?(?:paid|sent|made|wired|transferred|settled|processed|remitted|initiated|released)\b|\b(?:was|were)\s+(?:already\s+)?(?:paid|sent|made|wired|transferred|settled|processed|remitted|initiated|released|mailed|posted)\b|\byesterday\b/i;
const ABSENCE_CUE =
  /\b(?:absente?|de retour|conges?|out of (?:the )?office|back (?:in the office )?on|returning on|annual leave|on leave|on vacation|en vacances|reponse automatique|automatic reply|auto-?reply)\b/i;
const POLITE_NEGATIONS =
  /\b(?:n'hesitez pas|ne manquerons pas|ne manquerai pas|pas de (?:souci|probleme)|no problem|not a problem|don't hesitate|do not hesitate|without fail)\b/gi;
const NEGATION = /\b(?:ne|pas|jamais|not|cannot|never|unable)\b|\bn'|n't\b/i;
const NEGATED_UNTIL =
  /\b(?:avant|before|until|till|qu'a partir|only (?:on|after)|pas avant|not before)\b/i;
const ABOUT_ANOTHER_DATE =
  /(?:\b(?:factur\w*|invoice\w*|relance|reminder|courrier|e-?mail|message|avoir|credit note|commande|order|livraison|delivery|devis|quote|lettre|letter|statement|releve)\b[^.!?]{0,40}?\b(?:du|dated|of|from|datee? du|emise? le|issued on|en date du|sent on|envoyee? le|recue? le|received on)|\b(?:echeance|echue?|due(?: date)?|was due|etait due|date de facture|invoice date|date de valeur|value date|date d'execution|execution date|date d'operation|transaction date))\s*(?:le |on |du |the |:\s*)?$/i;
const NEXT_YEAR_IF_AHEAD_DAYS = 300;
// The date parser is the costly step; a sentence without a digit or a date word skips it.
const DATE_WORD = new RegExp(
  String.raw`\d|\b(?:${MONTH_WORDS}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|apres-demain|aujourd'hui|semaine|mois|jours?|prochaine?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|tomorrow|today|tonight|week|month|days?|next|this|weeks?)\b`,
);

/** A sentence to read for a date: its text, the same folded (see foldText), and its index. */
export interface DateSentence {
  text: string;
  folded: string;
  index: number;
}

/** Reads the first date a set of sentences ties to a payment to come, relative to the sent day. */
export function findPromisedDate(
  sentences: DateSentence[],
  language: MailLanguage,
  reference: SentReference,
): DateFinding | null {
  for (const [at, sentence] of sentences.entries()) {
    if (!isPaymentPromiseSentence(sentence.folded)) continue;
    const date = firstPaymentDate(sentence, language, reference);
    if (date !== null) return { date: formatCivilDate(date), index: sentence.index };
    // "… en deux fois :" then "- 25 000,00 MAD le 16 novembre": the plan's items carry the dates.
    if (!LEADS_A_LIST.test(sentence.folded)) continue;
    for (const item of sentences.slice(at + 1)) {
      if (!LIST_ITEM.test(item.folded)) break;
      const itemDate = firstPaymentDate(item, language, reference);
      if (itemDate !== null) return { date: formatCivilDate(itemDate), index: item.index };
    }
  }
  return null;
}

const LEADS_A_LIST = /:\s*$/;
const LIST_ITEM = /^\s*(?:[-–—•*·▪]|\d{1,2}[.)]\s)/;

/** True when a folded sentence speaks of paying later, not of a payment made or an absence. */
export function isPaymentPromiseSentence(folded: string): boolean {
  // "Accounts payable", "le service fournisseurs": the name of a team, not a word of paying.
  const text = folded.replace(PAYING_TEAM, ' ');
  const cue = PAYMENT_CUE.test(text)
    ? EVERY_PAYMENT_CUE
    : REST_CUE.test(text) && FUTURE_CUE.test(text)
      ? EVERY_REST_CUE
      : null;
  if (cue === null || ABSENCE_CUE.test(text)) return false;
  // A payment made ("we have today paid", "paid today via ACH") promises nothing unless a future
  // is written beside it.
  const past = PAST_CUE.test(text) || saysPaymentMade(text);
  if (past && !FUTURE_CUE.test(withoutPaymentsMade(text.replace(PAST_CUE, ' ')))) return false;
  const plain = text.replace(POLITE_NEGATIONS, ' ');
  return (
    matchesInPlainClause(cue, plain, (clause) => NEGATION.test(clause)) || NEGATED_UNTIL.test(plain)
  );
}

interface Candidate {
  date: CivilDate;
  start: number;
  end: number;
  yearWritten: boolean;
}

function firstPaymentDate(
  { text, folded }: DateSentence,
  language: MailLanguage,
  reference: SentReference,
): CivilDate | null {
  const own = ownRuleCandidates(folded, reference);
  const parsed = (DATE_WORD.test(folded) ? chronoCandidates(text, language, reference) : []).filter(
    (c) => !own.some((o) => o.start < c.end && c.start < o.end),
  );
  const candidates = [...own, ...parsed].sort((a, b) => a.start - b.start);
  for (const candidate of candidates) {
    if (ABOUT_ANOTHER_DATE.test(folded.slice(Math.max(0, candidate.start - 80), candidate.start)))
      continue;
    const ahead = daysBetween(reference.today, candidate.date);
    if (ahead < 0) continue;
    if (!candidate.yearWritten && ahead > NEXT_YEAR_IF_AHEAD_DAYS) continue;
    return candidate.date;
  }
  return null;
}

// English writers of the Americas put the month first (10/12 is October 12th); those of Britain,
// Ireland and nearly everywhere else east of there put the day first. The Date header's offset
// says which side of the Atlantic the sender wrote from.
const AMERICAS_WEST_OF_MINUTES = -180;

function writesDayFirst(reference: SentReference): boolean {
  return reference.offsetMinutes > AMERICAS_WEST_OF_MINUTES;
}

function chronoCandidates(
  text: string,
  language: MailLanguage,
  reference: SentReference,
): Candidate[] {
  const parser =
    language === 'fr' ? chronoFr.casual : writesDayFirst(reference) ? chronoEn.GB : chronoEn.casual;
  const results = parser.parse(
    text,
    { instant: reference.instant, timezone: reference.offsetMinutes },
    { forwardDate: true },
  );
  const candidates: Candidate[] = [];
  for (const result of results) {
    if (NOT_A_DAY.test(result.text)) continue;
    const start = result.start;
    if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
    const date = {
      year: start.get('year') ?? 0,
      month: start.get('month') ?? 0,
      day: start.get('day') ?? 0,
    };
    if (!isRealDate(date)) continue;
    candidates.push({
      date,
      start: result.index,
      end: result.index + result.text.length,
      yearWritten:
        start.isCertain('year') &&
        /\d{2}/.test(result.text.replace(/\d{1,2}(?:er|st|nd|rd|th)?\b/g, '')),
    });
  }
  return candidates;
}

// "The invoice is now approved": the present moment is no day anyone promises to pay on.
const NOT_A_DAY = /^(?:right now|now|maintenant|a present|à présent|en ce moment|actuellement)$/i;

interface OwnRule {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, reference: SentReference) => CivilDate | null;
}

const WEEKDAYS: Record<string, number> = {
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  dimanche: 7,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const WEEKDAY_WORDS = Object.keys(WEEKDAYS).join('|');
const NEXT_FR = String.raw`(?:prochaine?|suivante?|pro)`;
const NUMBER_WORDS: Record<string, number> = {
  huit: 8,
  dix: 10,
  quinze: 15,
  trente: 30,
  eight: 8,
  ten: 10,
  fifteen: 15,
  thirty: 30,
};

// Earlier rules win where two overlap: "fin de semaine prochaine" before "fin de semaine".
const OWN_RULES: OwnRule[] = [
  {
    pattern: new RegExp(
      String.raw`\b(?:fin (?:du |de )?mois ${NEXT_FR}|end of (?:next|the following) month|next month[- ]end)\b`,
      'gi',
    ),
    resolve: (_m, ref) => endOfMonth(ref.today, 1),
  },
  {
    pattern:
      /\b(?:fin (?:du |de |de ce )?mois|end of (?:the |this )?month|month[- ]end|end-of-month)\b/gi,
    resolve: (_m, ref) => endOfMonth(ref.today),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:mi-mois ${NEXT_FR}|mid-? ?next month|(?:the )?middle of next month)\b`,
      'gi',
    ),
    resolve: (_m, ref) => dayOfMonthAhead(15, 1, ref.today),
  },
  {
    pattern: new RegExp(String.raw`\b(?:mi-|mid-? ?|(?:the )?middle of )(${MONTH_WORDS})\b`, 'gi'),
    resolve: (m, ref) => dayOfNamedMonth(15, monthNumber(m[1] ?? ''), ref.today),
  },
  {
    pattern: /\b(?:mi-mois|mid-? ?month|(?:the )?middle of (?:the |this )?month)\b/gi,
    resolve: (_m, ref) => nextDayOfMonth(15, ref.today),
  },
  {
    pattern: new RegExp(String.raw`\b(?:fin (?:de |d')?|end of |late )(${MONTH_WORDS})\b`, 'gi'),
    resolve: (m, ref) => endOfNamedMonth(monthNumber(m[1] ?? ''), ref.today),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:le |the )?(\d{1,2})(?:er|e|st|nd|rd|th)? (?:du mois ${NEXT_FR}|of next month|next month)\b`,
      'gi',
    ),
    resolve: (m, ref) => dayOfMonthAhead(Number(m[1]), 1, ref.today),
  },
  {
    pattern: new RegExp(
      String.raw`\b(${WEEKDAY_WORDS})\s+(?:de la semaine ${NEXT_FR}|(?:of\s+)?next week|of the following week)\b`,
      'gi',
    ),
    resolve: (m, ref) => dayOfWeekAhead(WEEKDAYS[m[1] ?? ''] ?? 0, 1, ref),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:la semaine ${NEXT_FR}|next week),?\s+(?:on\s+|le\s+)?(${WEEKDAY_WORDS})\b`,
      'gi',
    ),
    resolve: (m, ref) => dayOfWeekAhead(WEEKDAYS[m[1] ?? ''] ?? 0, 1, ref),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:fin de (?:la )?semaine ${NEXT_FR}|end of (?:next|the following) week|late next week)\b`,
      'gi',
    ),
    resolve: (_m, ref) => dayOfWeekAhead(5, 1, ref),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:debut de (?:la )?semaine ${NEXT_FR}|(?:early|the beginning of|the start of) next week)\b`,
      'gi',
    ),
    resolve: (_m, ref) => dayOfWeekAhead(1, 1, ref),
  },
  {
    pattern: /\b(?:fin de (?:la |cette )?semaine|end of (?:the |this )?week|by the weekend)\b/gi,
    resolve: (_m, ref) => addDays(ref.today, daysToFriday(ref.weekday)),
  },
  {
    pattern: /\bsous (?:huitaine|8 jours|huit jours)\b/gi,
    resolve: (_m, ref) => addDays(ref.today, 8),
  },
  {
    pattern: /\bsous (?:quinzaine|15 jours|quinze jours)\b/gi,
    resolve: (_m, ref) => addDays(ref.today, 15),
  },
  {
    pattern:
      /\b(?:sous|d'ici|dans(?: les)?|within|in(?: the next)?)\s+(\d{1,3}|huit|dix|quinze|trente|eight|ten|fifteen|thirty)\s+(?:jours|days)\b/gi,
    resolve: (m, ref) => addDays(ref.today, NUMBER_WORDS[m[1] ?? ''] ?? Number(m[1])),
  },
  {
    pattern:
      /\b(?:(?:au plus tard |avant |d'ici |jusqu'|pour |des )?le|au|the)\s+(\d{1,2})(?:er|e|st|nd|rd|th)?\b(?!\s*(?:[/.:\-h,]\s*\d|\d|%|°))/gi,
    resolve: (m, ref) => nextDayOfMonth(Number(m[1]), ref.today),
  },
];
// The day-of-month rule yields to a month name or a unit right after the number.
const AFTER_DAY_NUMBER = new RegExp(
  String.raw`^\s*(?:(?:of\s+)?(?:${MONTH_WORDS})\b|(?:jours?|days?|ans?|years?|mois|months?|semaines?|weeks?|heures?|hours?|h|eur|usd|factures?|invoices?|pieces?|units?|unites?|palettes?|cartons?|colis|articles?|items?|pourcents?|percent)\b|[€$%])`,
  'i',
);

function ownRuleCandidates(text: string, reference: SentReference): Candidate[] {
  const candidates: Candidate[] = [];
  for (const rule of OWN_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (
        rule === OWN_RULES[OWN_RULES.length - 1] &&
        AFTER_DAY_NUMBER.test(text.slice(end, end + 24))
      )
        continue;
      if (candidates.some((c) => c.start < end && m.index < c.end)) continue;
      const date = rule.resolve(m, reference);
      if (date !== null) candidates.push({ date, start: m.index, end, yearWritten: false });
    }
  }
  return candidates;
}

function monthNumber(word: string): number {
  const key = foldText(word);
  return MONTHS_FR[key] ?? MONTHS_EN[key] ?? 0;
}

function endOfNamedMonth(month: number, today: CivilDate): CivilDate | null {
  if (month === 0) return null;
  const year = month < today.month ? today.year + 1 : today.year;
  return endOfMonth({ year, month, day: 1 });
}

function dayOfNamedMonth(day: number, month: number, today: CivilDate): CivilDate | null {
  if (month === 0) return null;
  const date = { year: today.year, month, day };
  return daysBetween(today, date) >= 0 ? date : { ...date, year: today.year + 1 };
}

function dayOfMonthAhead(day: number, monthsAhead: number, today: CivilDate): CivilDate | null {
  const month = today.month - 1 + monthsAhead;
  const date = { year: today.year + Math.floor(month / 12), month: (month % 12) + 1, day };
  return isRealDate(date) ? date : null;
}

// ISO weeks: "next week" starts on the Monday after the sent day's week, Sunday included in it.
function dayOfWeekAhead(isoDay: number, weeksAhead: number, ref: SentReference): CivilDate | null {
  if (isoDay < 1 || isoDay > 7) return null;
  const monday = addDays(ref.today, -((ref.weekday + 6) % 7));
  return addDays(monday, weeksAhead * 7 + isoDay - 1);
}

function daysToFriday(weekday: number): number {
  return weekday <= 5 ? 5 - weekday : 12 - weekday;
}

function nextDayOfMonth(day: number, today: CivilDate): CivilDate | null {
  if (day < 1 || day > 31) return null;
  for (let monthsAhead = 0; monthsAhead < 3; monthsAhead++) {
    const month = today.month + monthsAhead;
    const date = {
      year: today.year + Math.floor((month - 1) / 12),
      month: ((month - 1) % 12) + 1,
      day,
    };
    if (isRealDate(date) && daysBetween(today, date) >= 0) return date;
  }
  return null;
}
