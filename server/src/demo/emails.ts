import { addDays, daysBetween, endOfMonth } from '@relance/shared';
import { buildDemoLedger } from './demo-ledger.ts';
import type { DemoCustomer, DemoLedger } from './demo-ledger.ts';
import { DEMO_OWN_DOMAIN, DEMO_USERS } from './demo-users.ts';
import { createPrng } from './prng.ts';
import type { Prng } from './prng.ts';

// Sample emails the previews of the Outlook and Gmail clients open, written as customers of
// the demo ledger would write them. Each quotes invoice numbers and amounts that exist for
// its sender's customer, so reading, matching and prefill can all be tried on them.

/** A mailbox: display name and address. */
export interface DemoMailbox {
  name: string;
  email: string;
}

/** One sample email of the client previews. */
export interface DemoEmail {
  id: string;
  /** RFC 5322 Message-ID, angle brackets included. */
  messageId: string;
  threadId: string;
  from: DemoMailbox;
  to: DemoMailbox[];
  cc: DemoMailbox[];
  subject: string;
  /** ISO 8601 with the sender's UTC offset. */
  sentAt: string;
  text: string;
  language: 'fr' | 'en';
  kind:
    'promise' | 'dispute' | 'remittance' | 'question' | 'internal' | 'unknown_sender' | 'compose';
  /** What Relance should find: the customer's ERP code (null when none or ambiguous), and the invoices quoted. */
  expect: { customerRef: string | null; invoiceNumbers: string[] };
}

type Invoice = DemoLedger['rows']['invoices'][number];

const ZONES = { EUR: 'Europe/Paris', GBP: 'Europe/London', USD: 'America/New_York' } as const;
const FR_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** French notation: 12 345,67 € (or EUR when `code`). */
export function frenchAmount(minor: number, currency: string, code = false): string {
  const major = Math.floor(Math.abs(minor) / 100);
  const cents = String(Math.abs(minor) % 100).padStart(2, '0');
  const grouped = String(major).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const symbol = code
    ? currency
    : (({ EUR: '€', GBP: '£', USD: '$' } as Record<string, string>)[currency] ?? currency);
  return `${minor < 0 ? '-' : ''}${grouped},${cents} ${symbol}`;
}

/** English notation: €12,345.67, £ and $ likewise. */
export function englishAmount(minor: number, currency: string): string {
  const major = Math.floor(Math.abs(minor) / 100);
  const cents = String(Math.abs(minor) % 100).padStart(2, '0');
  const grouped = String(major).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol =
    ({ EUR: '€', GBP: '£', USD: '$' } as Record<string, string>)[currency] ?? `${currency} `;
  return `${minor < 0 ? '-' : ''}${symbol}${grouped}.${cents}`;
}

/** The UTC offset of a zone at an instant, as +01:00. */
function offsetAt(zone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name ?? '');
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

/** A local wall-clock time in a zone written as ISO 8601 with that zone's offset. */
function localInstant(date: string, hour: number, minute: number, zone: string): string {
  const wall = `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00`;
  const offset = offsetAt(zone, new Date(`${wall}Z`));
  return `${wall}${offset}`;
}

const dayOfWeek = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

/** The Friday after `date` (a week later when `date` is a Friday). */
function nextFriday(date: string): string {
  const ahead = (5 - dayOfWeek(date) + 7) % 7 || 7;
  return addDays(date, ahead);
}

class EmailWriter {
  readonly emails: DemoEmail[] = [];
  private readonly prng: Prng;
  private readonly used = new Set<string>();
  private readonly byCustomer = new Map<string, Invoice[]>();
  private readonly busy = new Set<string>();

  constructor(readonly ledger: DemoLedger) {
    this.prng = createPrng(`emails:${ledger.today}`);
    for (const inv of ledger.rows.invoices) {
      this.byCustomer.set(inv.customer_id, [...(this.byCustomer.get(inv.customer_id) ?? []), inv]);
    }
    for (const row of [...ledger.rows.dispute_invoices, ...ledger.rows.payment_promise_invoices]) {
      this.busy.add(row.invoice_id);
    }
  }

  get today(): string {
    return this.ledger.today;
  }

  /** Open invoices past due with no dispute or promise on them, oldest first. */
  overdue(c: DemoCustomer): Invoice[] {
    return (this.byCustomer.get(c.id) ?? []).filter(
      (i) =>
        i.status === 'open' &&
        i.amount > 0 &&
        i.due_date < this.today &&
        !this.busy.has(i.id) &&
        !this.used.has(i.id),
    );
  }

  /** Open invoices with no dispute or promise, due or not. */
  open(c: DemoCustomer): Invoice[] {
    return (this.byCustomer.get(c.id) ?? []).filter(
      (i) => i.status === 'open' && i.amount > 0 && !this.busy.has(i.id) && !this.used.has(i.id),
    );
  }

  /** Invoices paid in the last 60 days, most recent first. */
  recentlyPaid(c: DemoCustomer): Invoice[] {
    return (this.byCustomer.get(c.id) ?? [])
      .filter(
        (i) =>
          i.status === 'paid' &&
          i.amount > 0 &&
          i.paid_date !== null &&
          daysBetween(i.paid_date ?? '', this.today) < 60,
      )
      .reverse();
  }

  /** The first customer, from `start` on in catalogue order, that has `need` suitable invoices. */
  customer(
    test: (c: DemoCustomer) => boolean,
    pool: (c: DemoCustomer) => Invoice[],
    need = 1,
    start = 0,
  ): { c: DemoCustomer; invoices: Invoice[] } {
    const list = this.ledger.customers;
    for (let k = 0; k < list.length; k++) {
      const c = list[(start + k) % list.length];
      if (!c || !test(c)) continue;
      const invoices = pool(c).slice(0, need);
      if (invoices.length === need) {
        for (const i of invoices) this.used.add(i.id);
        return { c, invoices };
      }
    }
    throw new Error('the demo ledger has no customer for this sample email');
  }

  /** A sent date in the last days, business hours in the sender's zone. */
  sent(c: DemoCustomer | null, daysAgo: number): { date: string; at: string } {
    const date = addDays(this.today, -daysAgo);
    const zone = c ? ZONES[c.catalogue.currency] : 'Europe/Paris';
    return { date, at: localInstant(date, this.prng.int(8, 17), this.prng.int(0, 59), zone) };
  }

  add(email: Omit<DemoEmail, 'id' | 'messageId' | 'threadId'> & { threadId?: string }): void {
    const domain = email.from.email.split('@')[1] ?? DEMO_OWN_DOMAIN;
    const n = this.emails.length + 1;
    this.emails.push({
      id: `demo-${String(n).padStart(2, '0')}-${email.kind}`,
      messageId: `<${this.prng.hex(12)}.${this.prng.hex(8)}@${domain}>`,
      threadId: email.threadId ?? this.prng.hex(16),
      ...email,
    });
  }
}

const person = (c: DemoCustomer, n = 0) =>
  c.contacts[Math.min(n, c.contacts.length - 1)] ?? {
    name: c.catalogue.name,
    email: `contact@${c.catalogue.domains[0]}`,
  };
const collectorOf = (c: DemoCustomer) => ({ name: c.collector.name, email: c.collector.email });
const firstName = (name: string) => name.replace(/^Dr /, '').split(' ')[0] ?? name;
const isFr = (c: DemoCustomer) => c.catalogue.language === 'fr';

function frSignature(c: DemoCustomer, who: { name: string }, seed: number): string {
  const phone = `0${(seed % 4) + 1} ${String(40 + (seed % 50)).padStart(2, '0')} ${String(10 + (seed % 80))} ${String(20 + ((seed * 7) % 70))} ${String(10 + ((seed * 3) % 80))}`;
  const siren = String(300_000_000 + ((seed * 7_919_311) % 600_000_000));
  return [
    '--',
    who.name,
    'Service comptabilité fournisseurs',
    c.catalogue.name,
    `Tél. : ${phone} — Fax : ${phone.slice(0, -2)}${String(((seed * 3 + 1) % 90) + 10)}`,
    `SIRET ${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)} 000${(seed % 9) + 1}${seed % 10}`,
    `TVA intracommunautaire : FR${String(10 + (seed % 89))}${siren}`,
    `IBAN FR76 3000 4${String(seed % 10)}00 ${String(1000 + seed).slice(0, 4)} 0001 2345 6${String(seed % 100).padStart(2, '0')}`,
  ].join('\n');
}

function enSignature(c: DemoCustomer, who: { name: string }, seed: number): string {
  const uk = c.catalogue.currency === 'GBP';
  return [
    'Kind regards,',
    '',
    who.name,
    'Accounts Payable',
    c.catalogue.name,
    uk
      ? `Tel: +44 (0)20 7946 ${String(1000 + (seed % 8999))} | Company No. ${String(8_000_000 + seed * 137).slice(0, 8)}`
      : `Tel: +1 (312) 555-0${String(100 + (seed % 899))}`,
    uk
      ? `VAT Reg. GB ${String(100 + (seed % 899))} ${String(1000 + seed).slice(0, 4)} ${String(10 + (seed % 89))}`
      : `Suite 4${seed % 10}0, 1${seed % 10}25 W Madison St`,
  ].join('\n');
}

// Building the emails rebuilds the whole demo ledger (about 130 ms): the previews ask for them on
// every page load, for one day, so the last day's are kept.
let lastBuilt: { today: string; emails: readonly DemoEmail[] } | null = null;

/** The few dozen sample emails of the client previews, built on the demo ledger of `today`. */
export function demoEmails(today: string): readonly DemoEmail[] {
  if (lastBuilt?.today === today) return lastBuilt.emails;
  const w = new EmailWriter(buildDemoLedger(today));
  writePromises(w);
  writeDisputes(w);
  writeRemittances(w);
  writeQuestions(w);
  writeSpecialCases(w);
  lastBuilt = { today, emails: Object.freeze(w.emails.map((e) => Object.freeze(e))) };
  return lastBuilt.emails;
}

function writePromises(w: EmailWriter): void {
  const frAmount = (i: Invoice) => frenchAmount(i.amount - (i.amount - i.open_amount), i.currency);
  // 1. French, "le 15".
  {
    const { c, invoices } = w.customer(
      (c) => isFr(c) && c.catalogue.profile === 'recurring',
      (c) => w.overdue(c),
      1,
      0,
    );
    const [inv] = invoices as [Invoice];
    const sent = w.sent(c, 0);
    const from = person(c);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'fr',
      kind: 'promise',
      sentAt: sent.at,
      subject: `RE: Relance : facture ${inv.number} échue`,
      text: `Bonjour ${firstName(c.collector.name)},\n\nSuite à votre relance, nous réglerons la facture ${inv.number} de ${frAmount(inv)} le 15 par virement.\nNotre trésorerie est un peu tendue ce mois-ci, merci de votre compréhension.\n\nCordialement,\n\n${frSignature(c, from, 11)}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  // 2. French, two invoices, "fin du mois".
  {
    const { c, invoices } = w.customer(
      (c) => isFr(c) && c.catalogue.profile === 'recurring',
      (c) => w.overdue(c),
      2,
      5,
    );
    const [a, b] = invoices as [Invoice, Invoice];
    const sent = w.sent(c, 1);
    const from = person(c, 1);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [person(c, 9)],
      language: 'fr',
      kind: 'promise',
      sentAt: sent.at,
      subject: `Factures ${a.number} et ${b.number}`,
      text: `Madame, Monsieur,\n\nNous avons bien reçu votre relance du ${sent.date.slice(8)}/${sent.date.slice(5, 7)}.\nLes factures ${a.number} (${frenchAmount(a.open_amount, a.currency)}) et ${b.number} (${frenchAmount(b.open_amount, b.currency, true)}) seront payées fin du mois, avec notre prochain cycle de règlement.\n\nBien à vous,\n\n${frSignature(c, from, 23)}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [a.number, b.number] },
    });
  }
  // 3. French, "vendredi prochain", amount written 1.234,56 EUR.
  {
    const { c, invoices } = w.customer(
      (c) => isFr(c) && (c.catalogue.profile === 'recurring' || c.catalogue.strategic),
      (c) => w.overdue(c),
      1,
      12,
    );
    const [inv] = invoices as [Invoice];
    const sent = w.sent(c, 0);
    const from = person(c);
    const dotted = frenchAmount(inv.open_amount, inv.currency, true).replace(/ (?=\d)/g, '.');
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'fr',
      kind: 'promise',
      sentAt: sent.at,
      subject: `Règlement facture ${inv.number}`,
      text: `Bonjour,\n\nLe virement de ${dotted} pour la facture ${inv.number} partira vendredi prochain (${nextFriday(sent.date).split('-').reverse().join('/')}).\n\nSalutations,\n${from.name}\n${c.catalogue.name}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  // 4–6. English promises: "by <Month> <day>", "next Friday", a partial amount.
  {
    const { c, invoices } = w.customer(
      (c) => !isFr(c) && c.catalogue.profile === 'recurring',
      (c) => w.overdue(c),
      1,
      0,
    );
    const [inv] = invoices as [Invoice];
    const sent = w.sent(c, 0);
    const by = addDays(sent.date, 10);
    const from = person(c);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'en',
      kind: 'promise',
      sentAt: sent.at,
      subject: `RE: Payment reminder - invoice ${inv.number}`,
      text: `Hi ${firstName(c.collector.name)},\n\nApologies for the delay. Invoice ${inv.number} for ${englishAmount(inv.open_amount, inv.currency)} is approved and will be paid by ${EN_MONTHS[Number(by.slice(5, 7)) - 1]} ${Number(by.slice(8))}.\n\n${enSignature(c, from, 7)}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  {
    const { c, invoices } = w.customer(
      (c) => !isFr(c) && c.catalogue.profile === 'recurring',
      (c) => w.overdue(c),
      1,
      45,
    );
    const [inv] = invoices as [Invoice];
    const sent = w.sent(c, 2);
    const from = person(c, 1);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'en',
      kind: 'promise',
      sentAt: sent.at,
      subject: `Invoice ${inv.number}`,
      text: `Hello,\n\nWe'll release ${inv.number} (${inv.currency} ${englishAmount(inv.open_amount, inv.currency).replace(/^\D+/, '')}) in next Friday's payment run.\n\nThanks,\n${from.name}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  {
    const { c, invoices } = w.customer(
      (c) => !isFr(c) && c.catalogue.profile !== 'good',
      (c) => w.overdue(c),
      1,
      50,
    );
    const [inv] = invoices as [Invoice];
    const sent = w.sent(c, 1);
    const half = Math.round(inv.open_amount / 2);
    const from = person(c);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'en',
      kind: 'promise',
      sentAt: sent.at,
      subject: `Payment plan for ${inv.number}`,
      text: `Dear ${c.collector.name},\n\nCash is tight this quarter. We can pay ${englishAmount(half, inv.currency)} towards invoice ${inv.number} at the end of the month and the balance of ${englishAmount(inv.open_amount - half, inv.currency)} thirty days later. Please confirm this works for you.\n\n${enSignature(c, from, 19)}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
}

const DISPUTE_TEXT = {
  price: {
    fr: (n: string, amount: string) =>
      `Le prix unitaire appliqué sur la facture ${n} (${amount}) ne correspond pas au devis signé : 18,50 € HT au lieu de 16,90 € HT. Merci de nous adresser un avoir pour la différence.`,
    en: (n: string, amount: string) =>
      `The unit price on invoice ${n} (${amount}) does not match our contract price list. We will hold payment until a corrected invoice or credit note is issued.`,
  },
  quantity: {
    fr: (n: string, amount: string) =>
      `Nous avons reçu 40 cartons et non 48 comme facturé sur ${n} (${amount}). Le bon de livraison signé est joint. Merci de corriger la quantité.`,
    en: (n: string, amount: string) =>
      `We received 40 cases, not the 48 billed on ${n} (${amount}). The signed delivery note is attached; please correct the quantity.`,
  },
  quality: {
    fr: (n: string, amount: string) =>
      `Une partie de la marchandise livrée avec la facture ${n} (${amount}) est arrivée abîmée : palette écrasée, 6 pièces inutilisables. Photos en pièce jointe.`,
    en: (n: string, amount: string) =>
      `Several items delivered under invoice ${n} (${amount}) arrived damaged. Photos attached; we cannot pay for goods we cannot use.`,
  },
  not_received: {
    fr: (n: string, amount: string) =>
      `Nous n'avons pas reçu la facture ${n} de ${amount} ni la marchandise correspondante. Pouvez-vous vérifier l'adresse de livraison ?`,
    en: (n: string, amount: string) =>
      `We have no record of receiving the goods for invoice ${n} (${amount}). Could you send the proof of delivery?`,
  },
  missing_po: {
    fr: (n: string, amount: string) =>
      `La facture ${n} (${amount}) ne porte pas notre numéro de bon de commande (BC-2026-7781). Notre service comptable ne peut pas la traiter sans celui-ci.`,
    en: (n: string, amount: string) =>
      `Invoice ${n} (${amount}) was rejected by our system: it has no PO number. Please reissue it with PO 4500981273.`,
  },
  duplicate: {
    fr: (n: string, amount: string, other?: string) =>
      `La facture ${n} (${amount}) semble faire doublon avec la facture ${other ?? ''} : même livraison, même montant. Merci de l'annuler.`,
    en: (n: string, amount: string, other?: string) =>
      `Invoice ${n} (${amount}) looks like a duplicate of ${other ?? ''}: same delivery, same amount. Please cancel one of them.`,
  },
  already_paid: {
    fr: (n: string, amount: string) =>
      `La facture ${n} de ${amount} a déjà été payée par virement le mois dernier (réf. VIR-2026-00457). Merci de vérifier de votre côté.`,
    en: (n: string, amount: string) =>
      `Our records show invoice ${n} (${amount}) was already paid by BACS last month, remittance ref 88213. Please check your ledger.`,
  },
  other: {
    fr: (n: string, amount: string) =>
      `Suite à notre changement de raison sociale, merci de rééditer la facture ${n} (${amount}) à notre nouveau nom et nouvelle adresse.`,
    en: (n: string, amount: string) =>
      `Following our change of company name, please reissue invoice ${n} (${amount}) to our new registered name and address.`,
  },
} as const;

function writeDisputes(w: EmailWriter): void {
  const categories = Object.keys(DISPUTE_TEXT) as (keyof typeof DISPUTE_TEXT)[];
  categories.forEach((category, k) => {
    const wantFr = k % 2 === 0;
    const need = category === 'duplicate' ? 2 : 1;
    const { c, invoices } = w.customer(
      (c) => isFr(c) === wantFr,
      (c) => w.open(c),
      need,
      7 * k + 3,
    );
    const [inv, other] = invoices as [Invoice, Invoice | undefined];
    const lang = wantFr ? 'fr' : 'en';
    const amount =
      lang === 'fr'
        ? frenchAmount(inv.amount, inv.currency)
        : englishAmount(inv.amount, inv.currency);
    const from = person(c, k % 2);
    const sent = w.sent(c, k % 3);
    const body = DISPUTE_TEXT[category][lang](inv.number, amount, other?.number);
    const text =
      lang === 'fr'
        ? `Bonjour,\n\n${body}\n\nCordialement,\n\n${frSignature(c, from, 31 + k)}`
        : `Hello ${firstName(c.collector.name)},\n\n${body}\n\n${enSignature(c, from, 31 + k)}`;
    const subjects = {
      fr: {
        price: 'Erreur de prix',
        quantity: 'Écart de quantité',
        quality: 'Marchandise abîmée',
        not_received: 'Facture non reçue',
        missing_po: 'Bon de commande manquant',
        duplicate: 'Doublon',
        already_paid: 'Facture déjà payée',
        other: 'Facture à rééditer',
      },
      en: {
        price: 'Pricing query',
        quantity: 'Quantity discrepancy',
        quality: 'Damaged goods',
        not_received: 'Goods not received',
        missing_po: 'Missing PO',
        duplicate: 'Duplicate invoice',
        already_paid: 'Already paid',
        other: 'Please reissue',
      },
    } as const;
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: lang,
      kind: 'dispute',
      sentAt: sent.at,
      subject: `${subjects[lang][category]} - ${inv.number}`,
      text,
      expect: {
        customerRef: c.externalRef,
        invoiceNumbers: other ? [inv.number, other.number] : [inv.number],
      },
    });
  });
}

function writeRemittances(w: EmailWriter): void {
  for (let k = 0; k < 4; k++) {
    const wantFr = k % 2 === 0;
    const need = k < 2 ? 3 : 2;
    const { c, invoices } = w.customer(
      (c) => isFr(c) === wantFr && c.catalogue.profile === 'good',
      (c) => w.recentlyPaid(c),
      need,
      9 * k + 1,
    );
    const total = invoices.reduce((s, i) => s + i.amount, 0);
    const from = person(c, 9);
    const sent = w.sent(c, k);
    const lines = invoices.map((i) =>
      wantFr
        ? `  ${i.number.padEnd(14)} ${(i.paid_date ?? '').split('-').reverse().join('/')}   ${frenchAmount(i.amount, i.currency).padStart(14)}`
        : `  ${i.number.padEnd(14)} ${i.paid_date ?? ''}   ${englishAmount(i.amount, i.currency).padStart(14)}`,
    );
    const text = wantFr
      ? `Madame, Monsieur,\n\nVeuillez trouver ci-dessous le détail de nos derniers règlements (ordre n° ${700_000 + k * 137}) :\n\n  Facture        Réglée le    Montant\n${lines.join('\n')}\n  Total                       ${frenchAmount(total, c.catalogue.currency).padStart(14)}\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n\n${frSignature(c, from, 47 + k)}`
      : `Remittance advice\n\nPayment reference: BACS-${4_410_000 + k * 71}\n\n  Invoice        Paid on      Amount\n${lines.join('\n')}\n  Total                       ${englishAmount(total, c.catalogue.currency).padStart(14)}\n\nThis is an automated message from our payables system.`;
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: wantFr ? 'fr' : 'en',
      kind: 'remittance',
      sentAt: sent.at,
      subject: wantFr
        ? `Avis de paiement - ${c.catalogue.name}`
        : `Remittance advice ${c.catalogue.name}`,
      text,
      expect: { customerRef: c.externalRef, invoiceNumbers: invoices.map((i) => i.number) },
    });
  }
}

function writeQuestions(w: EmailWriter): void {
  // Statement requests, a copy of an invoice, new bank details question, out-of-office.
  {
    const { c } = w.customer(
      (c) => isFr(c) && c.catalogue.profile === 'occasional',
      () => [],
      0,
      2,
    );
    const from = person(c, 9);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'fr',
      kind: 'question',
      sentAt: w.sent(c, 1).at,
      subject: 'Demande de relevé de compte',
      text: `Bonjour,\n\nPourriez-vous nous transmettre un relevé de compte à jour au ${endOfMonth(addDays(w.today, -35)).split('-').reverse().join('/')} ? Nous préparons notre clôture et devons rapprocher nos écritures.\n\nMerci d'avance,\n\n${frSignature(c, from, 61)}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [] },
    });
  }
  {
    const { c, invoices } = w.customer(
      (c) => !isFr(c) && c.catalogue.profile === 'occasional',
      (c) => w.open(c),
      1,
      40,
    );
    const [inv] = invoices as [Invoice];
    const from = person(c);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'en',
      kind: 'question',
      sentAt: w.sent(c, 0).at,
      subject: `Copy of invoice ${inv.number} please`,
      text: `Hi,\n\nCould you send us a PDF copy of invoice ${inv.number}? It never reached our AP inbox, and our auditors need it along with a statement of account.\n\nThank you,\n${from.name}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  {
    const { c, invoices } = w.customer(
      (c) => isFr(c) && c.catalogue.profile === 'good',
      (c) => w.open(c),
      1,
      20,
    );
    const [inv] = invoices as [Invoice];
    const from = person(c);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'fr',
      kind: 'question',
      sentAt: w.sent(c, 2).at,
      subject: `Coordonnées bancaires - facture ${inv.number}`,
      text: `Bonjour,\n\nNous avons reçu un courrier annonçant un changement de vos coordonnées bancaires. Avant de régler la facture ${inv.number} (${frenchAmount(inv.amount, inv.currency)}), pouvez-vous nous confirmer par téléphone votre IBAN ?\n\nCordialement,\n${from.name}\n${c.catalogue.name}\nTél. 01 45 67 89 10`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  {
    const { c } = w.customer(
      (c) => !isFr(c) && c.catalogue.profile === 'good',
      () => [],
      0,
      38,
    );
    const from = person(c, 9);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'en',
      kind: 'question',
      sentAt: w.sent(c, 3).at,
      subject: 'Statement of account request',
      text: `Hello,\n\nAs part of our year-end close, please send a statement of all open items on our account as of ${endOfMonth(addDays(w.today, -35))}.\n\nRegards,\nAccounts Payable team\n${c.catalogue.name}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [] },
    });
  }
  {
    const { c } = w.customer(
      (c) => isFr(c) && c.catalogue.profile === 'recurring',
      () => [],
      0,
      14,
    );
    const from = person(c);
    const back = addDays(w.today, 9);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'fr',
      kind: 'question',
      sentAt: w.sent(c, 0).at,
      subject: 'Réponse automatique : Absent du bureau',
      text: `Bonjour,\n\nJe suis absent(e) du bureau jusqu'au ${Number(back.slice(8))} ${FR_MONTHS[Number(back.slice(5, 7)) - 1]} inclus, sans accès à ma messagerie.\nPour toute question urgente concernant les règlements, merci de contacter le service comptabilité au 03 88 21 45 60.\n\nCordialement,\n${from.name}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [] },
    });
  }
  {
    const { c } = w.customer(
      (c) => !isFr(c) && c.catalogue.profile === 'recurring',
      () => [],
      0,
      52,
    );
    const from = person(c);
    const back = addDays(w.today, 6);
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'en',
      kind: 'question',
      sentAt: w.sent(c, 1).at,
      subject: 'Automatic reply: Out of office',
      text: `Thank you for your email. I am out of the office until ${EN_MONTHS[Number(back.slice(5, 7)) - 1]} ${Number(back.slice(8))} with limited access to email. For payment queries please contact ${c.contacts[c.contacts.length - 1]?.email ?? 'our accounts team'} or call +44 161 496 0734.`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [] },
    });
  }
}

function writeSpecialCases(w: EmailWriter): void {
  const { rows } = w.ledger;
  // A reply quoting the collector's reminder, in a thread already logged.
  {
    const reminder = [...rows.interactions]
      .reverse()
      .find((r) => r.direction === 'outbound' && r.subject.startsWith('Relance : facture'));
    const c = w.ledger.customers.find((x) => x.id === reminder?.customer_id);
    const number = reminder?.subject.replace('Relance : facture ', '').replace(' échue', '');
    const inv = rows.invoices.find((i) => i.number === number && i.customer_id === c?.id);
    if (reminder && c && inv) {
      const from = person(c);
      const sentOn = reminder.sent_at.slice(0, 10);
      w.add({
        from,
        to: [collectorOf(c)],
        cc: [],
        language: 'fr',
        kind: 'promise',
        sentAt: w.sent(c, 0).at,
        threadId: reminder.thread_id ?? undefined,
        subject: `RE: ${reminder.subject}`,
        text: `Bonjour,\n\nC'est noté, le règlement de ${frenchAmount(inv.amount, inv.currency)} partira la semaine prochaine.\n\nCordialement,\n${from.name}\n\n-----Message d'origine-----\nDe : ${c.collector.name} <${c.collector.email}>\nEnvoyé : ${sentOn.split('-').reverse().join('/')}\nÀ : ${from.email}\nObjet : ${reminder.subject}\n\n> Bonjour,\n>\n> Sauf erreur de notre part, la facture ${inv.number} d'un montant de ${frenchAmount(inv.amount, inv.currency)}, échue le ${inv.due_date.split('-').reverse().join('/')}, reste impayée.\n> Pourriez-vous nous indiquer une date de règlement ?\n>\n> ${c.collector.name}\n> Relance Demo — Service recouvrement\n> Tél. 01 84 60 12 34`,
        expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
      });
    }
  }
  // Someone new at a registered domain, quoting an invoice.
  {
    const { c, invoices } = w.customer(
      (c) => isFr(c) && c.catalogue.profile === 'occasional',
      (c) => w.open(c),
      1,
      24,
    );
    const [inv] = invoices as [Invoice];
    const domain = c.catalogue.domains[0] ?? 'example.fr';
    const from = { name: 'Mélanie Robert', email: `m.robert@${domain}` };
    w.add({
      from,
      to: [collectorOf(c)],
      cc: [],
      language: 'fr',
      kind: 'unknown_sender',
      sentAt: w.sent(c, 0).at,
      subject: `Facture ${inv.number}`,
      text: `Bonjour,\n\nJe remplace ${person(c).name} à la comptabilité depuis ce mois-ci. Pouvez-vous me confirmer le solde restant dû sur la facture ${inv.number} ?\n\nMerci,\nMélanie Robert\nAssistante comptable — ${c.catalogue.name}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  // An unknown sender at the domain two customers registered: the chain shows both.
  {
    const shared = 'groupe-riviere.fr';
    const owners = w.ledger.customers.filter((c) => c.catalogue.domains.includes(shared));
    const c = owners[0];
    if (c && owners.length > 1) {
      w.add({
        from: { name: 'Patrick Olivier', email: `p.olivier@${shared}` },
        to: [collectorOf(c)],
        cc: [],
        language: 'fr',
        kind: 'unknown_sender',
        sentAt: w.sent(c, 1).at,
        subject: 'Nouvelle adresse de facturation',
        text: `Bonjour,\n\nÀ compter du 1er du mois prochain, merci d'adresser toutes les factures du groupe et de ses cliniques à factures@${shared}.\n\nBien cordialement,\nPatrick Olivier\nDirection administrative et financière`,
        expect: { customerRef: null, invoiceNumbers: [] },
      });
    }
  }
  // A free-mail address with an invoice number: only the invoice step can match it.
  {
    const { c, invoices } = w.customer(
      (c) => isFr(c) && c.catalogue.size === 's' && c.catalogue.profile !== 'good',
      (c) => w.open(c),
      1,
      10,
    );
    const [inv] = invoices as [Invoice];
    const owner = person(c);
    const address = `${owner.email.split('@')[0]?.replace('.', '')}.${c.catalogue.name
      .split(' ')[0]
      ?.toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z]/g, '')}@gmail.com`;
    w.add({
      from: { name: owner.name, email: address },
      to: [collectorOf(c)],
      cc: [],
      language: 'fr',
      kind: 'promise',
      sentAt: w.sent(c, 0).at,
      subject: 'paiement',
      text: `Bonjour, je vous écris de mon adresse perso, la boîte du magasin ne marche plus. Je fais le virement pour la ${inv.number} (${frenchAmount(inv.open_amount, inv.currency)}) demain matin.\n${owner.name}\n\nEnvoyé de mon iPhone`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  // Internal: a manager to a collector, both at the organisation's domain.
  {
    const { c, invoices } = w.customer(
      (c) => c.catalogue.strategic,
      (c) => w.open(c),
      1,
      0,
    );
    const [inv] = invoices as [Invoice];
    w.add({
      from: { name: DEMO_USERS.manager.name, email: DEMO_USERS.manager.email },
      to: [collectorOf(c)],
      cc: [{ name: DEMO_USERS.admin.name, email: DEMO_USERS.admin.email }],
      language: 'fr',
      kind: 'internal',
      sentAt: w.sent(null, 0).at,
      subject: `${c.catalogue.name} : pas de relance ferme`,
      text: `Salut ${firstName(c.collector.name)},\n\n${c.catalogue.name} est un compte stratégique : pour la ${inv.number}, on reste sur un ton courtois, je les appelle jeudi.\n\nHélène`,
      expect: { customerRef: null, invoiceNumbers: [inv.number] },
    });
  }
  // Drafts a collector writes to a customer.
  {
    const { c, invoices } = w.customer(
      (c) => isFr(c) && c.catalogue.profile === 'recurring',
      (c) => w.overdue(c),
      1,
      20,
    );
    const [inv] = invoices as [Invoice];
    const to = person(c);
    w.add({
      from: collectorOf(c),
      to: [to],
      cc: [],
      language: 'fr',
      kind: 'compose',
      sentAt: w.sent(null, 0).at,
      subject: `Relance : facture ${inv.number}`,
      text: `Bonjour ${firstName(to.name)},\n\nSauf erreur de notre part, la facture ${inv.number} de ${frenchAmount(inv.open_amount, inv.currency)}, échue le ${inv.due_date.split('-').reverse().join('/')}, reste à régler.\nMerci de nous indiquer la date de paiement prévue.\n\nBien cordialement,\n${c.collector.name}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
  {
    const { c, invoices } = w.customer(
      (c) => !isFr(c) && c.catalogue.profile === 'new',
      (c) => w.open(c),
      1,
      0,
    );
    const [inv] = invoices as [Invoice];
    const to = person(c);
    w.add({
      from: collectorOf(c),
      to: [to],
      cc: [],
      language: 'en',
      kind: 'compose',
      sentAt: w.sent(null, 0).at,
      subject: `Invoice ${inv.number} - due ${inv.due_date}`,
      text: `Dear ${firstName(to.name)},\n\nWelcome aboard. A quick note that invoice ${inv.number} for ${englishAmount(inv.open_amount, inv.currency)} falls due on ${inv.due_date}. Could you confirm it has reached your accounts payable team?\n\nBest regards,\n${c.collector.name}`,
      expect: { customerRef: c.externalRef, invoiceNumbers: [inv.number] },
    });
  }
}
