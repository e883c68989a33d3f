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

// The API speaks of rates on two scales: report figures (promise-kept rate, share of AR in
// dispute, CEI, activity kept rate) are percent points 0–100, a promise's paidShare is a
// fraction 0–1. Each scale has its own formatter so that a caller has to say which it holds.

/** Percent points (0–100, as the reports send them) as a percentage, or a dash. */
export function percentPoints(points: number | null, lang: Lang): string {
  if (points === null || !Number.isFinite(points)) return '—';
  return percentFormat(lang).format(points / 100);
}

/** A fraction 0–1 (a promise's paidShare) as a percentage, or a dash. */
export function percentOfOne(fraction: number | null, lang: Lang): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  return percentFormat(lang).format(fraction);
}

function percentFormat(lang: Lang): Intl.NumberFormat {
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 });
}

/** Money in major units, short (1.2M €, 350 k€), for chart axes. */
export function compactMoney(major: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(major);
}

/** A month 'YYYY-MM' as a short label ('Dec 2025', 'déc. 2025'). */
export function monthLabel(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: 'UTC',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The locale Intl formats a language with. */
export function localeOf(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
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
