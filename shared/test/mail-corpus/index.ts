import type { MailCase } from './mail-case.ts';
import { TUNING_EN } from './tuning-en.ts';
import { TUNING_FR } from './tuning-fr.ts';

/** The emails the reader was tuned on, both earlier held-out sets included. */
export const TUNING_CORPUS: MailCase[] = [...TUNING_FR, ...TUNING_EN];

/** Second held-out set, written without seeing the reader; run once, then tuned on. */
export { BLIND_2_CORPUS } from './blind-2.ts';

/** Third held-out set, written without seeing the reader or the earlier sets; run once, then tuned on. */
export { BLIND_3_CORPUS } from './blind-3.ts';

/** Fourth held-out set, written without seeing the reader or the earlier sets; run once, then tuned on. */
export { BLIND_4_CORPUS } from './blind-4.ts';

/** Fifth held-out set, written without seeing the reader or the earlier sets; run once, then tuned on. */
export { BLIND_5_CORPUS } from './blind-5.ts';

/** Sixth held-out set, written without seeing the reader or the earlier sets; run once. */
export { BLIND_6_CORPUS } from './blind-6.ts';
