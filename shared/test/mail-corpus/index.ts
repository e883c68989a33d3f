import { BLIND } from './blind.ts';
import type { MailCase } from './mail-case.ts';
import { TUNING_EN } from './tuning-en.ts';
import { TUNING_FR } from './tuning-fr.ts';

/** The emails the reader was tuned on, the first held-out set included. */
export const TUNING_CORPUS: MailCase[] = [...TUNING_FR, ...TUNING_EN];

/** Emails written before the reader's code was read, run once and never tuned on. */
export const BLIND_CORPUS: MailCase[] = BLIND;
