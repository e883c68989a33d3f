import { todayIn } from '@relance/shared';
import type { AppDeps } from '../deps.ts';
import { hashPassword } from '../auth/passwords.ts';
import { hashSecret } from '../auth/tokens.ts';
import { putSettings } from '../settings/settings.service.ts';
import { rebuildLedgerTotals } from '../ledger/ledger-totals.ts';
import { insertRows } from './bulk-insert.ts';
import { buildDemoLedger, DEMO_SEED } from './demo-ledger.ts';
import type { DemoLedger } from './demo-ledger.ts';
import { DEMO_OWN_DOMAIN, DEMO_PASSWORD, DEMO_USER_LIST } from './demo-users.ts';

/** What the demo loader put in the database. */
export interface DemoSummary {
  today: string;
  users: number;
  customers: number;
  contacts: number;
  invoices: number;
  payments: number;
  promises: number;
  disputes: number;
  interactions: number;
}

/** Refused because the database already holds a ledger or one of the demo users. */
export class DemoNotEmptyError extends Error {}

/**
 * Fills an empty database with the demo ledger, dated relative to `today` (default: today in
 * the configured time zone), with the demo users, their tokens and passwords, and settings.
 */
export async function loadDemo(
  deps: AppDeps,
  options: { today?: string } = {},
): Promise<DemoSummary> {
  const { db, dialect } = deps.storage;
  const today = options.today ?? todayIn(deps.config.timeZone, deps.clock.now());
  const ledger = buildDemoLedger(today, DEMO_SEED);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('customers').select('id').limit(1).execute();
    if (existing.length > 0) {
      throw new DemoNotEmptyError(
        'the database already holds customers; the demo loads only into an empty ledger',
      );
    }
    const emails = DEMO_USER_LIST.map((u) => u.email);
    const taken = await trx
      .selectFrom('users')
      .select('email')
      .where('email', 'in', emails)
      .execute();
    if (taken.length > 0) {
      throw new DemoNotEmptyError(
        `demo users already exist (${taken.map((u) => u.email).join(', ')})`,
      );
    }

    const createdAt = `${today}T07:00:00.000Z`;
    await insertRows(
      trx,
      dialect,
      'users',
      DEMO_USER_LIST.map((u) => ({
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        language: u.language,
        password_hash: passwordHash,
        locked_until: null,
        disabled_at: null,
        created_at: createdAt,
      })),
    );
    await insertRows(
      trx,
      dialect,
      'api_tokens',
      DEMO_USER_LIST.map((u) => ({
        id: `${u.id.slice(0, 24)}a0ce55${u.id.slice(-6)}`,
        user_id: u.id,
        name: 'demo',
        token_hash: hashSecret(u.token),
        prefix: u.token.split('_')[1] ?? '',
        created_at: createdAt,
        last_used_at: null,
        revoked_at: null,
      })),
    );
    await putSettings(trx, { ownDomains: [DEMO_OWN_DOMAIN] });
    await insertLedger(trx, dialect, ledger);
    await rebuildLedgerTotals(trx, dialect);
  });

  const { rows } = ledger;
  deps.logger.info(
    { category: 'app', today, invoices: rows.invoices.length },
    'demo ledger loaded',
  );
  return {
    today,
    users: DEMO_USER_LIST.length,
    customers: rows.customers.length,
    contacts: rows.contacts.length,
    invoices: rows.invoices.length,
    payments: rows.payments.length,
    promises: rows.payment_promises.length,
    disputes: rows.disputes.length,
    interactions: rows.interactions.length,
  };
}

/** Inserts the ledger's tables parents first, so foreign keys hold at every statement. */
async function insertLedger(
  db: Parameters<typeof insertRows>[0],
  dialect: Parameters<typeof insertRows>[1],
  ledger: DemoLedger,
): Promise<void> {
  const { rows } = ledger;
  await insertRows(db, dialect, 'customers', rows.customers);
  await insertRows(db, dialect, 'customer_domains', rows.customer_domains);
  await insertRows(db, dialect, 'contacts', rows.contacts);
  await insertRows(db, dialect, 'invoices', rows.invoices);
  await insertRows(db, dialect, 'payments', rows.payments);
  await insertRows(db, dialect, 'payment_applications', rows.payment_applications);
  await insertRows(db, dialect, 'interactions', rows.interactions);
  await insertRows(db, dialect, 'payment_promises', rows.payment_promises);
  await insertRows(db, dialect, 'payment_promise_invoices', rows.payment_promise_invoices);
  await insertRows(db, dialect, 'disputes', rows.disputes);
  await insertRows(db, dialect, 'dispute_invoices', rows.dispute_invoices);
  await insertRows(db, dialect, 'dispute_events', rows.dispute_events);
}
