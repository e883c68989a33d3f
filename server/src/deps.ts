import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Storage } from './db/connect.ts';

/** A source of the current time, replaceable in tests and in the demo. */
export interface Clock {
  now(): Date;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** What every router and service is built from. */
export interface AppDeps {
  config: Config;
  storage: Storage;
  logger: Logger;
  clock: Clock;
}
