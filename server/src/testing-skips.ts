import { existsSync } from 'node:fs';

// Why suites that need PostgreSQL or Chromium are skipped on this machine, if they are.
// Dependency-free, so that the test run's summary can name the reasons too.

/** Where Debian installs Chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the PostgreSQL runs of the database suites are skipped, or null when they run. */
export const postgresSkipReason: string | null = process.env.TEST_DATABASE_URL
  ? null
  : 'TEST_DATABASE_URL is not set; PostgreSQL suite skipped';

/** Why browser suites are skipped, or null when Chromium is there. */
export const browserSkipReason: string | null = existsSync(CHROMIUM_PATH)
  ? null
  : `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium); browser suite skipped`;
