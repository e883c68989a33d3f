import { formatMoney } from '@relance/shared';
import type { Language } from '@relance/shared';
import type { CallbackName } from '../endpoints.ts';
import { messagesFor } from '../messages.ts';
import type { CardMessages } from '../messages.ts';
import { action } from './builders.ts';
import type { Action } from './builders.ts';

/** What every card builder needs: the language, formatting, and signed actions. */
export interface CardUi {
  language: Language;
  timeZone: string;
  m: CardMessages;
  /** An action posting to a callback endpoint with a signed state. */
  act(name: CallbackName, state: unknown): Action;
  money(minor: number, currency: string): string;
  date(calendarDate: string): string;
}

/** Builds the card toolkit for one request. */
export function cardUi(options: {
  language: Language;
  timeZone: string;
  callbackUrl: (name: CallbackName) => string;
  sign: (state: unknown) => string;
}): CardUi {
  const dates = new Intl.DateTimeFormat(options.language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    language: options.language,
    timeZone: options.timeZone,
    m: messagesFor(options.language),
    act: (name, state) => action(options.callbackUrl(name), { s: options.sign(state) }),
    money: (minor, currency) => formatMoney(minor, currency, options.language),
    date: (d) => dates.format(new Date(`${d}T00:00:00Z`)),
  };
}
