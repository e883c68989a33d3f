import { ApiClientError, formatCalendarDate, todayIn } from '@relance/shared';
import type { Language } from '@relance/shared';
import type { Messages } from '../i18n/messages.ts';

/**
 * Writes the day of an instant (an email sent, a dispute opened) in the user's time zone and in
 * the same style as ledger dates, so one pane never mixes "20 oct. 2026" with "20/10/2026".
 */
export function formatInstantDate(iso: string, language: Language, timeZone: string): string {
  return formatCalendarDate(todayIn(timeZone, new Date(iso)), language);
}

const LONG_DATES: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }),
};

/**
 * Writes a ledger date with its weekday ("lundi 15 décembre 2026"): the native date field
 * shows the browser's format, which need not be the pane's language.
 */
export function formatLongDate(date: string, language: Language): string {
  return LONG_DATES[language].format(new Date(`${date}T00:00:00Z`));
}

/**
 * Says why a call failed in the pane's language: the API client's own messages are English,
 * so the cases a collector meets (server down, server error) are translated here.
 */
export function failureText(err: unknown, messages: Messages): string {
  if (err instanceof ApiClientError) {
    if (err.offline) return messages.errors.unreachable;
    if (err.status >= 500) return messages.errors.server(err.status, err.message);
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
