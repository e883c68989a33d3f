import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../domain/vocabulary.ts';
import { addDays } from './calendar.ts';
import { REMINDER_SCENARIOS, nextReminder, nextReminderPlan } from './reminders.ts';
import type { ReminderInput } from './reminders.ts';

const dueDate = '2025-03-31';
const day = (daysPastDue: number) => addDays(dueDate, daysPastDue);

const base: ReminderInput = {
  segment: 'good_payer',
  dueDate,
  asOf: day(0),
  lastReminderLevel: 0,
  lastReminderOn: null,
  pausedByDispute: false,
  pausedByPromise: false,
};

const at = (changes: Partial<ReminderInput>) => nextReminder({ ...base, ...changes });

describe('REMINDER_SCENARIOS', () => {
  it('has a scenario for every segment, with steps in increasing days past due', () => {
    for (const segment of SEGMENTS) {
      const steps = REMINDER_SCENARIOS[segment].steps;
      expect(steps.length).toBeGreaterThan(0);
      for (let i = 1; i < steps.length; i += 1) {
        expect(steps[i]!.daysPastDue).toBeGreaterThan(steps[i - 1]!.daysPastDue);
      }
      expect(steps[0]!.daysPastDue).toBeGreaterThan(0);
    }
  });

  it('gives a new account a receipt check and a pre-due reminder, and no one else', () => {
    const { receiptCheckDays, preDueDays } = REMINDER_SCENARIOS.new;
    expect(receiptCheckDays).not.toBeNull();
    expect(preDueDays).not.toBeNull();
    expect(receiptCheckDays!).toBeGreaterThan(preDueDays!);
    for (const segment of SEGMENTS.filter((s) => s !== 'new')) {
      expect(REMINDER_SCENARIOS[segment].preDueDays).toBeNull();
      expect(REMINDER_SCENARIOS[segment].receiptCheckDays).toBeNull();
    }
  });

  it('opens with a courteous note for a good payer', () => {
    expect(REMINDER_SCENARIOS.good_payer.steps[0]?.tone).toBe('courteous');
  });

  it('makes recurring late reminders firm, closer together and escalated sooner', () => {
    const recurring = REMINDER_SCENARIOS.recurring_late;
    const occasional = REMINDER_SCENARIOS.occasional_late;
    expect(recurring.steps.every((s) => s.tone === 'firm')).toBe(true);
    const lastDay = (s: typeof recurring) => s.steps[s.steps.length - 1]!.daysPastDue;
    for (const other of SEGMENTS.filter((s) => s !== 'recurring_late')) {
      expect(lastDay(recurring)).toBeLessThan(lastDay(REMINDER_SCENARIOS[other]));
    }
    const firstEscalation = (s: typeof recurring) =>
      s.steps.find((step) => step.escalateToManager)?.daysPastDue ?? Infinity;
    expect(firstEscalation(recurring)).toBeLessThan(firstEscalation(occasional));
  });

  it('never escalates a strategic account and never writes to it firmly', () => {
    const strategic = REMINDER_SCENARIOS.strategic;
    expect(strategic.steps.some((s) => s.escalateToManager)).toBe(false);
    expect(strategic.steps.some((s) => s.tone === 'firm')).toBe(false);
    expect(strategic.tone).toBe('courteous');
  });
});

describe('nextReminder', () => {
  it('sends nothing before the first step and the first step on its day', () => {
    const firstStep = REMINDER_SCENARIOS.good_payer.steps[0]!;
    expect(at({ asOf: day(firstStep.daysPastDue - 1) })).toBeNull();
    expect(at({ asOf: day(firstStep.daysPastDue) })).toEqual({
      due: true,
      level: 1,
      tone: 'courteous',
      kind: 'overdue',
      escalateToManager: false,
      reason: `overdue step 1 of 4: ${firstStep.daysPastDue} days past due (step at 3)`,
    });
  });

  it('moves to the next level once its day has come and the spacing since the last is kept', () => {
    const [first, second] = REMINDER_SCENARIOS.good_payer.steps;
    const lastOn = day(first!.daysPastDue);
    const secondDay = day(second!.daysPastDue);
    expect(
      at({ asOf: addDays(secondDay, -1), lastReminderLevel: 1, lastReminderOn: lastOn }),
    ).toBeNull();
    const next = at({ asOf: secondDay, lastReminderLevel: 1, lastReminderOn: lastOn });
    expect(next).toMatchObject({ level: 2, tone: second!.tone });
  });

  it('sends one level at a time after a long pause, spaced like the scenario', () => {
    const steps = REMINDER_SCENARIOS.occasional_late.steps;
    const afterPause = day(80);
    const first = at({ segment: 'occasional_late', asOf: afterPause });
    expect(first?.level).toBe(1);

    const gap = steps[1]!.daysPastDue - steps[0]!.daysPastDue;
    const tooSoon = {
      segment: 'occasional_late' as const,
      lastReminderLevel: 1,
      lastReminderOn: afterPause,
    };
    expect(at({ ...tooSoon, asOf: addDays(afterPause, gap - 1) })).toBeNull();
    expect(at({ ...tooSoon, asOf: addDays(afterPause, gap) })?.level).toBe(2);
  });

  it('brings the manager in on the escalating step of a recurring late payer', () => {
    const steps = REMINDER_SCENARIOS.recurring_late.steps;
    const index = steps.findIndex((s) => s.escalateToManager);
    const next = at({
      segment: 'recurring_late',
      asOf: day(steps[index]!.daysPastDue),
      lastReminderLevel: index,
      lastReminderOn: day(steps[index - 1]!.daysPastDue),
    });
    expect(next).toMatchObject({ level: index + 1, tone: 'firm', escalateToManager: true });
  });

  it('never escalates a strategic account, even at its last step', () => {
    const steps = REMINDER_SCENARIOS.strategic.steps;
    const next = at({
      segment: 'strategic',
      asOf: day(200),
      lastReminderLevel: steps.length - 1,
      lastReminderOn: day(100),
    });
    expect(next).toMatchObject({ level: steps.length, escalateToManager: false });
  });

  it('is null once every step was sent', () => {
    const steps = REMINDER_SCENARIOS.good_payer.steps;
    const input = { asOf: day(365), lastReminderLevel: steps.length, lastReminderOn: day(40) };
    expect(at(input)).toBeNull();
    expect(nextReminderPlan({ ...base, ...input })).toMatchObject({ state: 'done', next: null });
  });

  it('is paused by an open dispute or a pending promise', () => {
    expect(at({ asOf: day(10), pausedByDispute: true })).toBeNull();
    expect(at({ asOf: day(10), pausedByPromise: true })).toBeNull();
    const plan = nextReminderPlan({
      ...base,
      asOf: day(10),
      pausedByDispute: true,
      pausedByPromise: true,
    });
    expect(plan.state).toBe('paused');
    expect(plan.reason).toBe('paused: open dispute, pending promise');
    expect(plan.next).toMatchObject({ due: false, level: 1 });
  });

  it('never sends two reminders on the same day', () => {
    expect(at({ asOf: day(3), lastReminderOn: day(3) })).toBeNull();
  });

  it('refuses malformed dates and negative levels', () => {
    expect(() => at({ asOf: '2025-02-30' })).toThrow(RangeError);
    expect(() => at({ lastReminderLevel: -1 })).toThrow(RangeError);
    expect(() => at({ lastReminderOn: 'yesterday' })).toThrow(RangeError);
  });
});

describe('nextReminder for a new account', () => {
  const scenario = REMINDER_SCENARIOS.new;
  const receiptDay = day(-scenario.receiptCheckDays!);
  const preDueDay = day(-scenario.preDueDays!);
  const fresh = { ...base, segment: 'new' as const };

  it('checks receipt first, then reminds before the due date, then chases', () => {
    expect(at({ ...fresh, asOf: addDays(receiptDay, -1) })).toBeNull();
    expect(at({ ...fresh, asOf: receiptDay })).toMatchObject({
      kind: 'receipt_check',
      level: 0,
      tone: 'courteous',
      reason: `receipt_check: due in ${scenario.receiptCheckDays} days`,
    });

    const afterReceipt = { ...fresh, lastReminderOn: receiptDay };
    expect(at({ ...afterReceipt, asOf: addDays(preDueDay, -1) })).toBeNull();
    expect(at({ ...afterReceipt, asOf: preDueDay })).toMatchObject({ kind: 'pre_due', level: 0 });

    const afterPreDue = { ...fresh, lastReminderOn: preDueDay };
    expect(at({ ...afterPreDue, asOf: day(0) })).toBeNull();
    expect(at({ ...afterPreDue, asOf: day(1) })).toMatchObject({ kind: 'overdue', level: 1 });
  });

  it('skips a receipt check whose time has passed and sends the pre-due reminder', () => {
    expect(at({ ...fresh, asOf: preDueDay })).toMatchObject({ kind: 'pre_due' });
  });

  it('still sends the pre-due reminder on the due date, and lets it lapse after', () => {
    expect(at({ ...fresh, asOf: day(0) })?.reason).toBe('pre_due: due today');
    expect(at({ ...fresh, asOf: day(1) })).toMatchObject({ kind: 'overdue', level: 1 });
  });

  it('reports the date of a scheduled reminder', () => {
    const plan = nextReminderPlan({ ...fresh, asOf: day(-40) });
    expect(plan).toMatchObject({ state: 'scheduled', on: receiptDay });
    expect(plan.next?.due).toBe(false);
  });
});

describe('nextReminder across month ends', () => {
  it('counts days past due over February in a leap year', () => {
    const input = { ...base, dueDate: '2024-02-27', asOf: '2024-03-01' };
    expect(nextReminder(input)).toMatchObject({
      level: 1,
      reason: expect.stringContaining('3 days past due'),
    });
    expect(nextReminder({ ...input, asOf: '2024-02-29' })).toBeNull();
  });
});
