import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateOfEpochDay,
  daysBetween,
  daysInMonth,
  endOfMonth,
  epochDayOf,
  isCalendarDate,
  monthKeyOf,
  startOfMonth,
  todayIn,
} from './calendar.ts';

const MS_PER_DAY = 86_400_000;

describe('epochDayOf and dateOfEpochDay', () => {
  it('agrees with the UTC Date arithmetic on every day from 1899 to 2101', () => {
    const first = Date.UTC(1899, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(2101, 11, 31) / MS_PER_DAY;
    const mismatches: string[] = [];
    for (let day = first; day <= last; day += 1) {
      const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      if (dateOfEpochDay(day) !== iso || epochDayOf(iso) !== day) mismatches.push(iso);
    }
    expect(last - first).toBeGreaterThan(73_000);
    expect(mismatches).toEqual([]);
  });

  it('counts 1970-01-01 as day zero and handles years before 100', () => {
    expect(epochDayOf('1970-01-01')).toBe(0);
    expect(epochDayOf('1969-12-31')).toBe(-1);
    expect(dateOfEpochDay(epochDayOf('0004-02-29') + 1)).toBe('0004-03-01');
  });

  it('rejects malformed dates and fractional day counts', () => {
    expect(() => epochDayOf('2025-2-01')).toThrow(RangeError);
    expect(() => epochDayOf('2025-02-30')).toThrow(/not a calendar date/);
    expect(() => dateOfEpochDay(1.5)).toThrow(RangeError);
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates and the leap day of leap years only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-29')).toBe(false);
  });

  it('refuses other layouts, times and out-of-range parts', () => {
    for (const s of ['2025-13-01', '2025-00-10', '2025-04-31', '2025-01-00', '20250101', '']) {
      expect(isCalendarDate(s)).toBe(false);
    }
    expect(isCalendarDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(isCalendarDate(' 2025-01-01')).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('is undone by the opposite shift and leaves the date alone for zero', () => {
    for (const n of [0, 1, 30, 365, 366, -45, 10_000]) {
      expect(addDays(addDays('2024-02-29', n), -n)).toBe('2024-02-29');
    }
  });

  it('does not move across a daylight-saving change, having no time zone', () => {
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27');
  });

  it('refuses fractional days', () => {
    expect(() => addDays('2025-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('is to − from in calendar days, negative backwards', () => {
    expect(daysBetween('2025-01-01', '2025-01-31')).toBe(30);
    expect(daysBetween('2025-01-31', '2025-01-01')).toBe(-30);
    expect(daysBetween('2025-06-15', '2025-06-15')).toBe(0);
  });

  it('counts 366 days across a leap year and 365 otherwise', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2100-01-01', '2101-01-01')).toBe(365);
  });

  it('is consistent with addDays', () => {
    for (const n of [-400, -1, 0, 1, 59, 400]) {
      expect(daysBetween('2024-02-29', addDays('2024-02-29', n))).toBe(n);
    }
  });
});

describe('month helpers', () => {
  it('find the first and last day of a month, including February of leap years', () => {
    expect(startOfMonth('2024-02-17')).toBe('2024-02-01');
    expect(endOfMonth('2024-02-17')).toBe('2024-02-29');
    expect(endOfMonth('2025-02-01')).toBe('2025-02-28');
    expect(endOfMonth('2025-04-30')).toBe('2025-04-30');
    expect(endOfMonth('2025-12-01')).toBe('2025-12-31');
  });

  it('count the days of a month from a date or a month key', () => {
    expect(daysInMonth('2024-02-10')).toBe(29);
    expect(daysInMonth('1900-02')).toBe(28);
    expect(daysInMonth('2000-02')).toBe(29);
    expect(daysInMonth('2025-09')).toBe(30);
    expect(daysInMonth('2025-08-31')).toBe(31);
    expect(() => daysInMonth('2025-13')).toThrow(RangeError);
  });

  it('give the month key of a date', () => {
    expect(monthKeyOf('2025-09-30')).toBe('2025-09');
    expect(() => monthKeyOf('2025-09')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('keeps the day of month when the target month has it', () => {
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-01-15', 24)).toBe('2027-01-15');
  });

  it('clamps month ends to the shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-05-31', 1)).toBe('2025-06-30');
  });

  it('moves a leap day by whole years to February 28', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });
});

describe('todayIn', () => {
  const lateEveningUtc = new Date('2025-03-10T23:30:00Z');

  it('gives the calendar date of the instant in the named time zone', () => {
    expect(todayIn('UTC', lateEveningUtc)).toBe('2025-03-10');
    expect(todayIn('Europe/Paris', lateEveningUtc)).toBe('2025-03-11');
    expect(todayIn('America/Los_Angeles', lateEveningUtc)).toBe('2025-03-10');
    expect(todayIn('Pacific/Kiritimati', new Date('2025-12-31T10:00:00Z'))).toBe('2026-01-01');
  });

  it('uses the current instant by default', () => {
    const before = new Date().toISOString().slice(0, 10);
    const today = todayIn('UTC');
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(today);
  });

  it('turns to the next day at the first instant past local midnight', () => {
    // Paris is UTC+1 in March: its midnight is 23:00 UTC. Each instant is asked twice, so
    // that an answer kept for the instant before would show.
    const instants = ['22:59:59.000', '22:59:59.999', '23:00:00.000', '23:00:00.001'];
    const days = instants.flatMap((t) => {
      const at = new Date(`2025-03-10T${t}Z`);
      return [todayIn('Europe/Paris', at), todayIn('Europe/Paris', at)];
    });
    expect(days).toEqual([
      ...Array<string>(4).fill('2025-03-10'),
      ...Array<string>(4).fill('2025-03-11'),
    ]);
    // And back: an earlier instant after a later one.
    expect(todayIn('Europe/Paris', new Date('2025-03-10T22:59:59.500Z'))).toBe('2025-03-10');
    // Lord Howe's offset is +10:30 in winter: a half hour is no whole hour.
    expect(todayIn('Australia/Lord_Howe', new Date('2025-06-30T13:29:59.999Z'))).toBe('2025-06-30');
    expect(todayIn('Australia/Lord_Howe', new Date('2025-06-30T13:30:00.000Z'))).toBe('2025-07-01');
  });

  it('rejects an unknown time zone and an invalid instant', () => {
    expect(() => todayIn('Mars/Olympus', lateEveningUtc)).toThrow(RangeError);
    expect(() => todayIn('UTC', new Date('nope'))).toThrow(RangeError);
  });
});
