import type { Kysely } from 'kysely';
import { Settings } from '@relance/shared';
import type { ClientSettings } from '@relance/shared';
import type { Storage } from '../db/connect.ts';
import { MarkedCache } from '../db/marked-cache.ts';
import type { Database } from '../db/schema.ts';

/** Free-mail providers whose domains never identify a customer. */
export const DEFAULT_FREE_MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.fr',
  'hotmail.com',
  'hotmail.fr',
  'live.com',
  'live.fr',
  'msn.com',
  'yahoo.com',
  'yahoo.fr',
  'ymail.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'laposte.net',
  'bbox.fr',
  'gmx.fr',
  'gmx.com',
  'protonmail.com',
  'proton.me',
];

/** Settings in force before an admin changes any. */
export const DEFAULT_SETTINGS: Settings = {
  ownDomains: [],
  freeMailDomains: DEFAULT_FREE_MAIL_DOMAINS,
  neverLog: [],
  promiseGraceDays: 3,
  promiseThresholdPercent: 100,
  storeBody: false,
  bodyMaxChars: 2000,
  autoLogEmails: false,
};

/** Reads the settings, each key falling back to its default. */
export async function getSettings(db: Kysely<Database>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value) as unknown;
  return Settings.parse({ ...DEFAULT_SETTINGS, ...stored });
}

// Every context reads the settings; they are kept while the database is unchanged, one copy
// per storage (marked-cache.ts). Callers must not change the object they get.
const keptSettings = new WeakMap<Storage, MarkedCache<Settings>>();

/** The settings as of a request's change mark: read once while nothing is written. */
export async function settingsUnder(storage: Storage, mark: string): Promise<Settings> {
  let kept = keptSettings.get(storage);
  if (!kept) {
    kept = new MarkedCache<Settings>(1);
    keptSettings.set(storage, kept);
  }
  let settings = kept.get('settings', mark);
  if (settings === undefined) {
    settings = await getSettings(storage.db);
    kept.set('settings', mark, settings);
  }
  return settings;
}

/** Writes the given keys; call inside the write's transaction. */
export async function putSettings(db: Kysely<Database>, changes: Partial<Settings>): Promise<void> {
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    await db
      .insertInto('settings')
      .values({ key, value: JSON.stringify(value) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
      .execute();
  }
}

/** The part of the settings a client needs. */
export function clientSettings(settings: Settings): ClientSettings {
  return {
    autoLogEmails: settings.autoLogEmails,
    storeBody: settings.storeBody,
    ownDomains: settings.ownDomains,
    promiseGraceDays: settings.promiseGraceDays,
    promiseThresholdPercent: settings.promiseThresholdPercent,
  };
}
