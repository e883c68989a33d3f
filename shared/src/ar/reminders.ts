import type { Segment, Tone } from '../domain/model.ts';
import { addDays, isCalendarDate } from './calendar.ts';
import { daysPastDue } from './aging.ts';

/** What a reminder is about: a receipt check or pre-due note before the due date, or a chase. */
export type ReminderKind = 'pre_due' | 'receipt_check' | 'overdue';

/** One overdue reminder of a scenario: when it goes out, its tone and whether a manager is in. */
export interface ReminderStep {
  /** Days past due from which this step may go out. */
  daysPastDue: number;
  tone: Tone;
  escalateToManager: boolean;
}

/** The reminder scenario of a segment. */
export interface ReminderScenario {
  /** Tone of the receipt check and pre-due reminder, and of the account's correspondence. */
  tone: Tone;
  /** Days before the due date of the pre-due reminder, or null for none. */
  preDueDays: number | null;
  /** Days before the due date of the "did you receive our invoice?" check, or null for none. */
  receiptCheckDays: number | null;
  /** Overdue reminders, in order; step n is reminder level n. */
  steps: readonly ReminderStep[];
}

/** Reminder scenario of each segment; the spacing of steps is also the least gap between sends. */
export const REMINDER_SCENARIOS: Readonly<Record<Segment, ReminderScenario>> = {
  // A new account is helped before the due date: did the invoice arrive, and it is due soon.
  new: {
    tone: 'courteous',
    preDueDays: 3,
    receiptCheckDays: 20,
    steps: [
      { daysPastDue: 1, tone: 'courteous', escalateToManager: false },
      { daysPastDue: 8, tone: 'neutral', escalateToManager: false },
      { daysPastDue: 15, tone: 'neutral', escalateToManager: false },
      { daysPastDue: 30, tone: 'firm', escalateToManager: true },
    ],
  },
  // A good payer late once gets a friendly note a few days after the due date.
  good_payer: {
    tone: 'courteous',
    preDueDays: null,
    receiptCheckDays: null,
    steps: [
      { daysPastDue: 3, tone: 'courteous', escalateToManager: false },
      { daysPastDue: 10, tone: 'neutral', escalateToManager: false },
      { daysPastDue: 20, tone: 'neutral', escalateToManager: false },
      { daysPastDue: 35, tone: 'firm', escalateToManager: true },
    ],
  },
  occasional_late: {
    tone: 'neutral',
    preDueDays: null,
    receiptCheckDays: null,
    steps: [
      { daysPastDue: 1, tone: 'neutral', escalateToManager: false },
      { daysPastDue: 10, tone: 'neutral', escalateToManager: false },
      { daysPastDue: 20, tone: 'firm', escalateToManager: false },
      { daysPastDue: 30, tone: 'firm', escalateToManager: true },
    ],
  },
  // A recurring late payer gets firm reminders, closer together, and a manager earlier.
  recurring_late: {
    tone: 'firm',
    preDueDays: null,
    receiptCheckDays: null,
    steps: [
      { daysPastDue: 1, tone: 'firm', escalateToManager: false },
      { daysPastDue: 5, tone: 'firm', escalateToManager: false },
      { daysPastDue: 10, tone: 'firm', escalateToManager: true },
      { daysPastDue: 15, tone: 'firm', escalateToManager: true },
    ],
  },
  // A strategic account is only ever written to courteously or neutrally, never escalated.
  strategic: {
    tone: 'courteous',
    preDueDays: null,
    receiptCheckDays: null,
    steps: [
      { daysPastDue: 5, tone: 'courteous', escalateToManager: false },
      { daysPastDue: 15, tone: 'courteous', escalateToManager: false },
      { daysPastDue: 30, tone: 'neutral', escalateToManager: false },
      { daysPastDue: 45, tone: 'neutral', escalateToManager: false },
    ],
  },
};

/** Where one invoice stands in its reminder scenario on the as-of date. */
export interface ReminderInput {
  segment: Segment;
  dueDate: string;
  asOf: string;
  /** Overdue step last sent, 0 when none; receipt checks and pre-due reminders do not raise it. */
  lastReminderLevel: number;
  /** Date of the last reminder of any kind for this invoice, or null. */
  lastReminderOn: string | null;
  /** An open dispute covers the invoice. */
  pausedByDispute: boolean;
  /** A pending promise covers the invoice. */
  pausedByPromise: boolean;
}

/** The reminder to send: level (0 before the due date), tone, kind and manager escalation. */
export interface NextReminder {
  due: boolean;
  /** Overdue step number, 1-based; 0 for a receipt check or pre-due reminder. */
  level: number;
  tone: Tone;
  kind: ReminderKind;
  escalateToManager: boolean;
  reason: string;
}

/** Where an invoice stands in its scenario: the next reminder, when it goes out, and why. */
export interface ReminderPlan {
  /** due: send today; scheduled: later; paused: by a dispute or promise; done: nothing left. */
  state: 'due' | 'scheduled' | 'paused' | 'done';
  /** The date the next reminder goes out (or went due), null when done. */
  on: string | null;
  /** The next reminder of the scenario, with `due` true only in state 'due'; null when done. */
  next: NextReminder | null;
  reason: string;
}

interface Candidate {
  on: string;
  level: number;
  tone: Tone;
  kind: ReminderKind;
  escalateToManager: boolean;
  describe: (state: 'due' | 'scheduled' | 'paused') => string;
}

function validate(input: ReminderInput): void {
  if (!isCalendarDate(input.dueDate)) throw new RangeError('dueDate must be a YYYY-MM-DD date');
  if (!isCalendarDate(input.asOf)) throw new RangeError('asOf must be a YYYY-MM-DD date');
  if (input.lastReminderOn !== null && !isCalendarDate(input.lastReminderOn)) {
    throw new RangeError('lastReminderOn must be a YYYY-MM-DD date or null');
  }
  if (!Number.isSafeInteger(input.lastReminderLevel) || input.lastReminderLevel < 0) {
    throw new RangeError('lastReminderLevel must be a whole number ≥ 0');
  }
}

function latest(a: string, b: string | null): string {
  return b !== null && b > a ? b : a;
}

function dueIn(dueDate: string, asOf: string): string {
  const days = -daysPastDue(dueDate, asOf);
  if (days === 0) return 'due today';
  return days > 0 ? `due in ${days} days` : `${-days} days past due`;
}

// Receipt check, then pre-due; each lapses once the next stage's date has come, and counts as
// sent when the last reminder went out on or after its date.
function beforeDueCandidate(input: ReminderInput, scenario: ReminderScenario): Candidate | null {
  const { dueDate, asOf, lastReminderOn } = input;
  const afterDue = addDays(dueDate, 1);
  const preDueOn = scenario.preDueDays === null ? null : addDays(dueDate, -scenario.preDueDays);
  const receiptOn =
    scenario.receiptCheckDays === null ? null : addDays(dueDate, -scenario.receiptCheckDays);

  const stages: { kind: ReminderKind; on: string; lapsesOn: string }[] = [];
  if (receiptOn !== null)
    stages.push({ kind: 'receipt_check', on: receiptOn, lapsesOn: preDueOn ?? afterDue });
  if (preDueOn !== null) stages.push({ kind: 'pre_due', on: preDueOn, lapsesOn: afterDue });

  for (const stage of stages) {
    const sent = lastReminderOn !== null && lastReminderOn >= stage.on;
    const on = latest(stage.on, lastReminderOn === null ? null : addDays(lastReminderOn, 1));
    if (sent || asOf >= stage.lapsesOn || on >= stage.lapsesOn) continue;

    return {
      on,
      level: 0,
      tone: scenario.tone,
      kind: stage.kind,
      escalateToManager: false,
      describe: (state) =>
        state === 'scheduled' ? `${stage.kind} on ${on}` : `${stage.kind}: ${dueIn(dueDate, asOf)}`,
    };
  }
  return null;
}

// Step n goes out once the invoice is that many days past due, and no sooner after the previous
// reminder than the scenario's spacing between the two steps, so a long pause does not burst.
function overdueCandidate(input: ReminderInput, scenario: ReminderScenario): Candidate | null {
  const { segment, dueDate, asOf, lastReminderLevel, lastReminderOn } = input;
  const step = scenario.steps[lastReminderLevel];
  if (!step) return null;

  const level = lastReminderLevel + 1;
  const previous = scenario.steps[lastReminderLevel - 1];
  const gap = previous ? step.daysPastDue - previous.daysPastDue : 1;
  const earliest = lastReminderOn === null ? null : addDays(lastReminderOn, Math.max(gap, 1));
  const on = latest(addDays(dueDate, step.daysPastDue), earliest);
  const of = `${level} of ${scenario.steps.length}`;

  return {
    on,
    level,
    tone: step.tone,
    kind: 'overdue',
    escalateToManager: segment !== 'strategic' && step.escalateToManager,
    describe: (state) =>
      state === 'scheduled'
        ? `overdue step ${of} on ${on}`
        : `overdue step ${of}: ${dueIn(dueDate, asOf)} (step at ${step.daysPastDue})`,
  };
}

/**
 * Where an invoice stands in its segment's scenario on `asOf`: the next reminder and the date it
 * goes out, paused while a dispute is open or a promise pending; never two reminders a day.
 */
export function nextReminderPlan(input: ReminderInput): ReminderPlan {
  validate(input);
  const scenario = REMINDER_SCENARIOS[input.segment];

  const candidate =
    (input.lastReminderLevel === 0 ? beforeDueCandidate(input, scenario) : null) ??
    overdueCandidate(input, scenario);
  if (!candidate) {
    const reason = `done: all ${scenario.steps.length} overdue steps sent`;
    return { state: 'done', on: null, next: null, reason };
  }

  const pauses = [
    ...(input.pausedByDispute ? ['open dispute'] : []),
    ...(input.pausedByPromise ? ['pending promise'] : []),
  ];
  const state = pauses.length > 0 ? 'paused' : input.asOf >= candidate.on ? 'due' : 'scheduled';
  const reason = state === 'paused' ? `paused: ${pauses.join(', ')}` : candidate.describe(state);

  const { level, tone, kind, escalateToManager } = candidate;
  const next = { due: state === 'due', level, tone, kind, escalateToManager, reason };
  return { state, on: candidate.on, next, reason };
}

/** The reminder to send for an invoice today, or null when none is due (paused, later or done). */
export function nextReminder(input: ReminderInput): NextReminder | null {
  const plan = nextReminderPlan(input);
  return plan.state === 'due' ? plan.next : null;
}
