import { z } from 'zod';

// The event object Google posts to an HTTP add-on endpoint. Over HTTP, form inputs carry no
// extra `[""]` wrapper (unlike the Apps Script typings): `stringInputs.value` is the array.

const FormInput = z
  .object({
    stringInputs: z.object({ value: z.array(z.string()) }).optional(),
    dateInput: z.object({ msSinceEpoch: z.union([z.string(), z.number()]) }).optional(),
    dateTimeInput: z
      .object({
        msSinceEpoch: z.union([z.string(), z.number()]),
        hasDate: z.boolean().optional(),
        hasTime: z.boolean().optional(),
      })
      .optional(),
    timeInput: z.object({ hours: z.number(), minutes: z.number() }).optional(),
  })
  .loose();

/** The add-on event object of every trigger and callback, as far as this add-on reads it. */
export const AddonEvent = z
  .object({
    commonEventObject: z
      .object({
        hostApp: z.string().optional(),
        platform: z.string().optional(),
        userLocale: z.string().optional(),
        timeZone: z.object({ id: z.string(), offset: z.number().optional() }).loose().optional(),
        formInputs: z.record(z.string(), FormInput).optional(),
        parameters: z.record(z.string(), z.string()).optional(),
      })
      .loose()
      .default({}),
    authorizationEventObject: z
      .object({
        userOAuthToken: z.string().optional(),
        userIdToken: z.string().optional(),
        systemIdToken: z.string().optional(),
      })
      .loose()
      .default({}),
    gmail: z
      .object({
        messageId: z.string().optional(),
        threadId: z.string().optional(),
        accessToken: z.string().optional(),
        toRecipients: z.array(z.string()).optional(),
        ccRecipients: z.array(z.string()).optional(),
        bccRecipients: z.array(z.string()).optional(),
      })
      .loose()
      .optional(),
  })
  .loose();
export type AddonEvent = z.infer<typeof AddonEvent>;

/** The strings a text input, checkbox group or dropdown sent, or [] when absent. */
export function stringInputs(event: AddonEvent, name: string): string[] {
  return event.commonEventObject.formInputs?.[name]?.stringInputs?.value ?? [];
}

/** The first string a single-valued input sent, trimmed, or '' when absent. */
export function stringInput(event: AddonEvent, name: string): string {
  return (stringInputs(event, name)[0] ?? '').trim();
}

/**
 * The calendar date a DATE_ONLY picker sent, or null. Google sends midnight UTC of the
 * chosen day, so the UTC date is the day the person picked.
 */
export function dateInput(event: AddonEvent, name: string): string | null {
  const input = event.commonEventObject.formInputs?.[name];
  const ms = input?.dateInput?.msSinceEpoch ?? input?.dateTimeInput?.msSinceEpoch;
  if (ms === undefined) return null;
  const value = Number(ms);
  if (!Number.isFinite(value)) return null;
  return new Date(value).toISOString().slice(0, 10);
}

/** The action parameter under `key`, or undefined. */
export function parameter(event: AddonEvent, key: string): string | undefined {
  return event.commonEventObject.parameters?.[key];
}
