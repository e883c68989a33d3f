import { addDays, todayIn } from '@relance/shared';
import type { AppDeps } from '../deps.ts';

/** Today's calendar date in the organisation's time zone. */
export function todayOf(deps: AppDeps): string {
  return todayIn(deps.config.timeZone, deps.clock.now());
}

/** The calendar date of an instant in the organisation's time zone. */
export function dateOfInstant(deps: AppDeps, instant: string): string {
  return todayIn(deps.config.timeZone, new Date(instant));
}

/** The UTC instant at which a calendar date starts in a time zone. */
export function startOfDayInstant(date: string, timeZone: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00.000Z`);
  // Two passes settle the offset even when the day starts on a daylight-saving change.
  let instant = utcMidnight - offsetMs(utcMidnight, timeZone);
  instant = utcMidnight - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The UTC instant at which the day after `date` starts: the exclusive end of `date`. */
export function endOfDayInstant(date: string, timeZone: string): string {
  return startOfDayInstant(addDays(date, 1), timeZone);
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}
