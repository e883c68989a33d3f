// Ledger dates are 'YYYY-MM-DD' strings in the proleptic Gregorian calendar, with no time zone.
// All arithmetic goes through a day count since 1970-01-01 (the UTC epoch day), computed with
// integer formulas rather than `Date`, so years 0000–0099 and DST never get in the way.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const DAYS_PER_400_YEARS = 146_097;
// Days from 0000-03-01 (start of the shifted year used below) to 1970-01-01.
const EPOCH_SHIFT = 719_468;

interface CivilDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthLength(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseCivil(date: string): CivilDate | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;

  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
  return { year, month, day };
}

function civilOrThrow(date: string): CivilDate {
  const civil = parseCivil(date);
  if (!civil) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return civil;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatCivil({ year, month, day }: CivilDate): string {
  if (year < 0 || year > 9999) throw new RangeError(`date out of range: year ${year}`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Years are counted from March so that the leap day falls at the end of the year; this is the
// usual closed-form conversion between a civil date and a day count (H. Hinnant's algorithm).
function epochDayOfCivil({ year, month, day }: CivilDate): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT;
}

function civilOfEpochDay(epochDay: number): CivilDate {
  const shifted = epochDay + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function assertWholeDays(n: number, name: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be a whole number of days`);
}

/** Tells whether a string is a real calendar date written 'YYYY-MM-DD' (2025-02-29 is not). */
export function isCalendarDate(s: string): boolean {
  return parseCivil(s) !== null;
}

/** Days since 1970-01-01 of a calendar date; negative before it. */
export function epochDayOf(date: string): number {
  return epochDayOfCivil(civilOrThrow(date));
}

/** The calendar date that is a given number of days after 1970-01-01. */
export function dateOfEpochDay(epochDay: number): string {
  assertWholeDays(epochDay, 'epochDay');
  return formatCivil(civilOfEpochDay(epochDay));
}

/** The date n calendar days after `date` (before it when n is negative). */
export function addDays(date: string, n: number): string {
  assertWholeDays(n, 'n');
  return dateOfEpochDay(epochDayOf(date) + n);
}

/** Calendar days from `from` to `to` (to − from): 1 from a day to the next, negative backwards. */
export function daysBetween(from: string, to: string): number {
  return epochDayOf(to) - epochDayOf(from);
}

/** The first day of the month of `date`. */
export function startOfMonth(date: string): string {
  const { year, month } = civilOrThrow(date);
  return formatCivil({ year, month, day: 1 });
}

/** The last day of the month of `date` (28, 29, 30 or 31). */
export function endOfMonth(date: string): string {
  const { year, month } = civilOrThrow(date);
  return formatCivil({ year, month, day: monthLength(year, month) });
}

/** The number of days in the month of `date`; a 'YYYY-MM' month key is accepted too. */
export function daysInMonth(date: string): number {
  const monthMatch = MONTH_PATTERN.exec(date);
  const civil = monthMatch ? civilOrThrow(`${date}-01`) : civilOrThrow(date);
  return monthLength(civil.year, civil.month);
}

/** The same day n months later (earlier when negative), clamped to a shorter month's last day. */
export function addMonths(date: string, n: number): string {
  assertWholeDays(n, 'n');
  const { year, month, day } = civilOrThrow(date);

  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const targetDay = Math.min(day, monthLength(targetYear, targetMonth));
  return formatCivil({ year: targetYear, month: targetMonth, day: targetDay });
}

/** The 'YYYY-MM' key of the month of `date`. */
export function monthKeyOf(date: string): string {
  civilOrThrow(date);
  return date.slice(0, 7);
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a server asks for
// "today" in one or two zones many times a request: one formatter per zone is kept, the cache
// bounded against callers that pass a new zone each time.
const MAX_ZONE_FORMATTERS = 32;
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (formatter === undefined) {
    // `en-CA` is not relied on for the layout: the parts are picked by type.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    if (dayFormatters.size >= MAX_ZONE_FORMATTERS) dayFormatters.clear();
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

// A zone's offset from UTC is a whole number of seconds, so its date cannot change within one
// second: the last answer per zone is kept for the second it was asked in (a server asks on
// every request, and formatting cost more than the rest of a cached answer).
const lastDays = new Map<string, { second: number; day: string }>();

/** The calendar date it is in an IANA time zone at instant `now` (default: the current instant). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError('now is an invalid Date');
  const second = Math.floor(time / 1000);
  const kept = lastDays.get(timeZone);
  if (kept !== undefined && kept.second === second) return kept.day;

  const parts = dayFormatter(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const day = formatCivil({ year: part('year'), month: part('month'), day: part('day') });

  if (lastDays.size >= MAX_ZONE_FORMATTERS) lastDays.clear();
  lastDays.set(timeZone, { second, day });
  return day;
}
