import { CUSTOMERS, mail, type MailCase } from './mail-case.ts';

const { boulangerie, transports, acme, thames } = CUSTOMERS;
const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';

/** Emails written after the reader was tuned, and never tuned on: the figures that generalise. */
export const HELD_OUT: MailCase[] = [
  mail({
    id: 'ho-fr-promise-jeudi-prochain',
    subject: 'RE: Votre relance du 2 février',
    sentAt: '2026-02-04T11:45:00+01:00',
    known: boulangerie,
    text: `Bonjour Madame,

Je reviens vers vous concernant la facture FA-2026-0533. Notre directeur financier a validé le paiement, il sera mis en paiement jeudi prochain.

Bien cordialement,
Hélène Vasseur
Assistante comptable
Tél : +33 (0)4 78 62 19 40`,
    expect: { intent: 'promise', invoices: ['FA-2026-0533'], promisedDate: '2026-02-12' },
  }),
  mail({
    id: 'ho-fr-promise-amount-le-25',
    subject: 'Échéancier',
    sentAt: '2026-06-12T09:20:00+02:00',
    known: transports,
    text: `Bonjour,
Comme convenu par téléphone, nous verserons 2 000,00 € sur la facture 104522 le 25 juin, puis le solde le mois suivant.
Cordialement,
D. Roux`,
    expect: {
      intent: 'promise',
      invoices: ['104522'],
      amounts: [[200000, 'EUR']],
      promisedDate: '2026-06-25',
    },
  }),
  mail({
    id: 'ho-fr-promise-forwarded',
    subject: 'TR: Facture FA-2026-0098',
    sentAt: '2026-10-20T14:00:00+02:00',
    known: boulangerie,
    text: `Bonjour,

Je vous transfère l'échange avec notre service achats. Le règlement interviendra le 30 octobre.

Cordialement,
Nadia

-------- Message transféré --------
Objet : Facture FA-2026-0098
Date : Mon, 19 Oct 2026 10:12:44 +0200
De : Achats <achats@boulangeries-martin.fr>

Facture validée, montant 1 250,00 €, bon pour paiement au 15/11.`,
    expect: { intent: 'promise', invoices: ['FA-2026-0098'], promisedDate: '2026-10-30' },
  }),
  mail({
    id: 'ho-fr-remittance-lcr',
    subject: 'Règlement effectué',
    sentAt: '2026-07-15T16:10:00+02:00',
    known: boulangerie,
    text: `Bonjour,
Nous vous confirmons avoir réglé ce jour les factures FA-2026-0412 et FA-2026-0511 par virement, soit un total de 4 290,50 €.
Bonne fin de journée,
Paul`,
    expect: {
      intent: 'remittance',
      invoices: ['FA-2026-0412', 'FA-2026-0511'],
      amounts: [[429050, 'EUR']],
    },
  }),
  mail({
    id: 'ho-fr-dispute-tarif',
    subject: 'Écart de tarif',
    sentAt: '2026-05-05T10:00:00+02:00',
    known: boulangerie,
    text: `Bonjour,
Le tarif appliqué sur la facture FA-2026-0511 n'est pas celui de notre contrat cadre 2026. Nous ne pourrons régler cette facture qu'après réception d'une facture corrigée.
Cordialement,
Service achats`,
    expect: { intent: 'dispute', disputeCategory: 'price', invoices: ['FA-2026-0511'] },
  }),
  mail({
    id: 'ho-fr-dispute-casse',
    subject: 'Livraison du 3 mars',
    sentAt: '2026-03-05T08:40:00+01:00',
    known: transports,
    text: `Bonjour,
Lors de la livraison, deux colis étaient endommagés et le contenu inutilisable. Nous avons émis des réserves sur le bon de livraison. Merci de nous faire un avoir sur la facture 104588.
Cordialement
Didier Roux
Transports Roux - 12 avenue Jean Jaurès 69007 Lyon
Tél. 04 72 10 45 22 - Fax 04 72 10 45 23`,
    expect: { intent: 'dispute', disputeCategory: 'quality', invoices: ['104588'] },
  }),
  mail({
    id: 'ho-fr-dispute-double-facturation',
    subject: 'RE: Relance FA-2026-0533',
    sentAt: '2026-09-14T11:30:00+02:00',
    known: boulangerie,
    text: `Bonjour,
Cette prestation nous a été facturée deux fois : une première fois sur FA-2026-0511 et de nouveau sur FA-2026-0533. Nous ne réglerons qu'une seule des deux.
Merci,
Julie`,
    expect: {
      intent: 'dispute',
      disputeCategory: 'duplicate',
      invoices: ['FA-2026-0533', 'FA-2026-0511'],
    },
  }),
  mail({
    id: 'ho-fr-dispute-deja-paye',
    subject: 'RE: 2e relance',
    sentAt: '2026-11-09T09:00:00+01:00',
    known: boulangerie,
    text: `Bonjour,
Je ne comprends pas cette relance : la facture FA-2026-0412 a été payée le 12 octobre, je vous joins la copie de l'ordre de virement. Merci de mettre à jour votre compte client.
Cordialement,
Claire Dubois`,
    expect: { intent: 'dispute', disputeCategory: 'already_paid', invoices: ['FA-2026-0412'] },
  }),
  mail({
    id: 'ho-fr-ooo',
    subject: 'Absence',
    sentAt: '2026-07-27T06:30:00+02:00',
    known: transports,
    text: `Bonjour,
Je suis en congés du 27 juillet au 16 août. Pour toute demande urgente concernant les factures, merci d'écrire à compta@transports-roux.fr.
Didier Roux`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'ho-fr-question-duplicata',
    subject: 'Duplicata',
    sentAt: '2026-01-19T15:00:00+01:00',
    known: boulangerie,
    text: `Bonjour,
Pourriez-vous m'envoyer un duplicata de la facture FA-2026-0098 ainsi que le RIB de votre société ? Notre logiciel a été migré et nous avons perdu certaines pièces jointes.
Merci d'avance
Sophie`,
    expect: { intent: 'other', invoices: ['FA-2026-0098'] },
  }),
  mail({
    id: 'ho-en-promise-next-week-friday',
    subject: 'RE: Account past due',
    sentAt: '2026-05-28T17:20:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi Karen,

Apologies for the delay on INV-8830 and INV-8857. Both are approved and we will send payment on Friday, June 5.

Thanks,
Jenna Park
Accounts Payable Specialist | Acme Corp.
P: 215-555-0199`,
    expect: {
      intent: 'promise',
      invoices: ['INV-8830', 'INV-8857'],
      promisedDate: '2026-06-05',
    },
  }),
  mail({
    id: 'ho-en-promise-uk-end-of-month-gbp',
    subject: 'Outstanding balance',
    sentAt: '2026-09-10T12:00:00+01:00',
    timeZone: LONDON,
    known: thames,
    text: `Hello,
We'll clear the outstanding £3,100.50 on SI-00452 by the end of the month, once our customer pays us.
Best wishes,
George Patel`,
    expect: {
      intent: 'promise',
      invoices: ['SI-00452'],
      amounts: [[310050, 'GBP']],
      promisedDate: '2026-09-30',
    },
  }),
  mail({
    id: 'ho-en-promise-quoted-date-trap',
    subject: 'Re: INV-8812 - second reminder',
    sentAt: '2026-08-24T10:15:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Karen,

Understood. Payment will be made on 8/28.

Mike

On Mon, Aug 24, 2026 at 9:02 AM Karen Blake <karen@supplier.com> wrote:
> Mike, INV-8812 ($12,480.00) is now 45 days overdue. Please confirm payment by 08/26/2026.`,
    expect: { intent: 'promise', invoices: ['INV-8812'], promisedDate: '2026-08-28' },
  }),
  mail({
    id: 'ho-en-remittance-ach',
    subject: 'ACH payment INV-8857',
    sentAt: '2026-04-09T13:00:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi Karen,
An ACH payment of $3,250.00 was initiated this morning for INV-8857. It should reach your account within 2 business days.
Regards,
Rob`,
    expect: { intent: 'remittance', invoices: ['INV-8857'], amounts: [[325000, 'USD']] },
  }),
  mail({
    id: 'ho-en-dispute-not-delivered',
    subject: 'INV-8830',
    sentAt: '2026-02-17T09:00:00-05:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi,
The order billed on INV-8830 was never delivered to our Camden warehouse. We won't process payment until we have proof of delivery.
Jenna`,
    expect: { intent: 'dispute', disputeCategory: 'not_received', invoices: ['INV-8830'] },
  }),
  mail({
    id: 'ho-en-dispute-po-required',
    subject: 'RE: SI-00417',
    sentAt: '2026-03-30T10:00:00+01:00',
    timeZone: LONDON,
    known: thames,
    text: `Hi,
Our finance team can only pay invoices that quote a valid purchase order number. SI-00417 doesn't, so please reissue it quoting PO 55-10293.
Thanks,
Olivia`,
    expect: { intent: 'dispute', disputeCategory: 'missing_po', invoices: ['SI-00417'] },
  }),
  mail({
    id: 'ho-en-dispute-short-shipped',
    subject: 'Quantity discrepancy INV-8857',
    sentAt: '2026-10-27T15:30:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hello,
INV-8857 charges for 50 cases but the packing slip shows 45 cases delivered. Please send a credit for the 5 missing cases.
Regards,
Rob Alvarez`,
    expect: { intent: 'dispute', disputeCategory: 'quantity', invoices: ['INV-8857'] },
  }),
  mail({
    id: 'ho-en-dispute-price-overcharged',
    subject: 'Overcharge',
    sentAt: '2026-12-08T11:00:00-05:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi Karen,
We were overcharged on INV-8812: the contract rate is $45/hour, the invoice uses $52/hour. We'll hold the invoice until a corrected one is issued.
Mike`,
    expect: {
      intent: 'dispute',
      disputeCategory: 'price',
      invoices: ['INV-8812'],
      amounts: [
        [4500, 'USD'],
        [5200, 'USD'],
      ],
    },
  }),
  mail({
    id: 'ho-en-ooo-uk',
    subject: 'Out of office: Reminder SI-00417',
    sentAt: '2026-08-03T08:00:00+01:00',
    timeZone: LONDON,
    known: thames,
    text: `Thank you for your message. I am on leave until 17 August and will reply on my return. For urgent payment matters please call 020 7946 0321.
Olivia Hart`,
    expect: { intent: 'other', invoices: ['SI-00417'] },
  }),
  mail({
    id: 'ho-en-statement-request',
    subject: 'Account reconciliation',
    sentAt: '2026-06-29T10:00:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi Karen,
We're closing our books for Q2. Could you send an open-items statement as of June 30 so we can reconcile INV-8812 and INV-8830?
Thanks,
Mike Chen`,
    expect: { intent: 'other', invoices: ['INV-8812', 'INV-8830'] },
  }),
];
