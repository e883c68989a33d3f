import type { Role } from '@relance/shared';

// The people of the demo organisation. Their API tokens and passwords are fixed and public
// on purpose, so a newcomer can call the API and sign in to the dashboard at once; they are
// created only by the demo loader, never in a real deployment.

/** The organisation's own domain in the demo. */
export const DEMO_OWN_DOMAIN = 'relance-demo.com';

/** The password of every demo user on the dashboard's sign-in page. */
export const DEMO_PASSWORD = 'relance-demo';

/** A user of the demo with the fixed API token that works against the demo ledger. */
export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: 'fr' | 'en';
  /** The client this person logs email from most of the time. */
  client: 'outlook' | 'gmail';
  token: string;
}

/** The demo's admin, manager and three collectors, with their fixed API tokens. */
export const DEMO_USERS = {
  admin: {
    id: '0d3f6c2e-7a51-4c8e-9b10-5e2a7d000001',
    email: 'admin@relance-demo.com',
    name: 'Thomas Roy',
    role: 'admin',
    language: 'fr',
    client: 'outlook',
    token: 'rl_demo0001_AdminDemoTokenOnlyForTheLocalDemoLedger00001',
  },
  manager: {
    id: '0d3f6c2e-7a51-4c8e-9b10-5e2a7d000002',
    email: 'helene.vasseur@relance-demo.com',
    name: 'Hélène Vasseur',
    role: 'manager',
    language: 'fr',
    client: 'outlook',
    token: 'rl_demo0002_ManagerDemoTokenOnlyForTheLocalDemoLedger0002',
  },
  camille: {
    id: '0d3f6c2e-7a51-4c8e-9b10-5e2a7d000003',
    email: 'camille.durand@relance-demo.com',
    name: 'Camille Durand',
    role: 'collector',
    language: 'fr',
    client: 'outlook',
    token: 'rl_demo0003_CollectorCamilleDemoTokenForTheLocalLedger03',
  },
  julien: {
    id: '0d3f6c2e-7a51-4c8e-9b10-5e2a7d000004',
    email: 'julien.martin@relance-demo.com',
    name: 'Julien Martin',
    role: 'collector',
    language: 'fr',
    client: 'gmail',
    token: 'rl_demo0004_CollectorJulienDemoTokenForTheLocalLedger004',
  },
  emma: {
    id: '0d3f6c2e-7a51-4c8e-9b10-5e2a7d000005',
    email: 'emma.clarke@relance-demo.com',
    name: 'Emma Clarke',
    role: 'collector',
    language: 'en',
    client: 'outlook',
    token: 'rl_demo0005_CollectorEmmaDemoTokenForTheLocalLedger000005',
  },
} as const satisfies Record<string, DemoUser>;

/** The demo users in a fixed order: admin, manager, then the collectors. */
export const DEMO_USER_LIST: readonly DemoUser[] = Object.values(DEMO_USERS);

/** Lines to print at start-up in demo mode: who the demo users are and how to call the API. */
export function describeDemo(publicUrl = 'http://localhost:3000'): string {
  const width = Math.max(...DEMO_USER_LIST.map((u) => u.email.length));
  const lines = [
    'Demo mode: the data is invented and these credentials are public; never use them in production.',
    `Dashboard password for every demo user: ${DEMO_PASSWORD}`,
    'Demo users and their API tokens:',
    ...DEMO_USER_LIST.map(
      (u) => `  ${u.role.padEnd(9)} ${u.email.padEnd(width)}  ${u.name.padEnd(14)}  ${u.token}`,
    ),
    `Outlook preview signed in as ${DEMO_USERS.camille.name}:`,
    `  ${publicUrl}/preview/outlook?token=${DEMO_USERS.camille.token}`,
    'Try:',
    `  curl -H "Authorization: Bearer ${DEMO_USERS.camille.token}" \\`,
    `    "${publicUrl}/api/v1/context?from=claire.marchand@boulangeries-marchand.fr"`,
  ];
  return lines.join('\n');
}
