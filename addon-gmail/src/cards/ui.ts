import { currencyExponent } from '@relance/shared';
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
  const { language } = options;
  const dates = dateFormat(language);
  return {
    language,
    timeZone: options.timeZone,
    m: messagesFor(language),
    act: (name, state) => action(options.callbackUrl(name), { s: options.sign(state) }),
    money: (minor, currency) => formatCardMoney(minor, currency, language),
    date: (d) => dates.format(new Date(`${d}T00:00:00Z`)),
  };
}

// Building an Intl formatter costs 40 to 100 µs, formatting with one about 1 µs, and a card
// shows a few dozen amounts and dates: formatters are kept per language (and currency).
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(language: Language): Intl.DateTimeFormat {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format;
}

/**
 * Formats minor units exactly as shared's `formatMoney` does (same options, same exact decimal
 * string), with a kept formatter: `formatMoney` builds one per call.
 */
export function formatCardMoney(minor: number, currency: string, language: Language): string {
  const exponent = currencyExponent(currency);
  return formatter(`${language} ${currency}`, () => ({
    locale: language,
    options: {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    },
  })).format(decimalOf(minor, exponent));
}

/** Minor units as a grouped number a person would type, e.g. 125000 EUR → "1 250,00" in French. */
export function formatAmountInput(minor: number, currency: string, language: Language): string {
  const exponent = currencyExponent(currency);
  return formatter(`${language} ${exponent}`, () => ({
    locale: language,
    options: { minimumFractionDigits: exponent, maximumFractionDigits: exponent },
  })).format(decimalOf(minor, exponent));
}

function formatter(
  key: string,
  make: () => { locale: string; options: Intl.NumberFormatOptions },
): Intl.NumberFormat {
  let format = moneyFormats.get(key);
  if (!format) {
    const { locale, options } = make();
    format = new Intl.NumberFormat(locale, options);
    moneyFormats.set(key, format);
  }
  return format;
}

// An exact decimal string, so that formatting never goes through a float.
function decimalOf(minor: number, exponent: number): `${number}` {
  if (!Number.isSafeInteger(minor)) throw new RangeError('amount must be whole minor units');
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${sign}${whole}${fraction}` as `${number}`;
}
