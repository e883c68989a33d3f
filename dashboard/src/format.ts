import { formatMoney } from '@relance/shared';
import type { Lang } from './messages.ts';

/** Money of minor units in the user's language. */
export function money(minor: number, currency: string, lang: Lang): string {
  return formatMoney(minor, currency, lang);
}

/** A calendar date ('YYYY-MM-DD') as the user reads it, without any time-zone shift. */
export function calendarDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'UTC',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant as local date and time. */
export function instant(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A ratio 0..1 as a percentage, or a dash. */
export function percent(ratio: number | null, lang: Lang): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** A plain number with one decimal. */
export function decimal(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(value);
}

/** Today as 'YYYY-MM-DD' in the browser's time zone. */
export function todayLocal(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
