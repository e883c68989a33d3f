import { HELD_OUT } from './held-out.ts';
import type { MailCase } from './mail-case.ts';
import { TUNING_EN } from './tuning-en.ts';
import { TUNING_FR } from './tuning-fr.ts';

/** The emails the reader was tuned on. */
export const TUNING_CORPUS: MailCase[] = [...TUNING_FR, ...TUNING_EN];

/** Emails written last and never tuned on. */
export const HELD_OUT_CORPUS: MailCase[] = HELD_OUT;
