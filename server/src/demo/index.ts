// The demo: a seeded ledger with its users, sample emails for the client previews, and the
// benchmark's large generated ledger.
export { loadDemo, DemoNotEmptyError } from './load-demo.ts';
export type { DemoSummary } from './load-demo.ts';
export { buildDemoLedger, DEMO_SEED } from './demo-ledger.ts';
export type { DemoLedger, DemoCustomer } from './demo-ledger.ts';
export {
  DEMO_USERS,
  DEMO_USER_LIST,
  DEMO_PASSWORD,
  DEMO_OWN_DOMAIN,
  describeDemo,
} from './demo-users.ts';
export type { DemoUser } from './demo-users.ts';
export { demoEmails } from './emails.ts';
export type { DemoEmail } from './emails.ts';
export { previewDataRouter } from './preview-data.router.ts';
export { generateLedger } from './generate-ledger.ts';
export type { GeneratedLedger, LedgerScale } from './generate-ledger.ts';
