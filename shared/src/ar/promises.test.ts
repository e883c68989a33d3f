import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.ts';
import {
  DEFAULT_PROMISE_GRACE_DAYS,
  DEFAULT_PROMISE_THRESHOLD_PERCENT,
  evaluatePaymentPromise,
  promiseCreatedOn,
} from './promises.ts';
import type { PaymentPromiseEvaluationInput } from './promises.ts';

// A promise logged on 2025-03-03 to pay 1,000.00 on 2025-03-10; the grace ends on 2025-03-13.
const base: PaymentPromiseEvaluationInput = {
  promise: {
    amount: 100_000,
    promisedDate: '2025-03-10',
    createdAt: '2025-03-03T09:15:00Z',
    status: 'pending',
  },
  graceDays: DEFAULT_PROMISE_GRACE_DAYS,
  thresholdPercent: DEFAULT_PROMISE_THRESHOLD_PERCENT,
  asOf: '2025-03-20',
  payments: [],
};

const evaluate = (changes: Partial<PaymentPromiseEvaluationInput>) =>
  evaluatePaymentPromise({ ...base, ...changes });

describe('evaluatePaymentPromise', () => {
  it('uses a 3-day grace and a 100 % threshold by default', () => {
    expect(DEFAULT_PROMISE_GRACE_DAYS).toBe(3);
    expect(DEFAULT_PROMISE_THRESHOLD_PERCENT).toBe(100);
  });

  it('stays pending through the last day of grace and is decided the day after', () => {
    const payments = [{ date: '2025-03-10', amount: 100_000 }];
    const lastGraceDay = evaluate({ asOf: '2025-03-13', payments });
    expect(lastGraceDay.status).toBe('pending');
    expect(lastGraceDay.graceEndsOn).toBe('2025-03-13');
    expect(lastGraceDay.decidedOn).toBe('2025-03-14');
    expect(evaluate({ asOf: '2025-03-14', payments }).status).toBe('kept');
  });

  it('is kept when payments within the window reach the promised amount', () => {
    const result = evaluate({
      payments: [
        { date: '2025-03-05', amount: 40_000 },
        { date: '2025-03-13', amount: 60_000 },
      ],
    });
    expect(result).toMatchObject({ status: 'kept', paidAmount: 100_000, paidShare: 100 });
  });

  it('counts a payment dated on the creation day but not the day before', () => {
    const onCreation = evaluate({ payments: [{ date: '2025-03-03', amount: 100_000 }] });
    expect(onCreation.status).toBe('kept');
    const before = evaluate({ payments: [{ date: '2025-03-02', amount: 100_000 }] });
    expect(before).toMatchObject({ status: 'broken', paidAmount: 0 });
  });

  it('ignores payments dated after the grace ends', () => {
    const result = evaluate({ payments: [{ date: '2025-03-14', amount: 100_000 }] });
    expect(result).toMatchObject({ status: 'broken', paidAmount: 0, paidShare: 0 });
  });

  it('is broken with the paid share shown when partly paid', () => {
    const result = evaluate({ payments: [{ date: '2025-03-10', amount: 60_000 }] });
    expect(result).toMatchObject({ status: 'broken', paidAmount: 60_000, paidShare: 60 });
  });

  it('is kept below 100 % when the threshold setting allows it', () => {
    const payments = [{ date: '2025-03-10', amount: 95_000 }];
    expect(evaluate({ payments, thresholdPercent: 95 }).status).toBe('kept');
    expect(evaluate({ payments, thresholdPercent: 95.5 }).status).toBe('broken');
  });

  it('nets a reversed payment inside the window', () => {
    const result = evaluate({
      payments: [
        { date: '2025-03-10', amount: 100_000 },
        { date: '2025-03-11', amount: -100_000 },
      ],
    });
    expect(result).toMatchObject({ status: 'broken', paidAmount: 0 });
  });

  it('shows progress while pending, counting only payments up to the as-of date', () => {
    const result = evaluate({
      asOf: '2025-03-08',
      payments: [
        { date: '2025-03-07', amount: 25_000 },
        { date: '2025-03-12', amount: 75_000 },
      ],
    });
    expect(result).toMatchObject({ status: 'pending', paidAmount: 25_000, paidShare: 25 });
  });

  it('keeps a cancelled promise cancelled, even when fully paid', () => {
    const result = evaluate({
      promise: { ...base.promise, status: 'cancelled' },
      payments: [{ date: '2025-03-10', amount: 100_000 }],
    });
    expect(result.status).toBe('cancelled');
    expect(result.paidAmount).toBe(100_000);
  });

  it('recomputes a stored broken status when a payment in the window is recorded later', () => {
    const result = evaluate({
      promise: { ...base.promise, status: 'broken' },
      payments: [{ date: '2025-03-12', amount: 100_000 }],
    });
    expect(result.status).toBe('kept');
  });

  it('takes the creation date in the given time zone', () => {
    const lateEvening = { ...base.promise, createdAt: '2025-03-02T23:30:00Z' };
    const payments = [{ date: '2025-03-02', amount: 100_000 }];
    expect(evaluate({ promise: lateEvening, payments }).status).toBe('kept');
    const paris = evaluate({ promise: lateEvening, payments, timeZone: 'Europe/Paris' });
    expect(paris.status).toBe('broken');
  });

  it('runs the grace over a month end and the leap day', () => {
    const result = evaluate({
      promise: { ...base.promise, promisedDate: '2024-02-27', createdAt: '2024-02-20T10:00:00Z' },
      asOf: '2024-03-02',
    });
    expect(result.graceEndsOn).toBe(addDays('2024-02-27', 3));
    expect(result.graceEndsOn).toBe('2024-03-01');
    expect(result.status).toBe('broken');
  });

  it('treats a zero-day grace as deciding the day after the promised date', () => {
    const result = evaluate({ graceDays: 0, asOf: '2025-03-11' });
    expect(result).toMatchObject({ status: 'broken', graceEndsOn: '2025-03-10' });
  });

  it('refuses a non-positive amount, negative grace and malformed dates', () => {
    expect(() => evaluate({ promise: { ...base.promise, amount: 0 } })).toThrow(RangeError);
    expect(() => evaluate({ graceDays: -1 })).toThrow(RangeError);
    expect(() => evaluate({ thresholdPercent: 0 })).toThrow(RangeError);
    expect(() => evaluate({ asOf: '2025-3-20' })).toThrow(RangeError);
    expect(() => evaluate({ payments: [{ date: '2025-03-10', amount: 1.5 }] })).toThrow(RangeError);
    expect(() => evaluate({ promise: { ...base.promise, createdAt: 'yesterday' } })).toThrow(
      RangeError,
    );
  });
});

describe('promiseCreatedOn', () => {
  it('gives the UTC date by default and the local date in a time zone', () => {
    expect(promiseCreatedOn('2025-12-31T23:00:00Z')).toBe('2025-12-31');
    expect(promiseCreatedOn('2025-12-31T23:00:00Z', 'Europe/Paris')).toBe('2026-01-01');
  });
});
