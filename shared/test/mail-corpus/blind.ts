import { CUSTOMERS, mail, type MailCase } from './mail-case.ts';

const { boulangerie, transports, acme, thames } = CUSTOMERS;
const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';

/**
 * Emails written before anyone read the reader's code, with readings taken from the issue's
 * definitions: run once to measure how the reader generalises, never tuned on.
 */
export const BLIND: MailCase[] = [
  // French: promises
  mail({
    id: 'bl-fr-promise-fin-semaine-prochaine-outlook',
    subject: 'RE: Relance facture FA-2026-0098',
    sentAt: '2026-03-18T10:05:00+01:00',
    known: boulangerie,
    text: `Bonjour Mme Leroy,

Bien reçu. Le virement pour la FA-2026-0098 sera fait en fin de semaine prochaine, le temps que la direction signe.

Cordialement
Thomas Girard
Comptable
Boulangeries Martin

De : Leroy Anne <a.leroy@relance-demo.fr>
Envoyé : mardi 17 mars 2026 16:02
À : Thomas Girard <t.girard@boulangeries-martin.fr>
Objet : Relance facture FA-2026-0098

Bonjour,
Sauf erreur de notre part, la facture FA-2026-0098 de 1 250,00 € échue le 28 février reste impayée. Merci de procéder au règlement avant le 20 mars.`,
    expect: { intent: 'promise', invoices: ['FA-2026-0098'], promisedDate: '2026-03-27' },
  }),
  mail({
    id: 'bl-fr-promise-sloppy-le-30',
    subject: 're: relance',
    sentAt: '2026-04-14T18:22:00+02:00',
    known: boulangerie,
    text: `bjr,
on vous regle la fa 2026-0511 le 30 sans faute
cdt
marc

Envoyé de mon iPhone`,
    expect: { intent: 'promise', invoices: ['FA-2026-0511'], promisedDate: '2026-04-30' },
  }),
  mail({
    id: 'bl-fr-promise-gmail-quoted-dates',
    subject: 'Re: Facture 104522 échue',
    sentAt: '2026-06-09T08:30:00+02:00',
    known: transports,
    text: `Bonjour,

Le paiement de 4 520,00 € (facture 104522) sera effectué lundi 15 juin.

Cordialement
Didier

Le lun. 8 juin 2026 à 17:45, Anne Leroy <anne.leroy@relance-demo.fr> a écrit :
> Bonjour Monsieur Roux,
> La facture 104522 de 4 520,00 € est échue depuis le 30 mai.
> Merci de nous indiquer une date de règlement avant le 12 juin.
> Cordialement,
> Anne Leroy`,
    expect: {
      intent: 'promise',
      invoices: ['104522'],
      amounts: [[452000, 'EUR']],
      promisedDate: '2026-06-15',
    },
  }),
  mail({
    id: 'bl-fr-promise-acompte-puis-solde',
    subject: 'Facture FA-2026-0533',
    sentAt: '2026-06-24T10:00:00+02:00',
    known: boulangerie,
    text: `Bonjour,
Nous avons viré ce matin un acompte de 500,00 € sur la facture FA-2026-0533. Le solde, soit 11 950,00 €, sera réglé le 15/07.
Cordialement,
A. Morel`,
    expect: {
      intent: 'promise',
      invoices: ['FA-2026-0533'],
      amounts: [
        [50000, 'EUR'],
        [1195000, 'EUR'],
      ],
      promisedDate: '2026-07-15',
    },
  }),
  mail({
    id: 'bl-fr-promise-formal-weekday-slash-capital',
    subject: 'Votre courrier du 25 septembre 2026',
    sentAt: '2026-09-30T17:10:00+02:00',
    known: boulangerie,
    text: `Madame, Monsieur,

Par la présente, nous accusons réception de votre courrier de relance en date du 25 septembre 2026 relatif à la facture n° FA-2026-0412 d'un montant de 3 400,00 € TTC. Nous avons l'honneur de vous informer que ladite facture sera honorée par virement bancaire le mercredi 7/10, conformément à l'accord intervenu avec votre service.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Jean-Marc Perrin
Directeur administratif et financier
Boulangeries Martin SAS – Capital de 150 000 € – SIRET 552 100 554 00025
TVA FR 12 552100554`,
    expect: {
      intent: 'promise',
      invoices: ['FA-2026-0412'],
      amounts: [[340000, 'EUR']],
      promisedDate: '2026-10-07',
    },
  }),
  mail({
    id: 'bl-fr-promise-not-contesting-no-date',
    subject: 'RE: Relance 104588',
    sentAt: '2026-08-25T14:40:00+02:00',
    known: transports,
    text: `Bonjour Madame,
Nous ne contestons pas la facture 104588, elle est simplement en attente de trésorerie. Elle sera payée dès que notre client principal nous aura réglé.
Cordialement,
Didier Roux
Tél. 06 45 22 10 46`,
    expect: { intent: 'promise', invoices: ['104588'] },
  }),
  // French: remittances
  mail({
    id: 'bl-fr-remittance-vir-hier-iban-siret',
    subject: 'Paiement facture 104601',
    sentAt: '2026-02-26T11:00:00+01:00',
    known: transports,
    text: `Bonjour,

Virement de 760,40 EUR émis hier en règlement de la facture n°104601.
Réf. virement : VIR-2026-118842

Cordialement,
Service comptabilité – Transports Roux
SIRET 812 345 678 00014 – IBAN FR76 1820 6000 4512 3456 7890 123`,
    expect: { intent: 'remittance', invoices: ['104601'], amounts: [[76040, 'EUR']] },
  }),
  mail({
    id: 'bl-fr-remittance-forwarded-bank-notice',
    subject: "TR: Avis d'opération",
    sentAt: '2026-05-06T09:30:00+02:00',
    known: boulangerie,
    text: `Bonjour,
Je vous transfère l'avis de notre banque pour la facture FA-2026-0412, le virement est parti hier.
Bonne journée
Claire

---------- Message transféré ---------
De : Crédit Mutuel <noreply@creditmutuel.fr>
Date : mar. 5 mai 2026 à 18:02
Objet : Avis d'opération
À : <compta@boulangeries-martin.fr>

Virement SEPA émis
Bénéficiaire : RELANCE DEMO SAS
Montant : 3 400,00 EUR
Date d'exécution : 05/05/2026
Motif : FA-2026-0412`,
    expect: { intent: 'remittance', invoices: ['FA-2026-0412'] },
  }),
  mail({
    id: 'bl-fr-remittance-cheque-no-accents-euros',
    subject: 'reglement 104588',
    sentAt: '2026-08-18T09:12:00+02:00',
    known: transports,
    text: `Bonjour

je vous informe que le cheque de 1180 euros pour la facture 104588 est parti par courrier ce matin

cdlt
D Roux`,
    expect: { intent: 'remittance', invoices: ['104588'], amounts: [[118000, 'EUR']] },
  }),
  // French: disputes, one per category
  mail({
    id: 'bl-fr-dispute-price-grille-negated-quantity',
    subject: 'Facture FA-2026-0511',
    sentAt: '2026-07-20T09:30:00+02:00',
    known: boulangerie,
    text: `Bonjour,
Nous ne contestons pas les quantités livrées. En revanche, vous avez appliqué l'ancienne grille tarifaire alors que nous avions négocié une baisse de 8 % à compter du 1er juin. Merci de nous adresser un avoir pour la différence.
Cordialement,
Marc Petit`,
    expect: { intent: 'dispute', disputeCategory: 'price', invoices: ['FA-2026-0511'] },
  }),
  mail({
    id: 'bl-fr-dispute-quantity-cartons-manquants',
    subject: 'Livraison 104601',
    sentAt: '2026-03-24T15:20:00+01:00',
    known: transports,
    text: `Bonjour,
Vous nous facturez 12 cartons sur la 104601 mais seulement 10 ont été réceptionnés à l'entrepôt (bon de réception joint). Il en manque donc 2.
Merci de rectifier.
Didier`,
    expect: { intent: 'dispute', disputeCategory: 'quantity', invoices: ['104601'] },
  }),
  mail({
    id: 'bl-fr-dispute-quality-en-panne',
    subject: 'SAV - fours défectueux',
    sentAt: '2026-11-17T11:45:00+01:00',
    known: boulangerie,
    text: `Bonjour,
Les deux fours livrés le mois dernier sont tombés en panne au bout de 48 h. Tant que le remplacement n'est pas effectué, nous suspendons le règlement de la FA-2026-0533.
Cordialement,
J.-M. Perrin`,
    expect: { intent: 'dispute', disputeCategory: 'quality', invoices: ['FA-2026-0533'] },
  }),
  mail({
    id: 'bl-fr-dispute-not-received-jamais-parvenue',
    subject: 'RE: Relance facture 104522',
    sentAt: '2026-01-27T10:10:00+01:00',
    known: transports,
    text: `Bonjour,
Nous n'avons aucune trace de cette facture dans notre système, elle ne nous est jamais parvenue. Pouvez-vous nous la renvoyer à factures@transports-roux.fr ?
Merci
Didier`,
    expect: { intent: 'dispute', disputeCategory: 'not_received', invoices: ['104522'] },
  }),
  mail({
    id: 'bl-fr-dispute-missing-po-reference-commande',
    subject: 'Facture FA-2026-0098 rejetée',
    sentAt: '2026-02-03T09:00:00+01:00',
    known: boulangerie,
    text: `Bonjour,
Votre facture a été rejetée par notre plateforme de dématérialisation : la référence de commande est absente. Merci de nous la renvoyer en indiquant notre numéro de commande CMD-22871.
Cordialement,
Service comptabilité fournisseurs`,
    expect: { intent: 'dispute', disputeCategory: 'missing_po', invoices: ['FA-2026-0098'] },
  }),
  mail({
    id: 'bl-fr-dispute-duplicate-double-emploi',
    subject: 'Factures 104588 et 104522',
    sentAt: '2026-05-12T16:00:00+02:00',
    known: transports,
    text: `Bonjour,
La facture 104588 fait double emploi avec la 104522 : il s'agit du même transport Lyon-Marseille du 28 avril. Merci d'annuler l'une des deux.
Cordialement`,
    expect: { intent: 'dispute', disputeCategory: 'duplicate', invoices: ['104588', '104522'] },
  }),
  mail({
    id: 'bl-fr-dispute-already-paid-soldee',
    subject: 'RE: Relance FA-2026-0511',
    sentAt: '2026-10-06T08:55:00+02:00',
    known: boulangerie,
    text: `Bonjour,
Cette facture est soldée depuis le mois dernier : voir notre virement du 14/09 de 890,50 €. Merci de mettre à jour vos relances, c'est la troisième que nous recevons.
Cordialement,
Marc Petit`,
    expect: {
      intent: 'dispute',
      disputeCategory: 'already_paid',
      invoices: ['FA-2026-0511'],
      amounts: [[89050, 'EUR']],
    },
  }),
  mail({
    id: 'bl-fr-dispute-other-resiliation',
    subject: 'Facture FA-2026-0412',
    sentAt: '2026-04-02T14:15:00+02:00',
    known: boulangerie,
    text: `Bonjour,
Nous refusons de régler la facture FA-2026-0412 tant que le désaccord sur la résiliation anticipée du contrat de maintenance n'est pas tranché. Notre avocat vous a écrit le 20 mars.
Cordialement,
Direction générale`,
    expect: { intent: 'dispute', disputeCategory: 'other', invoices: ['FA-2026-0412'] },
  }),
  // French: everything else
  mail({
    id: 'bl-fr-ooo-retour-slash-date',
    subject: 'Réponse automatique : Relance facture FA-2026-0098',
    sentAt: '2026-10-26T06:00:00+01:00',
    known: boulangerie,
    text: `Message d'absence

Bonjour, je serai de retour le 3/11. Pour les questions de facturation, merci de contacter Mme Lambert au 06 12 34 56 78.

Thomas Girard`,
    expect: { intent: 'other', invoices: ['FA-2026-0098'] },
  }),
  mail({
    id: 'bl-fr-statement-request-sloppy',
    subject: 'releve',
    sentAt: '2026-10-02T12:05:00+02:00',
    known: boulangerie,
    text: `bonjour
pouvez vous m envoyer le releve de compte au 30/09 svp, notre expert comptable en a besoin pour le bilan
merci
nadia`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'bl-fr-question-carte-et-double',
    subject: 'Paiement par carte ?',
    sentAt: '2026-03-02T13:30:00+01:00',
    known: boulangerie,
    text: `Bonjour,
Acceptez-vous le paiement par carte bancaire pour la facture FA-2026-0533 ? Si oui, pouvez-vous m'envoyer un lien de paiement ? Au passage, pourriez-vous m'envoyer un double de cette facture pour notre comptable ?
Merci,
Julie`,
    expect: { intent: 'other', invoices: ['FA-2026-0533'] },
  }),

  // English: promises
  mail({
    id: 'bl-en-promise-end-of-next-week-remittance-word',
    subject: 'RE: Past due balance',
    sentAt: '2026-05-14T15:40:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi Karen — checked with our controller. We should be able to get INV-8812 paid by the end of next week. I'll send the remittance once it's out.

Best,
Mike Chen
Acme Corp | AP
Direct 215-555-0142 | Fax 215-555-0143`,
    expect: { intent: 'promise', invoices: ['INV-8812'], promisedDate: '2026-05-22' },
  }),
  mail({
    id: 'bl-en-promise-sloppy-on-the-30th',
    subject: 're: overdue',
    sentAt: '2026-04-21T19:05:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `hey karen
sorry for the delay, inv8830 will go out on the 30th. thx
mike

Sent from my iPhone`,
    expect: { intent: 'promise', invoices: ['INV-8830'], promisedDate: '2026-04-30' },
  }),
  mail({
    id: 'bl-en-promise-outlook-from-sent-check-run',
    subject: 'RE: Past due: INV-8857',
    sentAt: '2026-07-09T09:20:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Karen,

AP has scheduled INV-8857 for our next check run on Thursday, 7/16.

Rob

From: Karen Blake <karen@supplier.com>
Sent: Wednesday, July 8, 2026 3:14 PM
To: Rob Alvarez <rob.alvarez@acme.com>
Subject: Past due: INV-8857

Hi Rob, INV-8857 for $3,250.00 was due 06/15/2026. Can you confirm when it will be paid?`,
    expect: { intent: 'promise', invoices: ['INV-8857'], promisedDate: '2026-07-16' },
  }),
  mail({
    id: 'bl-en-promise-uk-day-month-gbp',
    subject: 'SI-00417',
    sentAt: '2026-10-27T11:00:00+00:00',
    timeZone: LONDON,
    known: thames,
    text: `Dear Ms Blake,

Thank you for your patience. We will settle SI-00417 (£980.00) on 3 November, following our month-end close.

Kind regards,
Olivia Hart
Thames Logistics Ltd | Company No. 08123456 | VAT GB 123 4567 89`,
    expect: {
      intent: 'promise',
      invoices: ['SI-00417'],
      amounts: [[98000, 'GBP']],
      promisedDate: '2026-11-03',
    },
  }),
  mail({
    id: 'bl-en-promise-partial-paid-rest-later',
    subject: 'INV-8830 payment plan',
    sentAt: '2026-06-16T12:00:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi Karen,
We paid $2,000.00 toward INV-8830 today. The remaining $2,500.00 will follow on June 30.
Regards,
Jenna`,
    expect: {
      intent: 'promise',
      invoices: ['INV-8830'],
      amounts: [
        [200000, 'USD'],
        [250000, 'USD'],
      ],
      promisedDate: '2026-06-30',
    },
  }),
  mail({
    id: 'bl-en-promise-next-monday-gmail-quote',
    subject: 'Re: SI-00452 overdue',
    sentAt: '2026-03-13T16:30:00+00:00',
    timeZone: LONDON,
    known: thames,
    text: `Hi Anne,

I'll release payment for SI-00452 next Monday once the director signs off.

Cheers,
George

On Fri, 13 Mar 2026 at 10:02, Anne Leroy <anne.leroy@relance-demo.co.uk> wrote:
> Hi George,
> SI-00452 (£3,100.50) fell due on 28 February. Could you let us know when it will be paid?
> Thanks,
> Anne`,
    expect: { intent: 'promise', invoices: ['SI-00452'], promisedDate: '2026-03-16' },
  }),
  mail({
    id: 'bl-en-promise-not-disputing-price',
    subject: 'RE: INV-8812',
    sentAt: '2026-12-01T10:30:00-05:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Karen,

To be clear, we are not disputing the price on INV-8812 — it's purely a cash-flow issue on our side. We'll pay it in full by 12/15.

Mike`,
    expect: { intent: 'promise', invoices: ['INV-8812'], promisedDate: '2026-12-15' },
  }),
  // English: remittances
  mail({
    id: 'bl-en-remittance-wire-confirmation-fields',
    subject: 'Wire sent',
    sentAt: '2026-03-12T14:00:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Karen,
Please find the wire confirmation below.

Amount: USD 4,500.00
Value date: 03/12/2026
Reference: INV-8830

Regards,
Rob Alvarez
Acme Corp – Accounts Payable
ACH/Wire: routing 031000053, account 1234567890`,
    expect: { intent: 'remittance', invoices: ['INV-8830'], amounts: [[450000, 'USD']] },
  }),
  mail({
    id: 'bl-en-remittance-uk-bacs-yesterday',
    subject: 'Remittance – SI-00452',
    sentAt: '2026-05-19T09:45:00+01:00',
    timeZone: LONDON,
    known: thames,
    text: `Morning,
We made a BACS payment of £3,100.50 yesterday against SI-00452. Remittance advice attached.
Regards,
George Patel
Finance Assistant
Sort code 20-00-00 | Acc 55779911`,
    expect: { intent: 'remittance', invoices: ['SI-00452'], amounts: [[310050, 'GBP']] },
  }),
  mail({
    id: 'bl-en-remittance-terse-portal',
    subject: 'paid',
    sentAt: '2026-09-02T16:01:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Paid INV-8857 via your portal just now. Conf# 88213-AZ.
-R`,
    expect: { intent: 'remittance', invoices: ['INV-8857'] },
  }),
  // English: disputes, one per category
  mail({
    id: 'bl-en-dispute-price-quote-mismatch',
    subject: 'Pricing issue INV-8830',
    sentAt: '2026-02-24T10:00:00-05:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi Karen,
The unit price on INV-8830 doesn't match our quote Q-1187: we were quoted $18.50/unit and you billed $21.00/unit. Please send a corrected invoice and we'll pay right away.
Thanks,
Jenna`,
    expect: {
      intent: 'dispute',
      disputeCategory: 'price',
      invoices: ['INV-8830'],
      amounts: [
        [1850, 'USD'],
        [2100, 'USD'],
      ],
    },
  }),
  mail({
    id: 'bl-en-dispute-quantity-timesheets',
    subject: 'Hours on INV-8812',
    sentAt: '2026-09-15T11:10:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Karen,
INV-8812 bills 120 hours, but our approved timesheets only show 96 hours for August. We can only pay for the hours we signed off.
Mike`,
    expect: { intent: 'dispute', disputeCategory: 'quantity', invoices: ['INV-8812'] },
  }),
  mail({
    id: 'bl-en-dispute-quality-faulty-uk',
    subject: 'Faulty units – SI-00417',
    sentAt: '2026-06-03T10:00:00+01:00',
    timeZone: LONDON,
    known: thames,
    text: `Hello,
Half of the units delivered under SI-00417 were faulty on arrival and have been sent back. We won't pay for them until a credit note is issued.
Regards,
Olivia`,
    expect: { intent: 'dispute', disputeCategory: 'quality', invoices: ['SI-00417'] },
  }),
  mail({
    id: 'bl-en-dispute-not-received-tracking',
    subject: 'Where is our order?',
    sentAt: '2026-10-08T13:25:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi,
We still haven't received the shipment billed on INV-8857; tracking shows it stuck in Memphis since Oct 2. Please hold the invoice until it arrives.
Rob`,
    expect: { intent: 'dispute', disputeCategory: 'not_received', invoices: ['INV-8857'] },
  }),
  mail({
    id: 'bl-en-dispute-missing-po-bounced',
    subject: 'Invoice rejected',
    sentAt: '2026-01-20T09:00:00+00:00',
    timeZone: LONDON,
    known: thames,
    text: `Hi,
Your invoice SI-00452 was bounced by our AP system because it has no PO reference on it. Please resend it with PO 4500876123 and it will go into the next payment run.
Thanks
Olivia Hart
Accounts Payable, Thames Logistics
T: +44 20 7946 0958`,
    expect: { intent: 'dispute', disputeCategory: 'missing_po', invoices: ['SI-00452'] },
  }),
  mail({
    id: 'bl-en-dispute-duplicate-charged-twice',
    subject: 'Double charge',
    sentAt: '2026-04-07T15:00:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Karen,
You've charged us twice for the March maintenance visit — INV-8830 and INV-8857 cover the same work order (WO-5521). Please void one of them.
Jenna`,
    expect: {
      intent: 'dispute',
      disputeCategory: 'duplicate',
      invoices: ['INV-8830', 'INV-8857'],
    },
  }),
  mail({
    id: 'bl-en-dispute-already-paid-check-cleared',
    subject: 'Re: Final notice INV-8812',
    sentAt: '2026-09-21T09:40:00-04:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Hi Karen,
Our records show INV-8812 was settled in full on Sept 3 (check #10482, cleared Sept 8). Could you check your cash application? Please stop the reminders.
Mike Chen`,
    expect: { intent: 'dispute', disputeCategory: 'already_paid', invoices: ['INV-8812'] },
  }),
  mail({
    id: 'bl-en-dispute-other-sla-withholding',
    subject: 'INV-8830 on hold',
    sentAt: '2026-11-03T16:20:00-05:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `Karen,
We're withholding payment on INV-8830 pending resolution of the SLA breach we raised with your account manager last month.
Regards,
Jenna Park`,
    expect: { intent: 'dispute', disputeCategory: 'other', invoices: ['INV-8830'] },
  }),
  // English: everything else
  mail({
    id: 'bl-en-ooo-until-monday',
    subject: 'Automatic reply: Reminder - INV-8857 overdue',
    sentAt: '2026-11-23T07:00:00-05:00',
    timeZone: NEW_YORK,
    known: acme,
    text: `I'm out of the office with no access to email until Monday, November 30. For anything urgent regarding invoices or payments, please contact ap@acme.com.

Rob Alvarez`,
    expect: { intent: 'other', invoices: ['INV-8857'] },
  }),
  mail({
    id: 'bl-en-statement-and-credit-note-question',
    subject: 'Statement please',
    sentAt: '2026-04-01T11:00:00+01:00',
    timeZone: LONDON,
    known: thames,
    text: `Hi,
Could you send us a statement of account? Our auditors need balances as at 31 March.
Also, is SI-00417 still open on your side, or has the credit note been applied?
Many thanks,
George`,
    expect: { intent: 'other', invoices: ['SI-00417'] },
  }),
];
