import { mail, type MailCase } from './mail-case.ts';

type Known = Parameters<typeof mail>[0]['known'];

/** Menuiserie Morvan, joinery in Rennes (fr, EUR): 'FV' + year + five-digit sequence. */
const morvan = [
  { number: 'FV2026-00341', openAmount: 384000, currency: 'EUR' },
  { number: 'FV2026-00388', openAmount: 127560, currency: 'EUR' },
  { number: 'FV2026-00402', openAmount: 912000, currency: 'EUR' },
  { number: 'FV2026-00415', openAmount: 45990, currency: 'EUR' },
] satisfies Known;

/** Garnier Froid Industriel, refrigeration in Corbas near Lyon (fr, EUR): bare seven-digit numbers; its SIREN is 412 608 417. */
const garnier = [
  { number: '2608417', openAmount: 865000, currency: 'EUR' },
  { number: '2608452', openAmount: 558000, currency: 'EUR' },
  { number: '2608503', openAmount: 1249020, currency: 'EUR' },
  { number: '2608566', openAmount: 987000, currency: 'EUR' },
] satisfies Known;

/** Cave Lemaire & Fils, wine merchant in Bordeaux (fr, EUR): bare five-digit numbers; its phone is 05 56 48 21 30. */
const lemaire = [
  { number: '48213', openAmount: 62400, currency: 'EUR' },
  { number: '48290', openAmount: 118000, currency: 'EUR' },
  { number: '48305', openAmount: 148050, currency: 'EUR' },
] satisfies Known;

/** Cobalt Ridge Supply, Inc., industrial distributor in Columbus, Ohio (en-US, USD): 'INV/yy/nnn'. */
const cobalt = [
  { number: 'INV/26/118', openAmount: 1248000, currency: 'USD' },
  { number: 'INV/26/131', openAmount: 450000, currency: 'USD' },
  { number: 'INV/26/142', openAmount: 687500, currency: 'USD' },
  { number: 'INV/26/157', openAmount: 1932000, currency: 'USD' },
] satisfies Known;

/** Halewood Precision Ltd, machining in Sheffield (en-GB, GBP): 'yy-F-nnnn'; its phone is 0114 496 0912. */
const halewood = [
  { number: '26-F-0912', openAmount: 236540, currency: 'GBP' },
  { number: '26-F-0947', openAmount: 98000, currency: 'GBP' },
  { number: '26-F-0981', openAmount: 418000, currency: 'GBP' },
] satisfies Known;

/** Nordlicht Verpackung GmbH, packaging in Hamburg (non-native English, EUR): 'FAC/yyyy/nnnn'. */
const nordlicht = [
  { number: 'FAC/2026/0771', openAmount: 245000, currency: 'EUR' },
  { number: 'FAC/2026/0802', openAmount: 312000, currency: 'EUR' },
  { number: 'FAC/2026/0839', openAmount: 574800, currency: 'EUR' },
] satisfies Known;

/** Third held-out set, written from the definitions by someone who never saw the reader's code or the earlier corpora: run once to measure how the reader generalises. */
export const BLIND_3_CORPUS: MailCase[] = [
  // ───────────────────────────── French: promises ─────────────────────────────
  mail({
    id: 'b3-fr-promise-vendredi-virement',
    subject: 'RE: Relance facture FV2026-00341',
    sentAt: '2026-10-13T09:12:00+02:00',
    known: morvan,
    text: `Bonjour Madame Perrot,

Toutes nos excuses pour ce retard, la facture est restée bloquée chez notre gérant pour signature.
Le virement de 3 840,00 € sera fait vendredi, vous devriez le voir sur votre compte en début de semaine prochaine.

Bien cordialement,

Yann Le Bihan
Responsable administratif
Menuiserie Morvan SARL - 14 rue de la Motte Brûlon, 35700 Rennes
Tél. 02 99 38 41 77
SARL au capital de 50 000 € - SIRET 523 118 904 00017

Le lun. 12 oct. 2026 à 10:14, Sorel Industries - Recouvrement <recouvrement@sorel-industries.fr> a écrit :
> Bonjour,
> Sauf erreur de notre part, la facture FV2026-00341 d'un montant de 3 840,00 € TTC, échue le 30/09/2026, reste impayée.
> Merci de bien vouloir procéder à son règlement sous 8 jours.
> Cordialement,
> Claire Perrot
`,
    expect: {
      intent: 'promise',
      invoices: ['FV2026-00341'],
      amounts: [[384000, 'EUR']],
      promisedDate: '2026-10-16',
    },
  }),
  mail({
    id: 'b3-fr-promise-fin-du-mois',
    subject: 'Factures 2608417 / 2608452',
    sentAt: '2026-11-05T14:30:00+01:00',
    known: garnier,
    text: `Bonjour,

Suite à votre appel de ce matin, je vous confirme que les factures n° 2608417 et n° 2608452, soit 14 230 euros au total, seront réglées fin du mois avec notre campagne de paiements fournisseurs.

Cordialement,
Sandrine Vial
Comptabilité fournisseurs
GARNIER FROID INDUSTRIEL
ZI de Corbas - 69960 Corbas
04 78 90 26 08
`,
    expect: {
      intent: 'promise',
      invoices: ['2608417', '2608452'],
      amounts: [[1423000, 'EUR']],
      promisedDate: '2026-11-30',
    },
  }),
  mail({
    id: 'b3-fr-promise-sous-huitaine-mobile',
    subject: 'Re: facture 48290',
    sentAt: '2026-10-20T11:05:00+02:00',
    known: lemaire,
    text: `bonjour
desole pour le retard, on vous regle la 48290 sous huitaine
cdt
Thierry Lemaire

Envoyé de mon iPhone

> Le 19 oct. 2026 à 16:32, Sorel Industries - Recouvrement <recouvrement@sorel-industries.fr> a écrit :
>
> Bonjour Monsieur Lemaire,
> Nous n'avons pas reçu le règlement de la facture N° 48290 (1 180,00 €) échue le 05/10/2026.
> Merci de nous indiquer une date de paiement.
`,
    expect: {
      intent: 'promise',
      invoices: ['48290'],
      promisedDate: '2026-10-28',
    },
  }),
  mail({
    id: 'b3-fr-promise-acompte-25-11',
    subject: 'Facture FV2026-00402 - échéancier',
    sentAt: '2026-11-17T16:40:00+01:00',
    known: morvan,
    text: `Bonjour Claire,

Comme évoqué au téléphone, nous ne pouvons pas régler la totalité de la FV2026-00402 ce mois-ci : les chantiers de l'été ne nous ont toujours pas été payés.
Nous ferons un premier virement de 4 000 € le 25/11, puis le solde en décembre dès que notre client public nous aura réglé.

Merci de votre compréhension,
Yann Le Bihan
Menuiserie Morvan
02 99 38 41 77
`,
    expect: {
      intent: 'promise',
      invoices: ['FV2026-00402'],
      amounts: [[400000, 'EUR']],
      promisedDate: '2026-11-25',
    },
  }),
  mail({
    id: 'b3-fr-promise-pas-avant-le-20',
    subject: 'RE: Relance n°2 - facture 2608503',
    sentAt: '2026-11-09T10:02:00+01:00',
    known: garnier,
    text: `Bonjour,

Notre trésorerie est tendue ce mois-ci et nous ne pourrons pas régler la facture 2608503 avant le 20. Je l'ai mise au paiement pour le 20 novembre, vous recevrez le virement à cette date.

Cordialement,
Sandrine Vial
Garnier Froid Industriel

De : Sorel Industries - Recouvrement <recouvrement@sorel-industries.fr>
Envoyé : vendredi 6 novembre 2026 11:20
À : Vial Sandrine <s.vial@garnier-froid.fr>
Objet : Relance n°2 - facture 2608503

Madame,
Malgré notre précédente relance du 23/10/2026, la facture n° 2608503 de 12 490,20 € est toujours impayée. Sans règlement sous 48 heures, nous serons contraints de suspendre les livraisons.
`,
    expect: {
      intent: 'promise',
      invoices: ['2608503'],
      promisedDate: '2026-11-20',
    },
  }),
  mail({
    id: 'b3-fr-promise-mardi-prochain-outlook',
    subject: 'RE: Facture N°48305',
    sentAt: '2026-12-03T08:47:00+01:00',
    known: lemaire,
    text: `Bonjour Madame,

Je vous confirme le règlement de la facture 48305 mardi prochain par virement.
Notre comptable était en congé, d'où ce retard.

Bonne journée,

Thierry Lemaire
Cave Lemaire & Fils
12 quai des Chartrons - 33000 Bordeaux
Tél : 05 56 48 21 30

-----Message d'origine-----
De : Recouvrement Sorel <recouvrement@sorel-industries.fr>
Envoyé : lundi 30 novembre 2026 17:02
À : contact@cave-lemaire.fr
Objet : Facture N°48305

Bonjour,
La facture N°48305 de 1 480,50 € arrivait à échéance le 15/11/2026. Pourriez-vous nous indiquer une date de règlement ?
`,
    expect: {
      intent: 'promise',
      invoices: ['48305'],
      promisedDate: '2026-12-08',
    },
  }),
  mail({
    id: 'b3-fr-promise-date-jj-mm',
    subject: 'Règlement fv 2026 00388',
    sentAt: '2026-10-07T17:55:00+02:00',
    known: morvan,
    text: `Bonsoir,

Pour répondre a votre mail, la fv 2026 00388 (livraison du 15/09) sera réglée le 02/11 : notre banque a décalé toutes nos échéances d'octobre.
Je reste a votre disposition.

Yann
`,
    expect: {
      intent: 'promise',
      invoices: ['FV2026-00388'],
      promisedDate: '2026-11-02',
    },
  }),
  mail({
    id: 'b3-fr-promise-janvier-cloture',
    subject: 'Facture 2608566',
    sentAt: '2026-12-15T15:20:00+01:00',
    known: garnier,
    text: `Bonjour Monsieur,

Nos règlements fournisseurs sont gelés jusqu'à la clôture annuelle. La facture 2608566 de 9 870,00 EUR sera payée le 8 janvier, première date de paiement de l'exercice 2027.

Bien à vous,
Marc Garnier
Directeur administratif et financier
Garnier Froid Industriel SAS - capital 1 200 000 €
RCS Lyon 412 608 417
`,
    expect: {
      intent: 'promise',
      invoices: ['2608566'],
      amounts: [[987000, 'EUR']],
      promisedDate: '2027-01-08',
    },
  }),

  // ───────────────────────────── French: disputes ─────────────────────────────
  mail({
    id: 'b3-fr-dispute-price-devis',
    subject: 'Facture FV2026-00415 - écart de prix',
    sentAt: '2026-10-14T09:30:00+02:00',
    known: morvan,
    text: `Bonjour,

Nous avons bien reçu la facture FV2026-00415 mais le prix unitaire des charnières ne correspond pas à votre devis D-2026-118 : vous facturez 45,99 € HT l'unité au lieu de 38,50 € HT.
Merci de nous adresser un avoir ou une facture rectifiée ; nous ne pouvons pas la mettre en paiement en l'état.

Cordialement,
Yann Le Bihan
Menuiserie Morvan - 02 99 38 41 77
`,
    expect: {
      intent: 'dispute',
      invoices: ['FV2026-00415'],
      amounts: [
        [4599, 'EUR'],
        [3850, 'EUR'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b3-fr-dispute-quantity-negation-bl',
    subject: 'Litige facture 2608452',
    sentAt: '2026-10-22T10:15:00+02:00',
    known: garnier,
    text: `Bonjour,

Nous ne contestons pas le prix, qui est conforme à la commande, mais la quantité : la facture 2608452 porte sur 12 groupes frigorifiques alors que le bon de livraison BL-26-4471 n'en mentionne que 10, et nous n'en avons réceptionné que 10.
Merci de nous établir un avoir pour les 2 unités manquantes.

Cordialement,
Sandrine Vial
Garnier Froid Industriel
04 78 90 26 08
`,
    expect: {
      intent: 'dispute',
      invoices: ['2608452'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b3-fr-dispute-quantity-cartons-mobile',
    subject: 'fact 48213',
    sentAt: '2026-11-03T18:22:00+01:00',
    known: lemaire,
    text: `bjr
on a recu 40 cartons au lieu de 48 sur la fact 48213, le chauffeur l a note sur le bon. merci de faire un avoir pour les 8 cartons manquants, on paiera le reste apres.
thierry

Envoyé de mon iPhone
`,
    expect: {
      intent: 'dispute',
      invoices: ['48213'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b3-fr-dispute-quality-vantaux-abimes',
    subject: 'RE: Relance facture FV2026-00402',
    sentAt: '2026-10-27T11:48:00+01:00',
    known: morvan,
    text: `Bonjour,

Nous bloquons le paiement de cette facture : sur les 6 portes livrées le 8 octobre, 3 vantaux sont arrivés abîmés (éclats et rayures profondes, photos jointes). Notre client refuse la pose en l'état.
Dès le remplacement des vantaux, nous réglerons la facture.

Yann Le Bihan
Menuiserie Morvan

Le lun. 26 oct. 2026 à 09:05, Sorel Industries - Recouvrement <recouvrement@sorel-industries.fr> a écrit :
> Bonjour,
> La facture FV2026-00402 du 08/10/2026, d'un montant de 9 120,00 €, arrive à échéance le 07/11/2026. Nous vous remercions de prévoir son règlement.
`,
    expect: {
      intent: 'dispute',
      invoices: ['FV2026-00402'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b3-fr-dispute-not-received-marchandise',
    subject: 'Facture 2608417 - marchandise non reçue',
    sentAt: '2026-10-08T14:10:00+02:00',
    known: garnier,
    text: `Bonjour,

Vous nous avez facturé le 30/09 le lot de vannes de détente (facture N° 2608417), mais nous n'avons jamais reçu cette marchandise : rien n'est arrivé sur notre quai de Corbas et le transporteur n'a aucune preuve de livraison signée.
Nous ne réglerons pas cette facture tant que la livraison n'aura pas eu lieu.

Cordialement,
Julien Rey
Responsable magasin
Garnier Froid Industriel
`,
    expect: {
      intent: 'dispute',
      invoices: ['2608417'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b3-fr-dispute-not-received-facture',
    subject: 'Re: Relance - facture 48305',
    sentAt: '2026-11-24T09:40:00+01:00',
    known: lemaire,
    text: `Bonjour,

Je découvre cette facture avec votre relance : nous ne l'avons jamais reçue, ni par courrier ni par mail, c'est pour ça qu'elle n'est pas dans notre comptabilité. Je ne peux rien régler sans l'original.

Cordialement,
Agnès Lemaire
Cave Lemaire & Fils - 05 56 48 21 30
N° TVA FR 47 382 910 554

Le 23/11/2026 à 15:47, recouvrement@sorel-industries.fr a écrit :
> Madame, Monsieur,
> Nous vous rappelons que la facture n°48305 d'un montant de 1 480,50 € est échue depuis le 15/11/2026.
`,
    expect: {
      intent: 'dispute',
      invoices: ['48305'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b3-fr-dispute-missing-po-dematerialisation',
    subject: 'Facture 2608566 rejetée - bon de commande manquant',
    sentAt: '2026-12-02T11:30:00+01:00',
    known: garnier,
    text: `Bonjour,

Votre facture 2608566 a été rejetée par notre outil de dématérialisation : elle ne mentionne pas notre numéro de bon de commande. Toute facture doit porter la référence de la commande, ici le BC n° 4500219876.
Merci de nous la rééditer avec cette référence, elle sera ensuite traitée à l'échéance normale.

Service Comptabilité Fournisseurs
Garnier Froid Industriel
comptabilite.fournisseurs@garnier-froid.fr
`,
    expect: {
      intent: 'dispute',
      invoices: ['2608566'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b3-fr-dispute-duplicate-doublon',
    subject: 'Doublon FV2026-00415',
    sentAt: '2026-11-12T10:05:00+01:00',
    known: morvan,
    text: `Bonjour,

La facture FV2026-00415 reprend exactement la livraison du 2 octobre (10 jeux de charnières), déjà facturée sur la FV2026-00398 que nous avons réglée le mois dernier. Il s'agit donc d'un doublon, merci de l'annuler.

Cordialement,
Yann Le Bihan
`,
    expect: {
      intent: 'dispute',
      invoices: ['FV2026-00415'],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b3-fr-dispute-already-paid-cheque',
    subject: 'Facture 48290 déjà réglée',
    sentAt: '2026-10-16T12:02:00+02:00',
    known: lemaire,
    text: `Bonjour,

Je reçois votre relance pour la facture 48290 mais nous l'avons déjà payée : chèque n° 0004417 de 1 180,00 € envoyé le 2 octobre, débité sur notre compte le 9/10.
Merci de vérifier de votre côté et de cesser les relances.

Agnès Lemaire
Cave Lemaire & Fils
`,
    expect: {
      intent: 'dispute',
      invoices: ['48290'],
      amounts: [[118000, 'EUR']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b3-fr-dispute-other-mauvaise-entite',
    subject: 'Facture 2608417 - erreur de destinataire',
    sentAt: '2026-10-29T16:15:00+01:00',
    known: garnier,
    text: `Bonjour,

La facture 2608417 est établie au nom de Garnier Froid Industriel SAS, alors que la commande a été passée par notre filiale Garnier Froid Services (SIRET 845 221 036 00018, 3 allée des Frênes, 38070 Saint-Quentin-Fallavier).
Nous ne pouvons pas la comptabiliser : merci de l'annuler et de refacturer la bonne entité.

Cordialement,
Sandrine Vial
`,
    expect: {
      intent: 'dispute',
      invoices: ['2608417'],
      disputeCategory: 'other',
    },
  }),

  // ─────────────────────────── French: remittances ────────────────────────────
  mail({
    id: 'b3-fr-remittance-date-de-valeur',
    subject: 'Virement facture FV2026-00341',
    sentAt: '2026-10-15T10:20:00+02:00',
    known: morvan,
    text: `Bonjour Claire,

Le virement de 3 840,00 € pour la facture FV2026-00341 a été émis ce matin, date de valeur 16/10/2026.
Merci de nous confirmer la bonne réception.

Yann Le Bihan
Menuiserie Morvan SARL - 02 99 38 41 77
IBAN FR76 1558 9351 2300 0341 0256 713
`,
    expect: {
      intent: 'remittance',
      invoices: ['FV2026-00341'],
      amounts: [[384000, 'EUR']],
    },
  }),
  mail({
    id: 'b3-fr-remittance-deux-factures',
    subject: 'Avis de paiement',
    sentAt: '2026-11-04T09:00:00+01:00',
    known: garnier,
    text: `Bonjour,

Nous vous informons que nous avons procédé au règlement des factures suivantes par virement SEPA du 03/11/2026 :
- Facture N° 2608417 : 8 650,00 €
- Facture N° 2608452 : 5 580,00 €
Total : 14 230,00 €

Cordialement,
Service Trésorerie
Garnier Froid Industriel
`,
    expect: {
      intent: 'remittance',
      invoices: ['2608417', '2608452'],
      amounts: [
        [865000, 'EUR'],
        [558000, 'EUR'],
        [1423000, 'EUR'],
      ],
    },
  }),
  mail({
    id: 'b3-fr-remittance-cheque-terse',
    subject: 're: 48213',
    sentAt: '2026-11-10T19:03:00+01:00',
    known: lemaire,
    text: `cheque posté hier pour la 48213. cdlt
T. Lemaire
Envoyé de mon iPhone
`,
    expect: {
      intent: 'remittance',
      invoices: ['48213'],
    },
  }),
  mail({
    id: 'b3-fr-remittance-avis-banque-transfere',
    subject: "TR: Avis d'exécution de virement",
    sentAt: '2026-11-24T08:55:00+01:00',
    known: morvan,
    text: `Bonjour,

Ci-dessous la confirmation de notre banque pour le paiement de la fv2026-00402, exécuté hier.

Cordialement,
Yann

---------- Forwarded message ---------
De : Crédit Mutuel de Bretagne <noreply@cmb.fr>
Date : lun. 23 nov. 2026 à 18:02
Objet : Avis d'exécution de virement
À : <compta@menuiserie-morvan.fr>

Votre ordre de virement a été exécuté.
Bénéficiaire : SOREL INDUSTRIES
Montant : 4 000,00 EUR
Date d'exécution : 23/11/2026
Référence : FV2026-00402 ACOMPTE
`,
    expect: {
      intent: 'remittance',
      invoices: ['FV2026-00402'],
    },
  }),
  mail({
    id: 'b3-fr-remittance-acompte-siret',
    subject: 'Règlement partiel facture 2608566',
    sentAt: '2026-12-18T11:12:00+01:00',
    known: garnier,
    text: `Bonjour,

Nous avons viré ce jour un acompte de 1.500,00 EUR sur la facture 2608566. Le solde sera réglé selon l'échéancier convenu avec M. Garnier.

Cordialement,
Sandrine Vial
Garnier Froid Industriel
SAS au capital de 1 200 000 € - SIRET 412 608 417 00031 - TVA FR 62 412608417
`,
    expect: {
      intent: 'remittance',
      invoices: ['2608566'],
      amounts: [[150000, 'EUR']],
    },
  }),

  // ────────────────────────────── French: other ───────────────────────────────
  mail({
    id: 'b3-fr-other-absence-retour-2-novembre',
    subject: 'Réponse automatique : Relance facture FV2026-00388',
    sentAt: '2026-10-23T09:00:12+02:00',
    known: morvan,
    text: `Bonjour,

Je suis absente du bureau jusqu'au lundi 2 novembre inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.
Pour toute urgence comptable, merci de contacter Yann Le Bihan au 02 99 38 41 77.

Cordialement,
Nathalie Guégan
Menuiserie Morvan
`,
    expect: {
      intent: 'other',
      invoices: ['FV2026-00388'],
    },
  }),
  mail({
    id: 'b3-fr-other-absence-conges-janvier',
    subject: 'Absence du bureau',
    sentAt: '2026-12-21T08:30:00+01:00',
    known: garnier,
    text: `Bonjour,
Merci pour votre message. Je suis en congés du 21 décembre au 3 janvier. De retour le lundi 4 janvier 2027, je traiterai votre demande dès mon retour.
Pour les paiements fournisseurs urgents : tresorerie@garnier-froid.fr
Sandrine Vial
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b3-fr-other-releve-de-compte',
    subject: 'Demande de relevé de compte',
    sentAt: '2026-12-09T14:25:00+01:00',
    known: lemaire,
    text: `Bonjour,

Pourriez-vous nous adresser un relevé de compte à jour de nos factures ouvertes chez vous ? Notre expert-comptable nous demande de pointer les comptes fournisseurs avant la clôture du 31/12.

Merci d'avance,
Agnès Lemaire
Cave Lemaire & Fils
12 quai des Chartrons - 33000 Bordeaux
Tél : 05 56 48 21 30 - Fax : 05 56 48 21 31
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b3-fr-other-changement-rib',
    subject: 'Changement de coordonnées bancaires ?',
    sentAt: '2026-11-19T15:02:00+01:00',
    known: morvan,
    text: `Bonjour,

Nous avons reçu hier un courrier à votre en-tête nous informant d'un changement de vos coordonnées bancaires, avec un nouvel IBAN FR76 3000 3041 5800 0200 4150 288.
Avant de modifier quoi que ce soit et de mettre en paiement la FV2026-00415, pouvez-vous me confirmer par téléphone que ce courrier vient bien de vous ? Nous avons déjà été victimes d'une tentative de fraude l'an dernier.

Merci,
Yann Le Bihan
02 99 38 41 77
`,
    expect: {
      intent: 'other',
      invoices: ['FV2026-00415'],
    },
  }),
  mail({
    id: 'b3-fr-other-copie-facture',
    subject: 'Demande de duplicata facture n°2608503',
    sentAt: '2026-11-13T10:40:00+01:00',
    known: garnier,
    text: `Bonjour,

Le PDF joint à votre relance ne s'ouvre pas chez nous (fichier corrompu ?). Pourriez-vous m'envoyer une copie de la facture n°2608503 à l'adresse comptabilite.fournisseurs@garnier-froid.fr ?

Merci,
Sandrine Vial
`,
    expect: {
      intent: 'other',
      invoices: ['2608503'],
    },
  }),
  mail({
    id: 'b3-fr-other-aucun-litige',
    subject: 'RE: Facture 48305',
    sentAt: '2026-12-01T10:12:00+01:00',
    known: lemaire,
    text: `Bonjour,

Je vous rassure : il n'y a aucun litige sur la facture 48305, le prix et les quantités sont conformes à notre commande. Elle est simplement en attente de validation par notre associé, qui rentre de déplacement.
Je reviens vers vous dès que j'ai son accord.

Agnès Lemaire
`,
    expect: {
      intent: 'other',
      invoices: ['48305'],
    },
  }),
  mail({
    id: 'b3-fr-other-mixte-adresse-tarif',
    subject: 'Nouvelle adresse de facturation + commande janvier',
    sentAt: '2026-12-10T11:20:00+01:00',
    known: morvan,
    text: `Bonjour Claire,

Plusieurs points :
1. À partir du 1er janvier 2027, merci d'adresser vos factures à notre nouveau siège : 8 boulevard de la Tour d'Auvergne, 35000 Rennes. Les factures déjà émises (dont la FV2026-00388) restent valables, inutile de les rééditer.
2. Pouvez-vous nous envoyer votre tarif 2027 ? Nous préparons la commande de janvier.
3. Notre nouvelle assistante, Léa Morin (l.morin@menuiserie-morvan.fr), sera votre contact pour la comptabilité.

Bonne fin de journée,
Yann Le Bihan
`,
    expect: {
      intent: 'other',
      invoices: ['FV2026-00388'],
    },
  }),

  // ──────────────────────────── English: promises ─────────────────────────────
  mail({
    id: 'b3-en-promise-by-this-friday',
    subject: 'RE: Past due: INV/26/118',
    sentAt: '2026-10-12T10:20:00-04:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi Claire,

Apologies, this one slipped through while our controller was out. I've approved it and we'll have payment out by this Friday.

Thanks,
Dana Whitfield
Accounts Payable Supervisor
Cobalt Ridge Supply, Inc.
4410 Westbelt Dr, Columbus, OH 43228
(614) 555-0183

On Fri, Oct 9, 2026 at 3:05 PM Sorel Industries Credit Control <credit@sorel-industries.com> wrote:
> Hello Dana,
> Our records show invoice INV/26/118 for $12,480.00 was due on 09/30/2026 and remains unpaid.
> Could you let us know when we can expect payment?
> Kind regards,
> Claire Perrot
`,
    expect: {
      intent: 'promise',
      invoices: ['INV/26/118'],
      promisedDate: '2026-10-16',
    },
  }),
  mail({
    id: 'b3-en-promise-check-run-1-8',
    subject: 'INV/26/131',
    sentAt: '2026-12-28T10:00:00-05:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi Claire,

Our AP team is closed for the holidays this week. INV/26/131 ($4,500.00) is approved and scheduled in our 1/8 check run, so it will go out that day.

Happy New Year,
Dana
`,
    expect: {
      intent: 'promise',
      invoices: ['INV/26/131'],
      amounts: [[450000, 'USD']],
      promisedDate: '2027-01-08',
    },
  }),
  mail({
    id: 'b3-en-promise-tomorrow-late-evening',
    subject: 'Re: Statement - Cobalt Ridge Supply',
    sentAt: '2026-11-12T21:40:00-05:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Claire - sorry for the late reply, crazy week. I'll release the ACH for INV-26-142 tomorrow morning first thing. Amount is USD 6,875.

Sent from my iPhone

> On Nov 12, 2026, at 11:02 AM, Claire Perrot <credit@sorel-industries.com> wrote:
>
> Hi Dana, please find attached your statement. INV/26/142 ($6,875.00) is now 21 days past due.
`,
    expect: {
      intent: 'promise',
      invoices: ['INV/26/142'],
      amounts: [[687500, 'USD']],
      promisedDate: '2026-11-13',
    },
  }),
  mail({
    id: 'b3-en-promise-end-of-next-week',
    subject: 'RE: Overdue invoice 26-F-0912',
    sentAt: '2026-10-13T11:45:00+01:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hi Claire,

Thanks for your patience. Our finance director signed it off this morning and we'll settle 26-F-0912 by the end of next week.

Kind regards,

Gareth Hughes
Purchase Ledger
Halewood Precision Ltd
Unit 7, Sheaf Bank Business Park, Sheffield S2 3DJ
Tel: 0114 496 0912
Registered in England and Wales No. 04829117 | VAT GB 284 7716 09

From: Claire Perrot <credit@sorel-industries.com>
Sent: 12 October 2026 16:20
To: Gareth Hughes <g.hughes@halewood-precision.co.uk>
Subject: Overdue invoice 26-F-0912

Dear Gareth,
Invoice 26-F-0912 for £2,365.40, dated 28/08/2026, was due on 27/09/2026. Please arrange payment at your earliest convenience.
`,
    expect: {
      intent: 'promise',
      invoices: ['26-F-0912'],
      promisedDate: '2026-10-23',
    },
  }),
  mail({
    id: 'b3-en-promise-uk-day-first',
    subject: '26F0947 payment',
    sentAt: '2026-11-02T09:05:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Morning Claire,

Payment of £980.00 against 26F0947 will be made on 06/11 with our weekly BACS run.

Regards,
Gareth
`,
    expect: {
      intent: 'promise',
      invoices: ['26-F-0947'],
      amounts: [[98000, 'GBP']],
      promisedDate: '2026-11-06',
    },
  }),
  mail({
    id: 'b3-en-promise-next-tuesday-partial',
    subject: 'RE: 26-F-0981',
    sentAt: '2026-11-19T14:30:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hi Claire,

Cash is tight until our own customers pay in December, so we can't clear 26-F-0981 in one go. We will pay £1,500.00 next Tuesday and the balance before Christmas.

Hope that's acceptable.

Gareth Hughes
Halewood Precision Ltd
`,
    expect: {
      intent: 'promise',
      invoices: ['26-F-0981'],
      amounts: [[150000, 'GBP']],
      promisedDate: '2026-11-24',
    },
  }),
  mail({
    id: 'b3-en-promise-on-the-18th-non-native',
    subject: 'AW: Reminder invoice FAC/2026/0771',
    sentAt: '2026-11-10T13:15:00+01:00',
    known: nordlicht,
    text: `Dear Mrs. Perrot,

thank you for your reminder. Sorry for late answer, our accounting was in closing of month. We will make the transfer of 2.450,00 EUR for fac 2026/0771 on the 18th, this is our next payment run.

With best regards
Jens Albers
Kreditorenbuchhaltung / Accounts payable
Nordlicht Verpackung GmbH
Billstraße 118, 20539 Hamburg
Tel. +49 40 7890 2607
Geschäftsführer: Henrik Sommer | HRB 98765 | USt-IdNr. DE287654321

-----Ursprüngliche Nachricht-----
Von: Claire Perrot <credit@sorel-industries.com>
Gesendet: Montag, 2. November 2026 10:03
An: Albers, Jens <j.albers@nordlicht-verpackung.de>
Betreff: Reminder invoice FAC/2026/0771

Dear Mr. Albers,
invoice FAC/2026/0771 (EUR 2,450.00) was due on 15/10/2026. Please let us know the payment date.
`,
    expect: {
      intent: 'promise',
      invoices: ['FAC/2026/0771'],
      amounts: [[245000, 'EUR']],
      promisedDate: '2026-11-18',
    },
  }),
  mail({
    id: 'b3-en-promise-no-date-yet',
    subject: 'Re: INV/26/157 - second reminder',
    sentAt: '2026-12-08T15:50:00-05:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi Claire,

INV/26/157 has been approved by our VP of Operations and will be included in an upcoming payment run. I don't have the exact date from treasury yet, but it will be paid and I'll send you the remittance once it's out.

Best,
Dana Whitfield
Cobalt Ridge Supply, Inc.

On Mon, Dec 7, 2026 at 9:14 AM Claire Perrot <credit@sorel-industries.com> wrote:
> Dana,
> INV/26/157 for $19,320.00 is now 30 days overdue (due 11/06/2026). Please advise a payment date by Friday 12/11.
`,
    expect: {
      intent: 'promise',
      invoices: ['INV/26/157'],
    },
  }),

  // ──────────────────────────── English: disputes ─────────────────────────────
  mail({
    id: 'b3-en-dispute-price-contract',
    subject: 'Pricing discrepancy - INV/26/142',
    sentAt: '2026-10-21T11:05:00-04:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi,

INV/26/142 bills the 2" ball valves at $48.50/unit. Our contract pricing (agreement CR-2026-07) is $42.00/unit. On 60 units that's an overcharge of $390.00.
Please issue a credit memo or a corrected invoice. We can't approve it for payment until it's fixed.

Dana Whitfield | AP Supervisor | Cobalt Ridge Supply, Inc. | (614) 555-0183
`,
    expect: {
      intent: 'dispute',
      invoices: ['INV/26/142'],
      amounts: [
        [4850, 'USD'],
        [4200, 'USD'],
        [39000, 'USD'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b3-en-dispute-price-hourly-rate',
    subject: 'Query on invoice 26-F-0981',
    sentAt: '2026-11-05T10:40:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hi Claire,

We've got a problem with 26-F-0981. The machining is charged at £85/hr but your quote Q-2211 was £72/hr, and we haven't agreed any increase. Could you re-issue at the quoted rate? We're happy with the hours, it's just the rate.

Cheers,
Gareth Hughes
Purchase Ledger | Halewood Precision Ltd | 0114 496 0912
`,
    expect: {
      intent: 'dispute',
      invoices: ['26-F-0981'],
      amounts: [
        [8500, 'GBP'],
        [7200, 'GBP'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b3-en-dispute-quantity-non-native',
    subject: 'Invoice FAC/2026/0802 - wrong quantity',
    sentAt: '2026-10-21T08:50:00+02:00',
    known: nordlicht,
    text: `Hello,

we have received only 1.800 pieces of the folding boxes, but the invoice FAC/2026/0802 is over 2.000 pieces. Our goods receipt (WE-Nr. 5001872) confirms 1.800. Please send us a credit note for the 200 pieces, then we pay the rest.

Best regards
Jens Albers
Nordlicht Verpackung GmbH
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC/2026/0802'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b3-en-dispute-quality-water-damage-mobile',
    subject: 'Re: INV/26/118',
    sentAt: '2026-10-06T16:22:00-04:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Claire, holding payment on this one. About a third of the pallets showed up with crushed cartons and water damage, receiving has pictures. Need a credit or replacements before we pay.

Sent from my iPhone
`,
    expect: {
      intent: 'dispute',
      invoices: ['INV/26/118'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b3-en-dispute-quality-failed-inspection',
    subject: 'Rejected batch - 26-F-0947',
    sentAt: '2026-10-15T15:10:00+01:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Claire,

The brackets delivered against 26-F-0947 failed our incoming inspection: 14 of the 40 have bores out of tolerance (see NCR-0457 attached). We're rejecting the batch and putting the invoice on hold until replacement parts are received.

Regards,
Priya Shah
Quality Manager
Halewood Precision Ltd
`,
    expect: {
      intent: 'dispute',
      invoices: ['26-F-0947'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b3-en-dispute-not-received-invoice',
    subject: 'RE: Past due notice - INV/26/157',
    sentAt: '2026-12-04T09:35:00-05:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hello,

This is the first we've heard of INV/26/157. We never received this invoice: it isn't in our AP system and nobody here got it by mail or email. Please send it to ap@cobaltridge.com so we can process it.

Thank you,
Marcus Bell
Accounts Payable
Cobalt Ridge Supply, Inc. | (614) 555-0142

From: Sorel Industries Credit Control <credit@sorel-industries.com>
Sent: Thursday, December 3, 2026 2:18 PM
To: AP Cobalt Ridge <ap@cobaltridge.com>
Subject: Past due notice - INV/26/157

INV/26/157 - $19,320.00 - due 11/06/2026 - 27 days past due.
`,
    expect: {
      intent: 'dispute',
      invoices: ['INV/26/157'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b3-en-dispute-missing-po',
    subject: 'INV/26/131 rejected - no PO',
    sentAt: '2026-10-28T13:20:00-04:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi Claire,

Our AP system kicked back INV/26/131 because there's no PO number on it, and we can't pay anything without a valid PO. It should reference PO# 4500871. Please reissue with the PO on the face of the invoice and send it to ap@cobaltridge.com.

Thanks,
Dana Whitfield
`,
    expect: {
      intent: 'dispute',
      invoices: ['INV/26/131'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b3-en-dispute-duplicate-billing',
    subject: 'Duplicate billing?',
    sentAt: '2026-11-24T11:00:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hi Claire,

I think we've been billed twice for the same job. 26-F-0981 re-bills the 40 brackets already invoiced on 26-F-0947 (same order HP-3310, same delivery note DN-5521). We've approved 26-F-0947; please cancel 26-F-0981 or tell me what else it covers.

Thanks,
Gareth
`,
    expect: {
      intent: 'dispute',
      invoices: ['26-F-0981', '26-F-0947'],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b3-en-dispute-already-paid-ach',
    subject: 'RE: Second reminder INV/26/118',
    sentAt: '2026-10-19T10:10:00-04:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi Claire,

We already paid INV/26/118: $12,480.00 went out by ACH on October 14, trace number 091000019876543. Please check your records and apply the payment; I've attached the remittance.

Dana Whitfield
AP Supervisor, Cobalt Ridge Supply, Inc.

On Mon, Oct 19, 2026 at 8:30 AM Claire Perrot <credit@sorel-industries.com> wrote:
> Dana, we still have not received payment for INV/26/118 ($12,480.00). Please advise.
`,
    expect: {
      intent: 'dispute',
      invoices: ['INV/26/118'],
      amounts: [[1248000, 'USD']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b3-en-dispute-other-vat-reverse-charge',
    subject: 'Invoice FAC/2026/0839 - VAT not correct',
    sentAt: '2026-12-03T10:25:00+01:00',
    known: nordlicht,
    text: `Dear Sir or Madam,

on invoice FAC/2026/0839 you have charged French VAT 20 %, this is €958.00. We are a German company with valid VAT ID DE287654321, the delivery is intra-community and must be invoiced without VAT (reverse charge). Our accounting can not book this invoice. Please cancel it and send a corrected invoice without VAT.

Best regards
Jens Albers
Nordlicht Verpackung GmbH
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC/2026/0839'],
      amounts: [[95800, 'EUR']],
      disputeCategory: 'other',
    },
  }),

  // ─────────────────────────── English: remittances ───────────────────────────
  mail({
    id: 'b3-en-remittance-ach-today',
    subject: 'Remittance advice - INV/26/131',
    sentAt: '2026-11-13T14:02:00-05:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi Claire,

Payment for INV/26/131 went out via ACH today, $4,500.00. Remittance advice attached.

Thanks,
Dana
`,
    expect: {
      intent: 'remittance',
      invoices: ['INV/26/131'],
      amounts: [[450000, 'USD']],
    },
  }),
  mail({
    id: 'b3-en-remittance-bacs-last-friday',
    subject: 'RE: 26-F-0912',
    sentAt: '2026-10-26T09:30:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hi Claire,

We paid 26-F-0912 by BACS on Friday, £2,365.40. It should reach your account today or tomorrow at the latest.

Regards,
Gareth Hughes
Halewood Precision Ltd | 0114 496 0912
`,
    expect: {
      intent: 'remittance',
      invoices: ['26-F-0912'],
      amounts: [[236540, 'GBP']],
    },
  }),
  mail({
    id: 'b3-en-remittance-value-date-non-native',
    subject: 'Payment FAC/2026/0802',
    sentAt: '2026-10-29T11:10:00+01:00',
    known: nordlicht,
    text: `Dear Mrs. Perrot,

we have transferred yesterday the amount of 3.120,00 EUR for invoice FAC2026/0802, value date 28.10.2026. Please find the payment advice in attachment.

Kind regards
Jens Albers
Nordlicht Verpackung GmbH
IBAN DE89 2005 0550 1234 5678 90 | BIC HASPDEHHXXX
`,
    expect: {
      intent: 'remittance',
      invoices: ['FAC/2026/0802'],
      amounts: [[312000, 'EUR']],
    },
  }),
  mail({
    id: 'b3-en-remittance-check-mailed-mobile',
    subject: 'Re: INV/26/142',
    sentAt: '2026-11-18T17:45:00-05:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `check #10457 mailed yesterday for inv/26/142, should be there early next week

Sent from my iPhone
`,
    expect: {
      intent: 'remittance',
      invoices: ['INV/26/142'],
    },
  }),
  mail({
    id: 'b3-en-remittance-paid-quoted-deadline',
    subject: 'RE: Final reminder - 26-F-0981',
    sentAt: '2026-12-09T12:15:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hi Claire,

Sorry for the delay on this one. Paid in full this morning by Faster Payment, remittance attached.

Gareth

On Tue, 8 Dec 2026 at 09:02, Claire Perrot <credit@sorel-industries.com> wrote:
> Dear Gareth,
> Invoice 26-F-0981 (£4,180.00) has been overdue since 30/11/2026. Unless payment is received by 11/12/2026 we will have to place your account on stop.
> Regards,
> Claire
`,
    expect: {
      intent: 'remittance',
      invoices: ['26-F-0981'],
    },
  }),

  // ───────────────────────────── English: other ───────────────────────────────
  mail({
    id: 'b3-en-other-out-of-office-us',
    subject: 'Automatic reply: Past due reminder - INV/26/118',
    sentAt: '2026-10-16T07:00:03-04:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Thank you for your email. I am out of the office through Friday, October 23 and will return on Monday, October 26, with limited access to email.

For urgent accounts payable matters, please contact Marcus Bell at ap@cobaltridge.com or (614) 555-0142.

Dana Whitfield
Cobalt Ridge Supply, Inc.
`,
    expect: {
      intent: 'other',
      invoices: ['INV/26/118'],
    },
  }),
  mail({
    id: 'b3-en-other-out-of-office-uk',
    subject: 'Out of Office: Statement of account',
    sentAt: '2026-12-22T10:12:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hello,

I'm on annual leave from 21st December, returning on Monday 4th January 2027. Emails will not be monitored during this period.

For anything urgent please call the office on 0114 496 0900.

Gareth Hughes
Halewood Precision Ltd
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b3-en-other-statement-request',
    subject: 'Statement request',
    sentAt: '2026-12-01T09:20:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hi Claire,

Could you send me a statement of our account as at 30/11/2026 please? Our auditors are in next week and want to reconcile all supplier balances.

Many thanks,
Gareth Hughes
Purchase Ledger
Halewood Precision Ltd
Tel: 0114 496 0912
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b3-en-other-thank-you-corrected-invoice',
    subject: 'Re: Corrected invoice INV/26/131',
    sentAt: '2026-11-02T11:48:00-05:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi Claire,

Got the corrected invoice with the PO on it, thanks for turning that around so quickly. It's gone through our system fine now.

Have a good week,
Dana

On Fri, Oct 30, 2026 at 4:12 PM Claire Perrot <credit@sorel-industries.com> wrote:
> Hi Dana, please find attached INV/26/131 reissued with PO# 4500871. The due date remains 11/15/2026.
`,
    expect: {
      intent: 'other',
      invoices: ['INV/26/131'],
    },
  }),
  mail({
    id: 'b3-en-other-bank-details-check',
    subject: 'Bank details change - please confirm',
    sentAt: '2026-11-26T16:05:00+00:00',
    timeZone: 'Europe/London',
    known: halewood,
    text: `Hi Claire,

We've received an email, supposedly from your accounts team, saying Sorel's bank details have changed to sort code 20-45-77, account 53917702. Before we update anything on our side I'd like you to confirm this by phone: our fraud policy doesn't allow us to accept bank changes by email alone.

Could you call me on 0114 496 0912?

Thanks,
Gareth
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b3-en-other-not-disputing',
    subject: 'RE: INV/26/142 - are you disputing this?',
    sentAt: '2026-10-30T10:30:00-04:00',
    timeZone: 'America/New_York',
    known: cobalt,
    text: `Hi Claire,

To be clear, we are not disputing INV/26/142. Pricing and quantities are fine and the goods arrived in good condition. The delay is on our side: we migrated to a new ERP on October 1 and AP is still working through a backlog. I'll let you know when it's scheduled.

Dana
`,
    expect: {
      intent: 'other',
      invoices: ['INV/26/142'],
    },
  }),
  mail({
    id: 'b3-en-other-mixed-non-native',
    subject: 'New address and contact person',
    sentAt: '2026-11-27T09:45:00+01:00',
    known: nordlicht,
    text: `Hello Mrs. Perrot,

some informations for you:
- from 1st of January 2027 our invoice address is changing to Nordlicht Verpackung GmbH, Am Sandtorkai 42, 20457 Hamburg. Please use it for all new invoices, the open invoice FAC/2026/0839 can stay like it is.
- my colleague Mrs. Katrin Vogt will take over the accounts payable from 1 December, her mail is k.vogt@nordlicht-verpackung.de
- can you send us the certificate of conformity for the last delivery? Our quality department is asking.

Thank you and best regards
Jens Albers
Nordlicht Verpackung GmbH
`,
    expect: {
      intent: 'other',
      invoices: ['FAC/2026/0839'],
    },
  }),
];
