/** A calendar date without time zone. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The moment an email was written, as the sender's calendar saw it. */
export interface SentReference {
  instant: Date;
  offsetMinutes: number;
  today: CivilDate;
  weekday: number;
}

// Building an Intl.DateTimeFormat costs far more than reading a whole email, and a pane reads
// every email in the same zone: one formatter per zone is kept, the cache bounded against callers
// that pass a new zone each time.
const MAX_CACHED_ZONES = 32;
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  const cached = zoneFormatters.get(timeZone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  } catch {
    throw new Error(`timeZone must be an IANA time zone such as 'Europe/Paris'; got '${timeZone}'`);
  }
  if (zoneFormatters.size >= MAX_CACHED_ZONES) zoneFormatters.clear();
  zoneFormatters.set(timeZone, formatter);
  return formatter;
}

/** Throws an Error naming `timeZone` unless it is an IANA zone that Intl knows. */
export function assertTimeZone(timeZone: string): void {
  zoneFormatter(timeZone);
}

const ISO_OFFSET = /([+-])(\d{2}):?(\d{2})$/;

/**
 * The sender's day: the offset written in `sentAt` when it has one; when it is in UTC ('Z' or no
 * offset, as clients that normalise the Date header give it), the reader's zone stands in for it.
 */
export function sentReference(sentAt: string, timeZone: string): SentReference {
  assertTimeZone(timeZone);
  const instant = new Date(sentAt);
  if (sentAt.length > 40 || Number.isNaN(instant.getTime())) {
    throw new Error(
      `sentAt must be an ISO 8601 instant such as '2026-12-15T09:30:00+01:00'; got '${sentAt.slice(0, 40)}'`,
    );
  }
  const written = ISO_OFFSET.exec(sentAt.trim());
  const offsetMinutes =
    written === null || /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/i.test(sentAt.trim())
      ? zoneOffsetMinutes(instant, timeZone)
      : (written[1] === '-' ? -1 : 1) * (Number(written[2]) * 60 + Number(written[3]));
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  return {
    instant,
    offsetMinutes,
    today: {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
    },
    weekday: local.getUTCDay(),
  };
}

/** The UTC offset of an IANA zone at an instant, in minutes, from Intl. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const floored = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - floored) / 60_000);
}

/** Adds days to a calendar date. */
export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The last day of the month `monthsAhead` after the date's month. */
export function endOfMonth(date: CivilDate, monthsAhead = 0): CivilDate {
  const last = new Date(Date.UTC(date.year, date.month + monthsAhead, 0));
  return { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate() };
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) /
      86_400_000,
  );
}

/** True when year, month and day name a real calendar day. */
export function isRealDate(date: CivilDate): boolean {
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return (
    check.getUTCFullYear() === date.year &&
    check.getUTCMonth() + 1 === date.month &&
    check.getUTCDate() === date.day
  );
}

/** YYYY-MM-DD. */
export function formatCivilDate(date: CivilDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
