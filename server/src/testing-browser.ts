import { browserSkipReason, CHROMIUM_PATH } from './testing-skips.ts';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { requireAllSuites } from './testing.ts';

// Headless Chromium for browser tests: Debian's build, never a downloaded one.

export { browserSkipReason, CHROMIUM_PATH } from './testing-skips.ts';

if (browserSkipReason && requireAllSuites) {
  throw new Error(`RELANCE_REQUIRE_ALL=1 but ${browserSkipReason}`);
}

/** Launches headless Chromium with the flags this closed network needs. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
