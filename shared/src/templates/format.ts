import type { Language } from '../domain/model.ts';

const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** Writes a ledger date 'YYYY-MM-DD' the way each language reads it: 14/02/2026, 14 Feb 2026. */
export function formatCalendarDate(date: string, language: Language): string {
  return DATE_FORMATS[language].format(new Date(`${date}T00:00:00Z`));
}
