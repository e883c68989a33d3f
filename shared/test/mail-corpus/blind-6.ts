import { mail, type MailCase } from './mail-case.ts';

type Known = Parameters<typeof mail>[0]['known'];

/** Fournil Saint-Aubert, a bakery chain of Lille (France) with shops in Tournai and Kortrijk (Belgium), billed in euros. */
const FOURNIL = [
  { number: 'FSA/26/0731', openAmount: 412000, currency: 'EUR' },
  { number: 'FSA/26/0802', openAmount: 98650, currency: 'EUR' },
  { number: 'FSA/26/0815', openAmount: 1534000, currency: 'EUR' },
  { number: 'FSA/25/1190', openAmount: 27500, currency: 'EUR' },
] satisfies Known;

/** Groupe dentaire Plateau / Plateau Dental Group, dental clinics of Montréal, billed in Canadian dollars with bare 7-digit numbers. */
const PLATEAU = [
  { number: '2604418', openAmount: 348500, currency: 'CAD' },
  { number: '2604455', openAmount: 129900, currency: 'CAD' },
  { number: '2604502', openAmount: 602000, currency: 'CAD' },
  { number: '2603977', openAmount: 84000, currency: 'CAD' },
] satisfies Known;

/** Brightwell Freight Brokerage, a logistics broker of Columbus (Ohio), billed in US dollars. */
const BRIGHTWELL = [
  { number: 'BWF-30917', openAmount: 1248000, currency: 'USD' },
  { number: 'BWF-30958', openAmount: 387500, currency: 'USD' },
  { number: 'BWF-31002', openAmount: 92040, currency: 'USD' },
] satisfies Known;

/** Shipchandler du Léman SA, a marine supplies shop of Morges (Switzerland), billed in Swiss francs. */
const LEMAN = [
  { number: 'SDL-448', openAmount: 245000, currency: 'CHF' },
  { number: 'SDL-462', openAmount: 244600, currency: 'CHF' },
  { number: 'SDL-479', openAmount: 146240, currency: 'CHF' },
] satisfies Known;

/** Mount Corrie Alpine Resort, a ski resort of New South Wales (Australia), billed in Australian dollars. */
const CORRIE = [
  { number: 'INV-MC-5512', openAmount: 441000, currency: 'AUD' },
  { number: 'INV-MC-5530', openAmount: 530000, currency: 'AUD' },
  { number: 'INV-MC-5547', openAmount: 216580, currency: 'AUD' },
] satisfies Known;

/** Quill Fenton Architects, an architecture firm with a London studio (billed in pounds) and a Dublin studio (billed in euros). */
const QUILL = [
  { number: 'QF/L/2210', openAmount: 221000, currency: 'GBP' },
  { number: 'QF/L/2234', openAmount: 186000, currency: 'GBP' },
  { number: 'QF/D/0871', openAmount: 871000, currency: 'EUR' },
  { number: 'QF/D/0885', openAmount: 128450, currency: 'EUR' },
] satisfies Known;

/** Sixth held-out set, written from the definitions by someone who never saw the reader's code or the earlier corpora: run once to measure how the reader generalises. */
export const BLIND_6_CORPUS: MailCase[] = [
  // ───────────────────────────── French: promises ─────────────────────────────
  mail({
    id: 'b6-fr-promise-mardi-prochain',
    subject: 'RE: Relance facture FSA/26/0731',
    sentAt: '2026-10-15T09:12:00+02:00',
    known: FOURNIL,
    text: `Bonjour Madame Rivière,

Suite à votre relance, je vous confirme que la facture fsa 26/0731 de 4 120,00 € sera réglée par virement mardi prochain. Notre comptable était en congés, d'où le retard.

Bien cordialement,

Hélène Vasseur
Responsable administrative
Fournil Saint-Aubert SAS – 14 rue des Arts, 59000 Lille
Tél. 03 20 48 19 62
SIRET 812 345 678 00027 – TVA FR41812345678

De : Service comptabilité – Minoterie Delorme <compta@minoterie-delorme.fr>
Envoyé : lundi 12 octobre 2026 10:03
À : Hélène Vasseur <h.vasseur@fournil-saint-aubert.fr>
Objet : Relance facture FSA/26/0731

Bonjour,

Sauf erreur de notre part, la facture FSA/26/0731 d'un montant de 4 120,00 €, échue le 30/09/2026, reste impayée à ce jour. Merci de procéder à son règlement avant le 19/10/2026.

Cordialement,
Claire Rivière
Minoterie Delorme`,
    expect: {
      intent: 'promise',
      invoices: ['FSA/26/0731'],
      amounts: [[412000, 'EUR']],
      promisedDate: '2026-10-20',
    },
  }),
  mail({
    id: 'b6-fr-promise-fin-du-mois-quebec',
    subject: 'Re: Facture 2604455 en souffrance',
    sentAt: '2026-11-27T10:20:00-05:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Bonjour M. Tremblay,

Désolée pour le délai. Le paiement de la facture 2604455 (1 299,00 $) sera fait d'ici la fin du mois, par dépôt direct.

Merci de votre patience!

Josée Lachance
Adjointe administrative
Groupe dentaire Plateau
4520, av. Papineau, Montréal (Québec) H2H 1V4
Tél. : 514 555-0187, poste 226
NEQ 1168423907

Le 24 nov. 2026 à 09:15, Comptes recevables <ar@equipdent.ca> a écrit :
> Bonjour,
> La facture 2604455 au montant de 1 299,00 $ était payable le 10 novembre 2026.
> Merci de nous faire parvenir votre paiement d'ici le 1er décembre.
> Marc Tremblay, Équipements Dentaires Laurentides`,
    expect: {
      intent: 'promise',
      invoices: ['2604455'],
      amounts: [[129900, 'CAD']],
      promisedDate: '2026-11-30',
    },
  }),
  mail({
    id: 'b6-fr-promise-janvier-rollover-tournai',
    subject: 'RE: Rappel de paiement',
    sentAt: '2026-12-14T16:40:00+01:00',
    timeZone: 'Europe/Brussels',
    known: FOURNIL,
    text: `Bonjour,

La facture fsa26/0815 (15.340,00 EUR) sera payée le 5 janvier : nos paiements sont bloqués pendant la clôture de fin d'année.

Bien à vous,

Benoît Lhoist
Fournil Saint-Aubert – succursale de Tournai
Rue de l'Yser 22, 7500 Tournai
+32 69 84 12 55
TVA BE 0712.345.609

-----Message d'origine-----
De : Minoterie Delorme <compta@minoterie-delorme.fr>
Envoyé : jeudi 10 décembre 2026 09:00
À : Benoît Lhoist
Objet : Rappel de paiement

Madame, Monsieur,
Nous n'avons pas encore reçu le paiement de la facture FSA/26/0815 de 15.340,00 EUR, échue le 30 novembre 2026. Merci de régulariser avant le 18/12/2026.`,
    expect: {
      intent: 'promise',
      invoices: ['FSA/26/0815'],
      amounts: [[1534000, 'EUR']],
      promisedDate: '2027-01-05',
    },
  }),
  mail({
    id: 'b6-fr-promise-sous-huitaine-suisse',
    subject: 'Votre rappel – facture SDL-448',
    sentAt: '2026-06-03T10:05:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Bonjour Madame Favre,

Nous avons bien reçu votre rappel. Le montant de CHF 2'450.00 pour la facture SDL 448 vous sera versé sous huitaine.

Avec nos meilleures salutations

Laurent Chappuis
Shipchandler du Léman SA
Quai du Mont-Blanc 8, 1110 Morges
Tél. +41 21 803 44 80
IDE CHE-116.302.591 TVA`,
    expect: {
      intent: 'promise',
      invoices: ['SDL-448'],
      amounts: [[245000, 'CHF']],
      promisedDate: '2026-06-11',
    },
  }),
  mail({
    id: 'b6-fr-promise-acompte-puis-solde',
    subject: 'Re: FSA/26/0731 - proposition de règlement',
    sentAt: '2026-03-27T11:00:00+01:00',
    known: FOURNIL,
    text: `Bonjour,

Comme évoqué au téléphone, nous ne pouvons pas régler la totalité tout de suite. Nous vous verserons un premier acompte de 2 000 € le 10/04 ; pour le solde (2 120 €), je reviendrai vers vous début mai.

Merci de votre compréhension.
Hélène Vasseur
Fournil Saint-Aubert

Le mer. 25 mars 2026 à 15:12, Claire Rivière <compta@minoterie-delorme.fr> a écrit :
> Bonjour Madame Vasseur,
>
> La facture FSA/26/0731 de 4 120,00 € est échue depuis le 28/02/2026.
> Sans règlement de votre part d'ici le 31/03, nous serons contraints de suspendre les livraisons.
>
> Cordialement`,
    expect: {
      intent: 'promise',
      invoices: ['FSA/26/0731'],
      amounts: [
        [200000, 'EUR'],
        [212000, 'EUR'],
      ],
      promisedDate: '2026-04-10',
    },
  }),
  mail({
    id: 'b6-fr-promise-sans-date-ramq',
    subject: 're: 2604418',
    sentAt: '2026-09-15T17:30:00-04:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `bonjour, on attend le remboursement de la RAMQ, des qu il rentre on vous paie la 2604418 au complet. desole pour le retard

Envoye de mon iPhone`,
    expect: {
      intent: 'promise',
      invoices: ['2604418'],
    },
  }),
  mail({
    id: 'b6-fr-promise-pas-avant-le-20',
    subject: 'Re: Facture FSA/26/0802 impayée',
    sentAt: '2026-11-05T08:45:00+01:00',
    known: FOURNIL,
    text: `Bonjour,

Notre trésorerie ne nous permet pas de payer la facture FSA-26-0802 avant le 20 novembre. Le virement de 986,50 € partira donc le 20/11, comme convenu avec votre commercial.

Cordialement,
Hélène Vasseur
Fournil Saint-Aubert SAS – capital social 150 000 €
IBAN FR76 3000 4000 0312 3456 7890 143

Le mar. 3 nov. 2026 à 14:22, Claire Rivière <compta@minoterie-delorme.fr> a écrit :
> Bonjour,
> La facture FSA/26/0802 (986,50 €), échéance 15/10/2026, n'est toujours pas réglée.
> Pourriez-vous nous indiquer une date de paiement ?`,
    expect: {
      intent: 'promise',
      invoices: ['FSA/26/0802'],
      amounts: [[98650, 'EUR']],
      promisedDate: '2026-11-20',
    },
  }),
  mail({
    id: 'b6-fr-promise-vendredi-deux-factures',
    subject: 'TR: Rappel – factures échues',
    sentAt: '2026-09-21T14:20:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Bonjour Madame Favre,

Nous réglerons vendredi les factures SDL-462 et SDL-479, soit CHF 3'908.40 au total. Désolé pour ce retard, notre caissier était absent.

Meilleures salutations
Laurent Chappuis
Shipchandler du Léman SA – Tél. +41 21 803 44 80

-------- Message transféré --------
Sujet : Rappel – factures échues
Date : 15.09.2026 08:30
De : Nautica Grossiste SA <debiteurs@nautica-grossiste.ch>

Madame, Monsieur,
Les factures SDL-462 (CHF 2'446.00) et SDL-479 (CHF 1'462.40) sont échues depuis le 31.08.2026. Nous vous remercions de votre prompt règlement.`,
    expect: {
      intent: 'promise',
      invoices: ['SDL-462', 'SDL-479'],
      amounts: [[390840, 'CHF']],
      promisedDate: '2026-09-25',
    },
  }),

  // ───────────────────────────── French: disputes ─────────────────────────────
  mail({
    id: 'b6-fr-dispute-price-baguette',
    subject: 'Facture FSA/26/0802 – erreur de prix',
    sentAt: '2026-10-06T11:30:00+02:00',
    known: FOURNIL,
    text: `Bonjour,

Sur la facture FSA/26/0802, la baguette tradition est facturée 0,62 € l'unité alors que notre accord tarifaire prévoit 0,55 €. Merci de nous adresser un avoir pour la différence ; nous bloquons le paiement en attendant.

Cordialement,
Karim Benali
Acheteur – Fournil Saint-Aubert
03 20 48 19 60`,
    expect: {
      intent: 'dispute',
      invoices: ['FSA/26/0802'],
      amounts: [
        [62, 'EUR'],
        [55, 'EUR'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b6-fr-dispute-price-soumission-quebec',
    subject: 'Facture 2604455',
    sentAt: '2026-05-20T09:40:00-04:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Bonjour,

La facture 2604455 indique 1 299,00 $ pour l'entretien des fauteuils, mais la soumission que vous nous aviez envoyée en mars était de 1 150,00 $. Pouvez-vous corriger la facture? On ne peut pas la payer telle quelle.

Merci,
Josée Lachance
Groupe dentaire Plateau
Tél. 514 555-0187 | Téléc. 514 555-0188
TPS 812345671 RT0001 | TVQ 1223344556 TQ0001`,
    expect: {
      intent: 'dispute',
      invoices: ['2604455'],
      amounts: [
        [129900, 'CAD'],
        [115000, 'CAD'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b6-fr-dispute-quantity-farine-tournai',
    subject: 'RE: Facture FSA/26/0731',
    sentAt: '2026-09-08T08:15:00+02:00',
    timeZone: 'Europe/Brussels',
    known: FOURNIL,
    text: `Bonjour,

Sur la facture en objet vous comptez 48 sacs de farine T65, or nous n'en avons reçu que 40 (voir le bon de livraison BL 20260814 signé par notre chef boulanger). Merci de corriger la quantité, nous ne pouvons pas payer en l'état.

Bien à vous,
Benoît Lhoist
Fournil Saint-Aubert – Tournai
+32 69 84 12 55

-----Message d'origine-----
De : Minoterie Delorme
Envoyé : vendredi 4 septembre 2026 11:20
Objet : Facture FSA/26/0731

Veuillez trouver ci-joint notre facture FSA/26/0731 d'un montant de 4 120,00 €, payable à 30 jours.`,
    expect: {
      intent: 'dispute',
      invoices: ['FSA/26/0731'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b6-fr-dispute-quality-gilets',
    subject: 'Gilets de sauvetage défectueux',
    sentAt: '2026-07-14T15:05:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Bonjour,

Les 6 gilets de sauvetage livrés avec la facture SDL-462 ont des sangles déchirées et une boucle cassée : ils sont inutilisables et nous ne pouvons pas les vendre. Nous ne réglerons pas cette facture avant leur remplacement.

Photos en pièce jointe.

Laurent Chappuis
Shipchandler du Léman SA
Quai du Mont-Blanc 8, 1110 Morges`,
    expect: {
      intent: 'dispute',
      invoices: ['SDL-462'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b6-fr-dispute-not-received-facture-quebec',
    subject: 'RE: Deuxième avis – facture 2603977',
    sentAt: '2026-10-30T13:10:00-04:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Bonjour,

Nous n'avons jamais reçu cette facture, ni par la poste ni par courriel. C'est pour ça qu'elle n'a pas été payée. Pouvez-vous vérifier l'adresse à laquelle vous l'avez envoyée?

Josée Lachance
Groupe dentaire Plateau – 514 555-0187

De : Comptes recevables <ar@equipdent.ca>
Envoyé : 28 octobre 2026 11:02
À : Josée Lachance
Objet : Deuxième avis – facture 2603977

Bonjour,
La facture 2603977 de 840,00 $, datée du 15 septembre 2026, est maintenant en retard de 15 jours.`,
    expect: {
      intent: 'dispute',
      invoices: ['2603977'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b6-fr-dispute-missing-po-bc',
    subject: 'Facture FSA/25/1190 rejetée',
    sentAt: '2026-02-17T10:00:00+01:00',
    known: FOURNIL,
    text: `Bonjour,

Votre facture FSA/25/1190 ne porte pas notre numéro de bon de commande (BC-2026-00877), notre logiciel comptable la rejette donc automatiquement. Merci de nous la rééditer avec ce numéro.

Cordialement,
Service comptabilité fournisseurs
Fournil Saint-Aubert SAS
SIRET 812 345 678 00027`,
    expect: {
      intent: 'dispute',
      invoices: ['FSA/25/1190'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b6-fr-dispute-duplicate-defenses',
    subject: 'Double facturation ?',
    sentAt: '2026-08-25T09:50:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Bonjour,

Il me semble que la facture SDL-479 reprend les 4 défenses de pare-battage déjà facturées sur la sdl-462 (même livraison du 12 août). Nous avons donc été facturés deux fois pour ces articles. Pourriez-vous annuler la SDL-479 ou nous faire un avoir ?

Merci et bonne journée
Laurent Chappuis`,
    expect: {
      intent: 'dispute',
      invoices: ['SDL-462', 'SDL-479'],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b6-fr-dispute-already-paid-tournai',
    subject: 'RE: 2e rappel FSA/26/0802',
    sentAt: '2026-10-26T10:30:00+01:00',
    timeZone: 'Europe/Brussels',
    known: FOURNIL,
    text: `Bonjour,

La facture FSA/26/0802 de 986,50 € a déjà été payée le 12/10 par virement (communication structurée +++163/5520/04871+++). Merci de vérifier de votre côté et de ne plus nous relancer.

Bien à vous,
Benoît Lhoist
Fournil Saint-Aubert – Tournai
IBAN BE71 0961 2345 6769`,
    expect: {
      intent: 'dispute',
      invoices: ['FSA/26/0802'],
      amounts: [[98650, 'EUR']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b6-fr-dispute-already-paid-cheque-quebec',
    subject: 'Re: Rappel 2604418',
    sentAt: '2026-10-08T11:45:00-04:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Bonjour,

On a déjà payé la facture 2604418 par chèque no 018843 le 2 octobre, au montant de 3 485,00 $. Le chèque a été encaissé le 6. Pourriez-vous vérifier vos dossiers?

Merci
Josée Lachance
Groupe dentaire Plateau
Tél. : 514 555-0187`,
    expect: {
      intent: 'dispute',
      invoices: ['2604418'],
      amounts: [[348500, 'CAD']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b6-fr-dispute-other-mauvaise-entite',
    subject: 'Facture FSA/26/0815 – mauvaise entité',
    sentAt: '2026-04-09T14:00:00+02:00',
    known: FOURNIL,
    text: `Bonjour,

La facture FSA/26/0815 a été établie au nom de Fournil Saint-Aubert SAS (Lille) alors que la commande a été passée par notre filiale belge, Fournil Saint-Aubert Tournai SRL (TVA BE 0712.345.609). Nous ne pouvons pas la comptabiliser en l'état : merci de l'annuler et de facturer la bonne société.

Cordialement,
Hélène Vasseur`,
    expect: {
      intent: 'dispute',
      invoices: ['FSA/26/0815'],
      disputeCategory: 'other',
    },
  }),

  // ───────────────────────────── French: remittances ─────────────────────────────
  mail({
    id: 'b6-fr-remittance-date-valeur',
    subject: 'Règlement facture FSA/26/0731',
    sentAt: '2026-10-20T17:05:00+02:00',
    known: FOURNIL,
    text: `Bonjour,

Le virement de 4 120,00 € correspondant à la facture FSA/26/0731 a été émis ce jour, date de valeur 22/10/2026.

Cordialement,
Hélène Vasseur
Fournil Saint-Aubert SAS – 03 20 48 19 62`,
    expect: {
      intent: 'remittance',
      invoices: ['FSA/26/0731'],
      amounts: [[412000, 'EUR']],
    },
  }),
  mail({
    id: 'b6-fr-remittance-depot-direct-quebec',
    subject: 'Paiement facture 2604502',
    sentAt: '2026-12-03T15:30:00-05:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Bonjour,

Un dépôt direct de 6 020,00 $ a été fait ce matin pour la facture 2604502. No de confirmation : C7Q4-88312.

Bonne journée!
Josée Lachance
Groupe dentaire Plateau | 514 555-0187 | sans frais 1 888 555-0190`,
    expect: {
      intent: 'remittance',
      invoices: ['2604502'],
      amounts: [[602000, 'CAD']],
    },
  }),
  mail({
    id: 'b6-fr-remittance-acompte-suisse',
    subject: 'Acompte SDL-448',
    sentAt: '2026-06-18T08:55:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Bonjour Madame Favre,

Nous avons versé ce matin un acompte de CHF 1'200.00 sur la facture SDL-448 via e-banking (QR-facture). Le solde de CHF 1'250.00 suivra début juillet.

Meilleures salutations
Laurent Chappuis
Shipchandler du Léman SA`,
    expect: {
      intent: 'remittance',
      invoices: ['SDL-448'],
      amounts: [
        [120000, 'CHF'],
        [125000, 'CHF'],
      ],
    },
  }),
  mail({
    id: 'b6-fr-remittance-deux-factures-tournai',
    subject: 'Paiement effectué',
    sentAt: '2026-12-21T09:20:00+01:00',
    timeZone: 'Europe/Brussels',
    known: FOURNIL,
    text: `Bonjour,

Paiement effectué ce jour pour les factures FSA 26 0815 et FSA 25 1190, pour un total de 15.615,00 EUR.

Bonnes fêtes de fin d'année,
Benoît Lhoist
Fournil Saint-Aubert – Tournai
TVA BE 0712.345.609 – IBAN BE71 0961 2345 6769`,
    expect: {
      intent: 'remittance',
      invoices: ['FSA/26/0815', 'FSA/25/1190'],
      amounts: [[1561500, 'EUR']],
    },
  }),
  mail({
    id: 'b6-fr-remittance-cheque-terse-quebec',
    subject: 'paiement',
    sentAt: '2026-11-10T07:50:00-05:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Bonjour, cheque poste hier pour la facture 2603977, 840$. Merci

Josée
Envoyé de mon cellulaire`,
    expect: {
      intent: 'remittance',
      invoices: ['2603977'],
      amounts: [[84000, 'CAD']],
    },
  }),

  // ───────────────────────────── French: other ─────────────────────────────
  mail({
    id: 'b6-fr-other-absence-retour',
    subject: 'Réponse automatique : Relance facture FSA/26/0802',
    sentAt: '2026-08-03T06:02:00+02:00',
    known: FOURNIL,
    text: `Bonjour,

Je suis absente du bureau et serai de retour le lundi 24 août 2026. Pour toute urgence comptable, merci de contacter Karim Benali au 03 20 48 19 60.

Hélène Vasseur
Fournil Saint-Aubert`,
    expect: {
      intent: 'other',
      invoices: ['FSA/26/0802'],
    },
  }),
  mail({
    id: 'b6-fr-other-etat-de-compte-quebec',
    subject: 'État de compte',
    sentAt: '2026-09-02T10:10:00-04:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Bonjour,

Pourriez-vous nous faire parvenir un état de compte à jour? Nous voulons faire la conciliation avant la fin du trimestre.

Merci!
Josée Lachance
Groupe dentaire Plateau
Tél. : 514 555-0187 | NEQ 1168423907`,
    expect: {
      intent: 'other',
    },
  }),
  mail({
    id: 'b6-fr-other-changement-iban-suisse',
    subject: 'Changement de coordonnées bancaires ?',
    sentAt: '2026-05-12T11:25:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Bonjour,

Nous avons reçu hier un courriel soi-disant de votre service comptable, qui nous indique un nouvel IBAN (CH56 0483 5012 3456 7800 9) pour le paiement de la facture SDL-462. Pouvez-vous nous confirmer par téléphone qu'il s'agit bien de vous ? Nous préférons vérifier avant d'effectuer le virement.

Meilleures salutations
Laurent Chappuis
Tél. +41 21 803 44 80`,
    expect: {
      intent: 'other',
      invoices: ['SDL-462'],
    },
  }),
  mail({
    id: 'b6-fr-other-copie-facture-tournai',
    subject: 'Demande de duplicata',
    sentAt: '2026-11-17T13:40:00+01:00',
    timeZone: 'Europe/Brussels',
    known: FOURNIL,
    text: `Bonjour,

Pourriez-vous nous renvoyer une copie de la facture fsa/26/0815 en PDF ? L'original s'est perdu lors de notre changement de logiciel comptable.

Merci d'avance,
Benoît Lhoist
Fournil Saint-Aubert – Tournai`,
    expect: {
      intent: 'other',
      invoices: ['FSA/26/0815'],
    },
  }),
  mail({
    id: 'b6-fr-other-aucun-litige',
    subject: 'Re: Facture FSA/26/0802',
    sentAt: '2026-10-01T16:00:00+02:00',
    known: FOURNIL,
    text: `Bonjour,

Je vous rassure : il n'y a aucun litige sur la facture FSA/26/0802, le prix et les quantités sont conformes. Elle attend simplement la signature de notre directeur financier ; je reviens vers vous dès que j'ai du nouveau.

Cordialement,
Hélène Vasseur

> Le 29/09/2026 à 10:41, Claire Rivière a écrit :
> Bonjour, la facture FSA/26/0802 de 986,50 € est échue depuis le 15/09. Y a-t-il un problème ?`,
    expect: {
      intent: 'other',
      invoices: ['FSA/26/0802'],
    },
  }),
  mail({
    id: 'b6-fr-other-nouvelle-adresse-quebec',
    subject: 'Nouvelle adresse de facturation',
    sentAt: '2026-07-06T09:00:00-04:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Bonjour,

Veuillez prendre note qu'à compter du 1er août 2026 notre adresse de facturation sera :
1200, rue Sherbrooke Est, bureau 310
Montréal (Québec) H2L 1L9

Merci de mettre à jour vos dossiers pour les prochaines factures.

Josée Lachance
Groupe dentaire Plateau`,
    expect: {
      intent: 'other',
    },
  }),
  mail({
    id: 'b6-fr-other-question-echeance-suisse',
    subject: 'Question échéance SDL-479',
    sentAt: '2026-09-29T10:40:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Bonjour,

Petite question : quelle est l'échéance de la facture SDL-479 ? Sur le PDF je vois 30 jours net, mais notre contrat-cadre prévoit 60 jours. Merci de me confirmer.

Meilleures salutations
Laurent Chappuis
Shipchandler du Léman SA`,
    expect: {
      intent: 'other',
      invoices: ['SDL-479'],
    },
  }),

  // ───────────────────────────── English: promises ─────────────────────────────
  mail({
    id: 'b6-en-promise-us-month-first',
    subject: 'RE: Past due notice - BWF-30958',
    sentAt: '2026-10-08T15:02:00-04:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `Hi Dana,

Thanks for the reminder. We'll release payment of $3,875.00 for BWF-30958 by 10/16 - it's in this week's approval batch.

Regards,
Marcus Holt
AP Specialist | Brightwell Freight Brokerage
1450 Dublin Rd, Columbus, OH 43215
O: (614) 555-0193 | MC# 884512 | USDOT 2847716

From: Dana Whitfield <ar@keystonecarriers.com>
Sent: Monday, October 5, 2026 9:14 AM
To: Marcus Holt <mholt@brightwellfreight.com>
Subject: Past due notice - BWF-30958

Hi Marcus,
Invoice BWF-30958 for $3,875.00 was due on 09/30/2026. Please remit at your earliest convenience.`,
    expect: {
      intent: 'promise',
      invoices: ['BWF-30958'],
      amounts: [[387500, 'USD']],
      promisedDate: '2026-10-16',
    },
  }),
  mail({
    id: 'b6-en-promise-uk-end-of-next-week',
    subject: 'RE: Overdue invoice QF/L/2234',
    sentAt: '2026-04-22T09:30:00+01:00',
    timeZone: 'Europe/London',
    known: QUILL,
    text: `Morning Sarah,

Apologies, this one slipped through. QF-L-2234 (£1,860.00) will be paid by the end of next week in our usual BACS run.

Kind regards,
Tom Ashby
Practice Manager
Quill Fenton Architects LLP
22 Shoreditch High St, London E1 6JE
T: +44 20 7946 0321
Registered in England & Wales OC412233`,
    expect: {
      intent: 'promise',
      invoices: ['QF/L/2234'],
      amounts: [[186000, 'GBP']],
      promisedDate: '2026-05-01',
    },
  }),
  mail({
    id: 'b6-en-promise-ireland-day-first',
    subject: 'Re: QF/D/0871 overdue',
    sentAt: '2026-02-10T11:15:00+00:00',
    timeZone: 'Europe/Dublin',
    known: QUILL,
    text: `Hi there,

Just to let you know the payment of €8,710.00 for QF/D/0871 is scheduled for 20/02. Our accounts team only runs payments twice a month.

Thanks a million,
Niamh Byrne
Quill Fenton Architects – Dublin Studio
14 Fitzwilliam Sq, Dublin 2, D02 X285
+353 1 555 4420

On Mon, 9 Feb 2026 at 16:40, Accounts <accounts@liffeyprint.ie> wrote:
> Hi Niamh,
> Invoice QF/D/0871 (€8,710.00) fell due on 31/01/2026. Could you let us know when it will be paid?`,
    expect: {
      intent: 'promise',
      invoices: ['QF/D/0871'],
      amounts: [[871000, 'EUR']],
      promisedDate: '2026-02-20',
    },
  }),
  mail({
    id: 'b6-en-promise-au-on-the-30th',
    subject: 'RE: INV-MC-5530 reminder',
    sentAt: '2026-06-15T10:00:00+10:00',
    timeZone: 'Australia/Sydney',
    known: CORRIE,
    text: `G'day Priya,

No worries, INV-MC-5530 will be paid on the 30th along with the rest of our end-of-financial-year run. Amount is $5,300.00.

Cheers,
Brad Kennedy
Finance Officer, Mount Corrie Alpine Resort
Alpine Way, Corrie Valley NSW 2625
Ph 02 6457 1180 | ABN 53 004 085 616`,
    expect: {
      intent: 'promise',
      invoices: ['INV-MC-5530'],
      amounts: [[530000, 'AUD']],
      promisedDate: '2026-06-30',
    },
  }),
  mail({
    id: 'b6-en-promise-ca-january-rollover',
    subject: 'Re: Statement of overdue invoices',
    sentAt: '2026-12-17T13:00:00-05:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Hello Mr. Tremblay,

Our office closes for the holidays tomorrow. We will process payment for invoices 2604502 and 2603977, $6,860.00 in total, on January 8 when we reopen.

Best regards,
Karen Liu
Office Manager, Plateau Dental Group
4520 Papineau Ave, Montreal QC H2H 1V4
Tel 514-555-0187 | Fax 514-555-0188
GST/HST 812345671 RT0001`,
    expect: {
      intent: 'promise',
      invoices: ['2604502', '2603977'],
      amounts: [[686000, 'CAD']],
      promisedDate: '2027-01-08',
    },
  }),
  mail({
    id: 'b6-en-promise-us-next-tuesday-mobile',
    subject: 'Re: bwf-31002',
    sentAt: '2026-05-14T16:45:00-04:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `will pay bwf31002 next tuesday, sorry for the delay

Sent from my iPhone

> On May 12, 2026, at 10:02 AM, Accounts Receivable <ar@keystonecarriers.com> wrote:
>
> Hi Marcus, invoice BWF-31002 for $920.40 is now 12 days past due. Could you let us know when we can expect payment?`,
    expect: {
      intent: 'promise',
      invoices: ['BWF-31002'],
      promisedDate: '2026-05-19',
    },
  }),
  mail({
    id: 'b6-en-promise-nonnative-swiss-dotted-date',
    subject: 'AW: Reminder SDL-479',
    sentAt: '2026-10-23T09:00:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Dear Mrs Favre

Thank you for your mail. We will pay the invoice SDL-479 over CHF 1'462.40 latest at 02.11.2026, because our director must first sign it and he is in holidays until end of month.

Kind regards
Urs Baumgartner
Buchhaltung / Accounting
Shipchandler du Léman SA
Tel. +41 21 803 44 80`,
    expect: {
      intent: 'promise',
      invoices: ['SDL-479'],
      amounts: [[146240, 'CHF']],
      promisedDate: '2026-11-02',
    },
  }),
  mail({
    id: 'b6-en-promise-uk-by-this-friday',
    subject: 'RE: Second reminder: QF/L/2210',
    sentAt: '2026-11-02T10:10:00+00:00',
    timeZone: 'Europe/London',
    known: QUILL,
    text: `Hi Sarah,

Sorry for the silence. I've just approved it - the full £2,210 will go out by this Friday.

Tom

________________________________
From: Accounts <accounts@thamesreprographics.co.uk>
Sent: 26 October 2026 14:05
To: Tom Ashby
Subject: Second reminder: QF/L/2210

Dear Tom,
Our invoice QF/L/2210 for £2,210.00, due 15/10/2026, remains unpaid. Please arrange payment by 30/10/2026.`,
    expect: {
      intent: 'promise',
      invoices: ['QF/L/2210'],
      amounts: [[221000, 'GBP']],
      promisedDate: '2026-11-06',
    },
  }),

  // ───────────────────────────── English: disputes ─────────────────────────────
  mail({
    id: 'b6-en-dispute-price-rate-confirmation',
    subject: 'BWF-30917 rate discrepancy',
    sentAt: '2026-09-17T11:20:00-04:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `Hi,

Invoice BWF-30917 bills the Chicago-Laredo linehaul at $2,450.00 but the rate confirmation we signed says $2,150.00. Please send a corrected invoice; we're holding payment on this one until then.

Thanks,
Marcus Holt
AP Specialist | Brightwell Freight Brokerage
O: (614) 555-0193`,
    expect: {
      intent: 'dispute',
      invoices: ['BWF-30917'],
      amounts: [
        [245000, 'USD'],
        [215000, 'USD'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b6-en-dispute-quantity-au-pallets',
    subject: 'INV-MC-5512 - wrong qty',
    sentAt: '2026-07-21T14:30:00+10:00',
    timeZone: 'Australia/Sydney',
    known: CORRIE,
    text: `Hi team,

INV-MC-5512 charges us for 12 pallets of snow fencing but only 9 came off the truck - the driver's delivery docket says 9 as well. Can you amend the invoice to 9 pallets and resend?

Cheers,
Brad
Mount Corrie Alpine Resort | Ph 02 6457 1180`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-MC-5512'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b6-en-dispute-quantity-uk-hours',
    subject: 'Query on QF/L/2210',
    sentAt: '2026-03-03T15:45:00+00:00',
    timeZone: 'Europe/London',
    known: QUILL,
    text: `Dear Accounts,

QF/L/2210 bills 38 hours of survey work for the Hackney site. Our timesheets show 30 hours on site, signed off by your surveyor. Could you please review the hours and reissue? We'll pay promptly once it's corrected.

Kind regards,
Tom Ashby
Quill Fenton Architects LLP`,
    expect: {
      intent: 'dispute',
      invoices: ['QF/L/2210'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b6-en-dispute-quality-au-seat-covers',
    subject: 'Faulty seat covers - INV-MC-5547',
    sentAt: '2026-08-11T09:05:00+10:00',
    timeZone: 'Australia/Sydney',
    known: CORRIE,
    text: `Hi Priya,

The chairlift seat covers on INV-MC-5547 have started splitting at the seams after two weeks of use. They're not fit for purpose and we won't be paying the invoice until replacements arrive. Photos attached.

Brad Kennedy
Finance Officer, Mount Corrie Alpine Resort`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-MC-5547'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b6-en-dispute-not-received-us-invoice',
    subject: 'RE: FINAL NOTICE BWF-31002',
    sentAt: '2026-11-03T10:30:00-05:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `Hello,

We never received invoice BWF-31002 - it isn't in our AP system at all, so it can hardly be a "final notice". Please send the PDF to ap@brightwellfreight.com and we'll take a look.

Jenna Ortiz
Accounts Payable
Brightwell Freight Brokerage
(614) 555-0148`,
    expect: {
      intent: 'dispute',
      invoices: ['BWF-31002'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b6-en-dispute-not-received-ie-drawings',
    subject: 'QF/D/0885 - goods not delivered',
    sentAt: '2026-05-06T12:00:00+01:00',
    timeZone: 'Europe/Dublin',
    known: QUILL,
    text: `Hi,

Regarding qf/d/0885: the printed drawing sets and the A1 presentation boards it covers were never delivered to our Dublin studio. The An Post tracking (CE 123 456 789 IE) has shown "awaiting collection" since 14 April. Please hold the invoice until we actually receive them.

Niamh Byrne
Quill Fenton Architects – Dublin Studio
+353 1 555 4420`,
    expect: {
      intent: 'dispute',
      invoices: ['QF/D/0885'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b6-en-dispute-missing-po-ca',
    subject: 'Invoice 2604502 rejected - PO required',
    sentAt: '2026-06-09T10:15:00-04:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Hi,

Invoice 2604502 was rejected by our AP system because it doesn't reference a purchase order. Please reissue it with PO 4400187 so we can process it.

Thanks,
Karen Liu
Plateau Dental Group
Tel 514-555-0187 | Fax 514-555-0188`,
    expect: {
      intent: 'dispute',
      invoices: ['2604502'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b6-en-dispute-duplicate-us-detention',
    subject: 'Billed twice? BWF-30958 / BWF-31002',
    sentAt: '2026-10-27T09:40:00-04:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `Hi Dana,

BWF-31002 bills the detention charges for load LD-77215 (Columbus to Atlanta, picked up 10/02) that were already included on BWF-30958. Looks like we've been billed twice for the same thing - can you void BWF-31002 and confirm?

Thanks,
Marcus Holt
Brightwell Freight Brokerage`,
    expect: {
      intent: 'dispute',
      invoices: ['BWF-30958', 'BWF-31002'],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b6-en-dispute-already-paid-au',
    subject: 'RE: Overdue - INV-MC-5547',
    sentAt: '2026-06-02T16:10:00+10:00',
    timeZone: 'Australia/Sydney',
    known: CORRIE,
    text: `Hi,

INV-MC-5547 was paid in full on 28/05 - $2,165.80 by EFT. Please check your records before sending any further reminders. Remittance advice attached again.

Regards,
Brad Kennedy
Mount Corrie Alpine Resort
BSB 062-000 | Acc 1234 5678 | ABN 53 004 085 616`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-MC-5547'],
      amounts: [[216580, 'AUD']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b6-en-dispute-other-wrong-entity-us',
    subject: 'BWF-30917 - wrong legal entity',
    sentAt: '2026-03-10T13:25:00-04:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `Hi,

BWF-30917 is addressed to Brightwell Logistics LLC (Indiana), but the services were contracted by Brightwell Freight Brokerage Inc. (Ohio), EIN 31-1234567. Our auditors won't let us pay an invoice issued to the wrong legal entity. Can you cancel it and rebill the correct entity?

Jenna Ortiz
Accounts Payable | (614) 555-0148`,
    expect: {
      intent: 'dispute',
      invoices: ['BWF-30917'],
      disputeCategory: 'other',
    },
  }),

  // ───────────────────────────── English: remittances ─────────────────────────────
  mail({
    id: 'b6-en-remittance-us-ach',
    subject: 'Payment sent - BWF-30917',
    sentAt: '2026-08-28T14:00:00-04:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `Hi Dana,

ACH payment of $12,480.00 was sent today for BWF-30917. It should hit your account Monday, 08/31. Trace # 071000013345671.

Thanks,
Marcus`,
    expect: {
      intent: 'remittance',
      invoices: ['BWF-30917'],
      amounts: [[1248000, 'USD']],
    },
  }),
  mail({
    id: 'b6-en-remittance-uk-bacs',
    subject: 'Payment - QF/L/2210 & QF/L/2234',
    sentAt: '2026-07-13T08:40:00+01:00',
    timeZone: 'Europe/London',
    known: QUILL,
    text: `Hi Sarah,

We paid QF/L/2210 and QF/L/2234 by BACS on Friday (£4,070.00 in total). It should show on your side today or tomorrow.

Best,
Tom

Quill Fenton Architects LLP | VAT GB 123 4567 89 | Sort code 20-45-77 | Acc 43118806`,
    expect: {
      intent: 'remittance',
      invoices: ['QF/L/2210', 'QF/L/2234'],
      amounts: [[407000, 'GBP']],
    },
  }),
  mail({
    id: 'b6-en-remittance-au-eft',
    subject: 'Remittance advice INV-MC-5512',
    sentAt: '2026-03-31T11:20:00+11:00',
    timeZone: 'Australia/Sydney',
    known: CORRIE,
    text: `Hi Priya,

Payment of AUD 4,410.00 for INV-MC-5512 went out via EFT this morning. Remittance advice attached. Please allow 1-2 business days for it to clear.

Brad`,
    expect: {
      intent: 'remittance',
      invoices: ['INV-MC-5512'],
      amounts: [[441000, 'AUD']],
    },
  }),
  mail({
    id: 'b6-en-remittance-ca-partial',
    subject: 'Partial payment - invoice 2604418',
    sentAt: '2026-11-19T16:00:00-05:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Hi,

We sent an EFT of $1,500.00 yesterday as a partial payment on invoice 2604418. The remaining $1,985.00 will follow once our insurer reimburses us.

Karen Liu
Plateau Dental Group | 514-555-0187`,
    expect: {
      intent: 'remittance',
      invoices: ['2604418'],
      amounts: [
        [150000, 'CAD'],
        [198500, 'CAD'],
      ],
    },
  }),
  mail({
    id: 'b6-en-remittance-nonnative-belgian',
    subject: 'payment FSA/26/0802',
    sentAt: '2026-10-21T10:05:00+02:00',
    timeZone: 'Europe/Brussels',
    known: FOURNIL,
    text: `Hello,

We have done the payment of 986,50 EUR for the invoice FSA/26/0802 at 20/10. Please find the proof in attachment.

Met vriendelijke groeten / Kind regards
Joris Vermeulen
Fournil Saint-Aubert – Kortrijk shop
BTW BE 0712.345.609`,
    expect: {
      intent: 'remittance',
      invoices: ['FSA/26/0802'],
      amounts: [[98650, 'EUR']],
    },
  }),

  // ───────────────────────────── English: other ─────────────────────────────
  mail({
    id: 'b6-en-other-ooo-us',
    subject: 'Automatic reply: Past due notice - BWF-30958',
    sentAt: '2026-10-12T07:00:00-04:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `Thank you for your email. I am out of the office until Monday, October 19, with limited access to email. For urgent AP matters please contact Jenna Ortiz at (614) 555-0148 or ap@brightwellfreight.com.

Marcus Holt`,
    expect: {
      intent: 'other',
      invoices: ['BWF-30958'],
    },
  }),
  mail({
    id: 'b6-en-other-uk-statement',
    subject: 'Statement request',
    sentAt: '2026-01-14T10:30:00+00:00',
    timeZone: 'Europe/London',
    known: QUILL,
    text: `Hi Sarah,

Could you send us a statement of account for the London studio as at 31 December? Our year-end audit starts next week.

Thanks,
Tom Ashby
Quill Fenton Architects LLP | T: +44 20 7946 0321`,
    expect: {
      intent: 'other',
    },
  }),
  mail({
    id: 'b6-en-other-au-payment-link',
    subject: 'Card payment link?',
    sentAt: '2026-09-08T13:15:00+10:00',
    timeZone: 'Australia/Sydney',
    known: CORRIE,
    text: `Hi Priya,

Could you send through a card payment link for INV-MC-5547? Our AP person is away and I'd rather put it on the company card.

Thanks
Brad`,
    expect: {
      intent: 'other',
      invoices: ['INV-MC-5547'],
    },
  }),
  mail({
    id: 'b6-en-other-us-thanks-credit-note',
    subject: 'Re: Credit note for BWF-30917',
    sentAt: '2026-09-24T12:05:00-04:00',
    timeZone: 'America/New_York',
    known: BRIGHTWELL,
    text: `Hi Dana,

Got the credit note, thanks for sorting that out so quickly. All good on our end now.

Marcus

> On Sep 23, 2026, at 4:10 PM, Dana Whitfield <ar@keystonecarriers.com> wrote:
>
> Hi Marcus, please find attached credit note CN-0412 for $300.00 against BWF-30917, correcting the linehaul rate to $2,150.00.`,
    expect: {
      intent: 'other',
      invoices: ['BWF-30917'],
    },
  }),
  mail({
    id: 'b6-en-other-ie-bank-details',
    subject: 'Bank details check',
    sentAt: '2026-09-30T15:20:00+01:00',
    timeZone: 'Europe/Dublin',
    known: QUILL,
    text: `Hi,

Before we pay QF/D/0885, can you confirm your euro bank details? We have IE29 AIBK 9311 5212 3456 78 on file but the latest invoice shows a different IBAN at the bottom. Just want to be sure before releasing the funds.

Niamh Byrne
Quill Fenton Architects – Dublin Studio`,
    expect: {
      intent: 'other',
      invoices: ['QF/D/0885'],
    },
  }),
  mail({
    id: 'b6-en-other-ca-email-change-and-copy',
    subject: 'Billing contact update + invoice copy',
    sentAt: '2026-02-25T11:00:00-05:00',
    timeZone: 'America/Toronto',
    known: PLATEAU,
    text: `Hello,

Two things: first, please send our invoices to ap@plateaudental.ca starting March 1. Second, could you resend a copy of invoice 2603977? I can't find it in our files.

Thanks,
Karen Liu
Plateau Dental Group
Tel 514-555-0187 | Helpdesk ticket #4471902`,
    expect: {
      intent: 'other',
      invoices: ['2603977'],
    },
  }),
  mail({
    id: 'b6-en-other-nonnative-swiss-due-date',
    subject: 'Question to invoice SDL-462',
    sentAt: '2026-04-07T09:30:00+02:00',
    timeZone: 'Europe/Zurich',
    known: LEMAN,
    text: `Hello Mrs Favre

I have a question to the invoice SDL-462: which is the due date? On the PDF stands 30 days net, but in our frame contract we have 60 days. There is no problem with the invoice itself, it is only for our payment planning.

Best regards
Urs Baumgartner
Shipchandler du Léman SA`,
    expect: {
      intent: 'other',
      invoices: ['SDL-462'],
    },
  }),
];
