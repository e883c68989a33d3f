import { mail, type MailCase } from './mail-case.ts';

type Known = Parameters<typeof mail>[0]['known'];

/** Menuiserie Kerjean SARL (Quimper, France): joinery, invoices KJ-year-sequence with dashes. */
const KERJEAN = [
  { number: 'KJ-2026-0147', openAmount: 418560, currency: 'EUR' },
  { number: 'KJ-2026-0203', openAmount: 126000, currency: 'EUR' },
  { number: 'KJ-2026-0219', openAmount: 98740, currency: 'EUR' },
  { number: 'KJ-2026-0288', openAmount: 312000, currency: 'EUR' },
  { number: 'KJ-2025-1188', openAmount: 235000, currency: 'EUR' },
] satisfies Known;

/** Quincaillerie Bréhat SAS (Ploufragan, France): bare 6-digit invoices, hidden in its phone, SIREN and IBAN. */
const BREHAT = [
  { number: '418275', openAmount: 152040, currency: 'EUR' },
  { number: '418302', openAmount: 64380, currency: 'EUR' },
  { number: '418339', openAmount: 231500, currency: 'EUR' },
  { number: '418361', openAmount: 47820, currency: 'EUR' },
  { number: '418387', openAmount: 189600, currency: 'EUR' },
  { number: '418402', openAmount: 95560, currency: 'EUR' },
] satisfies Known;

/** Groupe Vanhoutte: the Namur site (Belgium, EUR, VF/yy/sequence) and the Lausanne site (Switzerland, CHF, VCH-yy-sequence). */
const VANHOUTTE = [
  { number: 'VF/26/00871', openAmount: 287450, currency: 'EUR' },
  { number: 'VF/26/00902', openAmount: 93600, currency: 'EUR' },
  { number: 'VF/26/00934', openAmount: 45210, currency: 'EUR' },
  { number: 'VCH-26-0457', openAmount: 245000, currency: 'CHF' },
  { number: 'VCH-26-0461', openAmount: 1184050, currency: 'CHF' },
] satisfies Known;

/** Ébénisterie Gagnon-Tremblay inc. (Lévis, Québec, with a Toronto showroom): CAD, invoices GTyy-sequence. */
const GAGNON = [
  { number: 'GT26-3304', openAmount: 642500, currency: 'CAD' },
  { number: 'GT26-3317', openAmount: 245000, currency: 'CAD' },
  { number: 'GT26-3352', openAmount: 118975, currency: 'CAD' },
  { number: 'GT26-3389', openAmount: 2890000, currency: 'CAD' },
] satisfies Known;

/** Redwood Fastener Supply, Inc. (Columbus, Ohio, and a plant in Joliet, Illinois): USD, invoices RW-5 digits. */
const REDWOOD = [
  { number: 'RW-61874', openAmount: 784500, currency: 'USD' },
  { number: 'RW-61902', openAmount: 325000, currency: 'USD' },
  { number: 'RW-61935', openAmount: 1962040, currency: 'USD' },
  { number: 'RW-62010', openAmount: 450000, currency: 'USD' },
  { number: 'RW-62077', openAmount: 1287500, currency: 'USD' },
  { number: 'RW-62143', openAmount: 61850, currency: 'USD' },
] satisfies Known;

/** Kilbride & Marsh: Leeds (UK, GBP, KM/year/sequence with slashes) and its Dublin branch (Ireland, EUR, KMIE-sequence). */
const KILBRIDE = [
  { number: 'KM/2025/977', openAmount: 233400, currency: 'GBP' },
  { number: 'KM/2026/118', openAmount: 98000, currency: 'GBP' },
  { number: 'KM/2026/124', openAmount: 412575, currency: 'GBP' },
  { number: 'KM/2026/131', openAmount: 156000, currency: 'GBP' },
  { number: 'KM/2026/142', openAmount: 412575, currency: 'GBP' },
  { number: 'KMIE-20417', openAmount: 287000, currency: 'EUR' },
] satisfies Known;

/** Fourth held-out set, written from the definitions by someone who never saw the reader's code or the earlier corpora: run once to measure how the reader generalises. */
export const BLIND_4_CORPUS: MailCase[] = [
  // ───────────────────────────── French: promises ─────────────────────────────
  mail({
    id: 'b4-fr-promise-kerjean-vendredi',
    subject: 'RE: Facture KJ-2026-0147 – échéance dépassée',
    sentAt: '2026-03-10T16:42:00+01:00',
    known: KERJEAN,
    text: `Bonjour Madame Moreau,

Toutes nos excuses pour ce retard, notre comptable était en congé.
Nous réglerons la facture KJ-2026-0147 vendredi par virement, soit 4 185,60 €.

Bien cordialement,

Yann Le Goff
Responsable administratif
Menuiserie Kerjean SARL au capital de 50 000 €
12 rue de Pont-l'Abbé, 29000 Quimper
Tél. 02 98 55 31 40
SIRET 512 347 896 00018 – TVA FR 27 512347896

Le lun. 9 mars 2026 à 09:12, Claire Moreau <c.moreau@sorel-industrie.fr> a écrit :
> Bonjour,
>
> Sauf erreur de notre part, la facture KJ-2026-0147 d'un montant de 4 185,60 €
> est échue depuis le 28 février 2026.
> Merci de nous indiquer la date de règlement prévue.
>
> Claire Moreau
> Service recouvrement – Sorel Industrie
`,
    expect: {
      intent: 'promise',
      invoices: ['KJ-2026-0147'],
      amounts: [[418560, 'EUR']],
      promisedDate: '2026-03-13',
    },
  }),
  mail({
    id: 'b4-fr-promise-brehat-mardi-prochain',
    subject: 'Re: Factures en retard – Quincaillerie Bréhat',
    sentAt: '2026-10-15T11:05:00+02:00',
    known: BREHAT,
    text: `Bonjour,

Suite à votre appel de ce matin : les factures 418339 et 418387 passeront au paiement mardi prochain, avec notre campagne de virements fournisseurs.
Montant total : 4 211,00 €.

Cordialement,

Sandrine Gourvès
Comptabilité fournisseurs
Quincaillerie Bréhat SAS
ZA de Beaucemaine – 22440 Ploufragan
Tél. 02 96 41 83 02 – Fax 02 96 41 83 09
SIREN 841 827 561 – RCS Saint-Brieuc
`,
    expect: {
      intent: 'promise',
      invoices: ['418339', '418387'],
      amounts: [[421100, 'EUR']],
      promisedDate: '2026-10-20',
    },
  }),
  mail({
    id: 'b4-fr-promise-kerjean-partiel-fin-du-mois',
    subject: 'RE: 2e relance – facture KJ-2026-0147 – 4 185,60 €',
    sentAt: '2026-04-14T09:30:00+02:00',
    known: KERJEAN,
    text: `Bonjour Claire,

Je sais que nous nous étions engagés pour le mois dernier et je m'en excuse : notre principal client a lui-même décalé son règlement.
Nous pouvons vous verser 2 000 € sur la facture kj 2026 0147 d'ici la fin du mois ; le solde suivra dès que nous serons payés.

Cordialement,
Yann Le Goff
Menuiserie Kerjean SARL au capital de 50 000 €
Tél. 02 98 55 31 40 – SIRET 512 347 896 00018

De : Claire Moreau <c.moreau@sorel-industrie.fr>
Envoyé : lundi 13 avril 2026 17:48
À : Yann Le Goff <y.legoff@menuiserie-kerjean.fr>
Objet : 2e relance – facture KJ-2026-0147 – 4 185,60 €

Bonjour Monsieur Le Goff,

Malgré votre engagement d'un règlement le 13 mars, la facture KJ-2026-0147 (4 185,60 €) reste impayée à ce jour.
Sans règlement sous huitaine, nous serons contraints de suspendre les livraisons.

Claire Moreau
Service recouvrement – Sorel Industrie
`,
    expect: {
      intent: 'promise',
      invoices: ['KJ-2026-0147'],
      amounts: [[200000, 'EUR']],
      promisedDate: '2026-04-30',
    },
  }),
  mail({
    id: 'b4-fr-promise-vanhoutte-sous-huitaine',
    subject: 'RE: Rappel facture VF/26/00902',
    sentAt: '2026-06-08T14:20:00+02:00',
    timeZone: 'Europe/Brussels',
    known: VANHOUTTE,
    text: `Bonjour Madame Moreau,

Après vérification, la facture VF 26/00902 est bien validée chez nous. Nous vous réglerons le solde de 936,00 sous huitaine.

Bien à vous,

Els Vermeulen
Service comptabilité
Vanhoutte Horeca Supply SRL
Chaussée de Louvain 412 – 5020 Namur
Tél. +32 81 22 45 90
BCE/TVA BE 0456.789.123 – IBAN BE71 0961 2345 6769
`,
    expect: {
      intent: 'promise',
      invoices: ['VF/26/00902'],
      amounts: [[93600, null]],
      promisedDate: '2026-06-16',
    },
  }),
  mail({
    id: 'b4-fr-promise-gagnon-deux-versements',
    subject: 'Re: Facture GT26-3304 – solde en souffrance',
    sentAt: '2026-12-03T10:15:00-05:00',
    timeZone: 'America/Montreal',
    known: GAGNON,
    text: `Bonjour Madame Fortin,

Comme discuté au téléphone, nous proposons de régler la facture GT26-3304 en deux versements : 3 000,00 $ CA le 15 décembre, puis le solde de 3 425,00 $ le 15 janvier.
Merci de me confirmer que cette entente vous convient.

Salutations,

Martin Gagnon
Contrôleur
Ébénisterie Gagnon-Tremblay inc.
2150, rue de l'Industrie, Lévis (Québec) G6W 0A1
Tél. : 418 555-0187, poste 224
NEQ 1167894523 – TPS 812345678 RT0001 – TVQ 1223456789 TQ0001

Le mer. 2 déc. 2026 à 15 h 40, Julie Fortin <j.fortin@sorel-canada.ca> a écrit :
> Bonjour Monsieur Gagnon,
> La facture GT26-3304 de 6 425,00 $ CA est échue depuis le 30 octobre 2026.
> Pouvez-vous nous indiquer une date de paiement ?
> Julie Fortin, Sorel Canada inc.
`,
    expect: {
      intent: 'promise',
      invoices: ['GT26-3304'],
      amounts: [
        [300000, 'CAD'],
        [342500, 'CAD'],
      ],
      promisedDate: '2026-12-15',
    },
  }),
  mail({
    id: 'b4-fr-promise-rochat-chf-date-suisse',
    subject: 'Votre rappel du 21.09.2026 – facture VCH-26-0457',
    sentAt: '2026-09-22T08:50:00+02:00',
    known: VANHOUTTE,
    text: `Madame,

Suite à votre rappel, nous vous informons que le paiement de CHF 2'450.00 pour la facture VCH-26-0457 sera exécuté le 30.09.2026, avec notre prochain ordre groupé.

Meilleures salutations

Nicolas Perrin
Comptabilité
Vanhoutte Suisse SA
Avenue de Sévelin 20 – 1004 Lausanne
Tél. +41 21 624 57 30
IDE CHE-112.345.678 TVA
`,
    expect: {
      intent: 'promise',
      invoices: ['VCH-26-0457'],
      amounts: [[245000, 'CHF']],
      promisedDate: '2026-09-30',
    },
  }),
  mail({
    id: 'b4-fr-promise-brehat-mobile-demain',
    subject: 'Re: facture 418302',
    sentAt: '2026-11-05T19:47:00+01:00',
    known: BREHAT,
    text: `ok c bon je lance le virement demain matin pour la 418302, dsl pour le retard

Envoyé de mon iPhone

Le 5 nov. 2026 à 10:12, Claire Moreau <c.moreau@sorel-industrie.fr> a écrit :

> Bonjour Monsieur Bréhat,
> La facture 418302 de 643,80 €, échue le 31 octobre, reste impayée.
> Merci de régulariser rapidement.
`,
    expect: {
      intent: 'promise',
      invoices: ['418302'],
      promisedDate: '2026-11-06',
    },
  }),
  mail({
    id: 'b4-fr-promise-kerjean-janvier',
    subject: 'Re: Relevé de compte – Menuiserie Kerjean',
    sentAt: '2026-12-17T15:10:00+01:00',
    known: KERJEAN,
    text: `Bonjour Claire,

Notre trésorerie est bloquée jusqu'à la clôture annuelle. Nous procéderons au règlement de la facture KJ-2025-1188 (2 350 euros) le 8 janvier, dès la réouverture des paiements.

Bonnes fêtes de fin d'année,

Annick Riou
Comptabilité fournisseurs – Menuiserie Kerjean
Tél. 02 98 55 31 42
`,
    expect: {
      intent: 'promise',
      invoices: ['KJ-2025-1188'],
      amounts: [[235000, 'EUR']],
      promisedDate: '2027-01-08',
    },
  }),

  // ─────────────────────────── French: remittances ────────────────────────────
  mail({
    id: 'b4-fr-remittance-kerjean-date-valeur',
    subject: 'Règlement facture KJ-2026-0203',
    sentAt: '2026-03-24T11:20:00+01:00',
    known: KERJEAN,
    text: `Madame, Monsieur,

Nous vous informons que le virement de 1 260,00 € relatif à la facture KJ-2026-0203 a été émis ce jour, date de valeur 25/03/2026.
Référence de l'opération : SEPA 2026032400187.

Cordialement,

Yann Le Goff
Menuiserie Kerjean SARL au capital de 50 000 €
SIRET 512 347 896 00018 – Tél. 02 98 55 31 40
`,
    expect: {
      intent: 'remittance',
      invoices: ['KJ-2026-0203'],
      amounts: [[126000, 'EUR']],
    },
  }),
  mail({
    id: 'b4-fr-remittance-brehat-prelevement',
    subject: 'Prélèvement facture 418275',
    sentAt: '2026-10-02T09:00:00+02:00',
    known: BREHAT,
    text: `Bonjour,

Pour information, le prélèvement SEPA de 1 520,40 € correspondant à la facture 418275 est passé sur notre compte FR76 1690 6000 4183 3900 1234 567 le 30/09 (mandat RUM BRH-2024-0031).
Vous pouvez donc la solder dans vos livres.

Cordialement,

Sandrine Gourvès
Comptabilité fournisseurs
Quincaillerie Bréhat SAS
Tél. 02 96 41 83 02
SIREN 841 827 561 – RCS Saint-Brieuc
`,
    expect: {
      intent: 'remittance',
      invoices: ['418275'],
      amounts: [[152040, 'EUR']],
    },
  }),
  mail({
    id: 'b4-fr-remittance-vanhoutte-communication-structuree',
    subject: 'Paiement VF/26/00871',
    sentAt: '2026-07-01T10:30:00+02:00',
    timeZone: 'Europe/Brussels',
    known: VANHOUTTE,
    text: `Bonjour,

Le paiement de 2.874,50 EUR pour la facture vf/26/00871 a été effectué ce matin, avec la communication structurée +++126/0087/10046+++.

Bien à vous,

Els Vermeulen
Service comptabilité – Vanhoutte Horeca Supply SRL
Tél. +32 81 22 45 90
BCE/TVA BE 0456.789.123
`,
    expect: {
      intent: 'remittance',
      invoices: ['VF/26/00871'],
      amounts: [[287450, 'EUR']],
    },
  }),
  mail({
    id: 'b4-fr-remittance-gagnon-cheque',
    subject: 'Re: Facture GT26-3352',
    sentAt: '2026-09-15T14:05:00-04:00',
    timeZone: 'America/Montreal',
    known: GAGNON,
    text: `Bonjour Julie,

Le chèque no 004512 au montant de 1 189,75 $ CA, en paiement de la facture GT26 3352, a été posté hier. Vous devriez le recevoir d'ici quelques jours.

Bonne journée!

Chantal Bérubé
Commis comptable
Ébénisterie Gagnon-Tremblay inc.
Tél. : 418 555-0187, poste 221
NEQ 1167894523
`,
    expect: {
      intent: 'remittance',
      invoices: ['GT26-3352'],
      amounts: [[118975, 'CAD']],
    },
  }),
  mail({
    id: 'b4-fr-remittance-rochat-chf',
    subject: 'RE: Rappel facture VCH-26-0461',
    sentAt: '2026-10-16T09:40:00+02:00',
    known: VANHOUTTE,
    text: `Madame,

Nous avons versé ce jour CHF 11'840.50 en règlement de la facture VCH-26-0461, date valeur 16.10.2026.

Meilleures salutations

Nicolas Perrin
Vanhoutte Suisse SA – Comptabilité
Tél. +41 21 624 57 30 – IDE CHE-112.345.678 TVA

-----Message d'origine-----
De : Claire Moreau <c.moreau@sorel-industrie.fr>
Envoyé : mercredi 14 octobre 2026 11:05
À : Nicolas Perrin <n.perrin@vanhoutte.ch>
Objet : Rappel facture VCH-26-0461

Monsieur,

La facture VCH-26-0461 (CHF 11'840.50), rééditée le 7 septembre, est échue depuis le 7 octobre 2026.
Merci de nous indiquer la date de paiement prévue.

Claire Moreau
`,
    expect: {
      intent: 'remittance',
      invoices: ['VCH-26-0461'],
      amounts: [[1184050, 'CHF']],
    },
  }),

  // ───────────────────────────── French: disputes ─────────────────────────────
  mail({
    id: 'b4-fr-dispute-kerjean-prix-devis',
    subject: 'Contestation facture KJ-2026-0219',
    sentAt: '2026-05-11T10:10:00+02:00',
    known: KERJEAN,
    text: `Bonjour,

Nous contestons la facture KJ-2026-0219 : les plinthes chêne y sont facturées 18,40 € HT le mètre, alors que votre devis D-2026-118 du 3 février indiquait 15,90 € HT.
Merci de nous adresser un avoir ou une facture rectifiée ; nous bloquons le règlement d'ici là.

Cordialement,

Yann Le Goff
Menuiserie Kerjean SARL au capital de 50 000 €
Tél. 02 98 55 31 40 – SIRET 512 347 896 00018

Le jeu. 7 mai 2026 à 16:02, Claire Moreau <c.moreau@sorel-industrie.fr> a écrit :
> Bonjour,
> Nous vous rappelons que la facture KJ-2026-0219 de 987,40 € arrive à échéance le 15 mai 2026.
> Claire Moreau – Sorel Industrie
`,
    expect: {
      intent: 'dispute',
      invoices: ['KJ-2026-0219'],
      amounts: [
        [1840, 'EUR'],
        [1590, 'EUR'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b4-fr-dispute-brehat-quantite-negation',
    subject: 'Facture 418302 - écart de quantité',
    sentAt: '2026-09-09T08:35:00+02:00',
    known: BREHAT,
    text: `Bonjour,

Nous ne contestons pas le prix, mais la quantité : la facture 418302 porte sur 40 cartons de vis inox alors que le bon de livraison BL 418297, signé par notre magasinier, n'en mentionne que 36.
Merci de nous faire un avoir pour les 4 cartons manquants.

Cordialement,

Sandrine Gourvès
Comptabilité fournisseurs
Quincaillerie Bréhat SAS
ZA de Beaucemaine – 22440 Ploufragan
Tél. 02 96 41 83 02 – Fax 02 96 41 83 09
SIREN 841 827 561 – RCS Saint-Brieuc
`,
    expect: {
      intent: 'dispute',
      invoices: ['418302'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b4-fr-dispute-kerjean-qualite-abime',
    subject: 'portes abimees kj2026-0288',
    sentAt: '2026-06-18T17:25:00+02:00',
    known: KERJEAN,
    text: `Bonjour,

les 3 portes de placard livrées avec la facture KJ2026-0288 sont arrivés abimées : chants éclatés et un panneau fendu sur toute la hauteur. Photos en piece jointe.
On bloque le paiement tant que ce n'est pas repris ou remplacé.

Yann Le Goff
Menuiserie Kerjean
06 71 28 44 09
`,
    expect: {
      intent: 'dispute',
      invoices: ['KJ-2026-0288'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b4-fr-dispute-gagnon-marchandise-pas-recue',
    subject: 'Re: Facture GT26-3317',
    sentAt: '2026-10-20T09:45:00-04:00',
    timeZone: 'America/Montreal',
    known: GAGNON,
    text: `Bonjour Julie,

Nous avons bien reçu votre facture GT26-3317, mais toujours pas la marchandise : les 2 îlots de cuisine devaient être livrés le 9 octobre et notre entrepôt n'a rien vu passer.
Tant que la livraison n'est pas faite, nous ne pouvons pas approuver le paiement. Merci de vérifier avec votre transporteur.

Martin Gagnon
Contrôleur – Ébénisterie Gagnon-Tremblay inc.
Tél. : 418 555-0187, poste 224
NEQ 1167894523

Le lun. 19 oct. 2026 à 11 h 02, Julie Fortin <j.fortin@sorel-canada.ca> a écrit :
> Bonjour Monsieur Gagnon,
> La facture GT26-3317 au montant de 2 450,00 $ CA arrive à échéance le 23 octobre.
> Merci de prévoir son règlement.
`,
    expect: {
      intent: 'dispute',
      invoices: ['GT26-3317'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b4-fr-dispute-brehat-bon-de-commande',
    subject: 'REJET FACTURE 418402 - BON DE COMMANDE MANQUANT',
    sentAt: '2026-11-16T14:00:00+01:00',
    known: BREHAT,
    text: `Bonjour,

Votre facture n° 418402 a été rejetée par notre service comptable : elle ne comporte pas notre numéro de bon de commande, obligatoire depuis le 1er septembre.
Merci de la rééditer en indiquant la commande 4500187342 ; nous la traiterons dès réception.

Cordialement,

Sandrine Gourvès
Comptabilité fournisseurs
Quincaillerie Bréhat SAS
Tél. 02 96 41 83 02 – Fax 02 96 41 83 09
SIREN 841 827 561 – RCS Saint-Brieuc
`,
    expect: {
      intent: 'dispute',
      invoices: ['418402'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b4-fr-dispute-vanhoutte-doublon',
    subject: 'Double facturation VF/26/00934 – VF/26/00871',
    sentAt: '2026-04-23T11:50:00+02:00',
    timeZone: 'Europe/Brussels',
    known: VANHOUTTE,
    text: `Bonjour,

La facture VF/26/00934 fait double emploi avec la facture VF/26/00871 : les deux portent sur la même livraison du 2 avril (bon de livraison 26-1187).
La première est déjà comptabilisée chez nous. Merci d'annuler la seconde par une note de crédit.

Bien à vous,

Els Vermeulen
Service comptabilité – Vanhoutte Horeca Supply SRL
Chaussée de Louvain 412 – 5020 Namur
Tél. +32 81 22 45 90 – BCE/TVA BE 0456.789.123
`,
    expect: {
      intent: 'dispute',
      invoices: ['VF/26/00934', 'VF/26/00871'],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b4-fr-dispute-kerjean-deja-paye',
    subject: 'Re: Relance facture KJ-2026-0203',
    sentAt: '2026-04-08T10:05:00+02:00',
    known: KERJEAN,
    text: `Bonjour Claire,

Cette facture a déjà été payée : le montant de 1 260,00 a été viré le 24 mars (date de valeur 25/03), référence SEPA 2026032400187.
Merci de vérifier de votre côté et de l'imputer sur la facture KJ-2026-0203.

Cordialement,
Yann Le Goff
Menuiserie Kerjean SARL au capital de 50 000 €
Tél. 02 98 55 31 40

Le mar. 7 avr. 2026 à 09:30, Claire Moreau <c.moreau@sorel-industrie.fr> a écrit :
> Bonjour,
> Sauf erreur de notre part, la facture KJ-2026-0203 de 1 260,00 € échue le 31 mars 2026 reste impayée.
> Merci de procéder à son règlement.
`,
    expect: {
      intent: 'dispute',
      invoices: ['KJ-2026-0203'],
      amounts: [[126000, null]],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b4-fr-dispute-rochat-autre-raison-sociale',
    subject: 'Facture VCH-26-0461 – raison sociale erronée',
    sentAt: '2026-08-31T15:30:00+02:00',
    known: VANHOUTTE,
    text: `Madame,

Nous ne contestons pas le montant de la facture VCH-26-0461, mais elle est libellée au nom de Vanhoutte Horeca Supply SRL (Namur) et porte le numéro de TVA belge au lieu de notre numéro IDE CHE-112.345.678 TVA.
Nous ne pouvons pas la comptabiliser en l'état. Merci de nous adresser une facture corrigée au nom de Vanhoutte Suisse SA.

Meilleures salutations

Nicolas Perrin
Comptabilité
Vanhoutte Suisse SA
Avenue de Sévelin 20 – 1004 Lausanne
Tél. +41 21 624 57 30
`,
    expect: {
      intent: 'dispute',
      invoices: ['VCH-26-0461'],
      disputeCategory: 'other',
    },
  }),
  mail({
    id: 'b4-fr-dispute-vanhoutte-remise-conditionnel',
    subject: 'Remise non appliquée – facture VF/26/00871',
    sentAt: '2026-02-17T09:20:00+01:00',
    timeZone: 'Europe/Brussels',
    known: VANHOUTTE,
    text: `Bonjour,

La remise de 5 % prévue dans nos conditions annuelles 2026 n'a pas été appliquée sur la facture VF/26/00871 : le prix net facturé est donc trop élevé.
Si la facture n'est pas rectifiée, nous ne pourrons pas la mettre en paiement.

Bien à vous,

Els Vermeulen
Service comptabilité – Vanhoutte Horeca Supply SRL
Tél. +32 81 22 45 90
BCE/TVA BE 0456.789.123 – IBAN BE71 0961 2345 6769
`,
    expect: {
      intent: 'dispute',
      invoices: ['VF/26/00871'],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b4-fr-dispute-brehat-facture-jamais-recue',
    subject: 'RE: 3e relance facture 418361',
    sentAt: '2026-12-04T10:40:00+01:00',
    known: BREHAT,
    text: `Bonjour,

Vous nous relancez pour la facture 418361, mais nous ne l'avons jamais reçue, ni par courrier ni par mail. Merci de nous l'envoyer à compta@quincaillerie-brehat.fr : sans la facture, nous ne pouvons rien régler.

Cordialement,

Sandrine Gourvès
Quincaillerie Bréhat SAS
Tél. 02 96 41 83 02
SIREN 841 827 561

De : Claire Moreau <c.moreau@sorel-industrie.fr>
Envoyé : jeudi 3 décembre 2026 10:02
À : compta@quincaillerie-brehat.fr
Objet : 3e relance facture 418361

Bonjour,

Malgré nos relances du 5 et du 19 novembre, la facture 418361 de 478,20 € reste impayée.
Merci de procéder à son règlement sous 48 heures.

Claire Moreau
Service recouvrement – Sorel Industrie
`,
    expect: {
      intent: 'dispute',
      invoices: ['418361'],
      disputeCategory: 'not_received',
    },
  }),

  // ────────────────────────────── French: other ───────────────────────────────
  mail({
    id: 'b4-fr-other-kerjean-absence',
    subject: 'Réponse automatique : Relance – factures KJ-2026-0288 et KJ-2025-1188',
    sentAt: '2026-10-28T08:01:00+01:00',
    known: KERJEAN,
    text: `Bonjour,

Je suis absente du bureau jusqu'au lundi 9 novembre inclus et je n'ai pas accès à ma messagerie.
En cas d'urgence, vous pouvez joindre M. Yann Le Goff au 02 98 55 31 40.
Je traiterai votre message à mon retour.

Cordialement,
Annick Riou
Comptabilité fournisseurs – Menuiserie Kerjean
`,
    expect: {
      intent: 'other',
      invoices: ['KJ-2026-0288', 'KJ-2025-1188'],
    },
  }),
  mail({
    id: 'b4-fr-other-brehat-releve',
    subject: 'Demande de relevé de compte',
    sentAt: '2026-06-02T10:00:00+02:00',
    known: BREHAT,
    text: `Bonjour,

Pourriez-vous nous faire parvenir un relevé de compte arrêté au 31 mai ? Nous préparons notre situation semestrielle et souhaitons rapprocher nos soldes fournisseurs.

Merci d'avance,

Sandrine Gourvès
Comptabilité fournisseurs
Quincaillerie Bréhat SAS
ZA de Beaucemaine – 22440 Ploufragan
Tél. 02 96 41 83 02 – Fax 02 96 41 83 09
SIREN 841 827 561 – RCS Saint-Brieuc
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b4-fr-other-vanhoutte-question-iban',
    subject: 'Changement de coordonnées bancaires ?',
    sentAt: '2026-03-16T14:30:00+01:00',
    timeZone: 'Europe/Brussels',
    known: VANHOUTTE,
    text: `Bonjour,

Nous avons reçu hier un courrier à votre en-tête nous informant d'un changement de compte bancaire (nouvel IBAN BE43 0689 0871 2601, BIC GKCCBEBB).
Avant de modifier notre fichier fournisseurs, pouvez-vous nous confirmer par téléphone que ce changement vient bien de vous ? Plusieurs de nos fournisseurs ont été visés par des tentatives de fraude et nous préférons vérifier.
Nous n'avons rien modifié pour l'instant.

Bien à vous,

Els Vermeulen
Service comptabilité – Vanhoutte Horeca Supply SRL
Tél. +32 81 22 45 90
BCE/TVA BE 0456.789.123
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b4-fr-other-kerjean-merci-avoir',
    subject: 'Re: Avoir AV-2026-0031',
    sentAt: '2026-06-05T11:15:00+02:00',
    known: KERJEAN,
    text: `Bonjour Claire,

Merci pour l'avoir AV-2026-0031 reçu ce matin : il règle le litige sur le prix des plinthes de la facture KJ-2026-0219. Tout est en ordre de notre côté.

Bonne journée,

Yann Le Goff
Menuiserie Kerjean SARL au capital de 50 000 €
Tél. 02 98 55 31 40 – SIRET 512 347 896 00018
`,
    expect: {
      intent: 'other',
      invoices: ['KJ-2026-0219'],
    },
  }),
  mail({
    id: 'b4-fr-other-gagnon-copie-facture',
    subject: 'Copie de la facture GT26-3389',
    sentAt: '2026-09-30T10:20:00-04:00',
    timeZone: 'America/Montreal',
    known: GAGNON,
    text: `Bonjour Julie,

Dans le cadre de la vérification de fin d'exercice, notre vérificateur nous demande une copie de la facture GT26-3389 ainsi que du bon de livraison correspondant.
Nous l'avions bien reçue à l'époque, mais la pièce jointe est illisible dans notre système. Pourriez-vous me les faire parvenir en PDF ?

Merci beaucoup!

Chantal Bérubé
Commis comptable
Ébénisterie Gagnon-Tremblay inc.
Tél. : 418 555-0187, poste 221
NEQ 1167894523
`,
    expect: {
      intent: 'other',
      invoices: ['GT26-3389'],
    },
  }),
  mail({
    id: 'b4-fr-other-brehat-pas-de-litige',
    subject: 'Re: Facture 418339',
    sentAt: '2026-10-01T16:10:00+02:00',
    known: BREHAT,
    text: `Bonjour,

Je vous confirme qu'il n'y a aucun litige sur la facture 418339 d'un montant de 2 315,00 : nous ne contestons ni le prix ni les quantités.
Elle est simplement en circuit de validation chez notre directeur des achats. Je reviens vers vous dès que j'ai une date.

Cordialement,

Sandrine Gourvès
Comptabilité fournisseurs
Quincaillerie Bréhat SAS
Tél. 02 96 41 83 02 – Fax 02 96 41 83 09
SIREN 841 827 561 – RCS Saint-Brieuc

Le mer. 30 sept. 2026 à 17:20, Claire Moreau <c.moreau@sorel-industrie.fr> a écrit :
> Bonjour Madame Gourvès,
> La facture 418339 (2 315,00 €) est échue depuis le 15 septembre.
> Pouvez-vous nous indiquer si elle fait l'objet d'un litige ?
`,
    expect: {
      intent: 'other',
      invoices: ['418339'],
      amounts: [[231500, null]],
    },
  }),
  mail({
    id: 'b4-fr-other-kerjean-message-mixte',
    subject: 'Devis, changement de contact et facture KJ-2026-0288',
    sentAt: '2026-09-14T09:05:00+02:00',
    known: KERJEAN,
    text: `Bonjour Claire,

Plusieurs points en un seul mail :
1. Pouvez-vous nous faire un devis pour 12 portes de placard chêne 250 x 60 ? Livraison souhaitée semaine 42.
2. À compter du 1er octobre, notre comptabilité fournisseurs est reprise par Mme Annick Riou (a.riou@menuiserie-kerjean.fr, 02 98 55 31 42). Merci de lui adresser désormais vos factures et relances.
3. La facture KJ-2026-0288 est bien enregistrée chez nous.

Merci et bonne semaine,

Yann Le Goff
Responsable administratif
Menuiserie Kerjean SARL au capital de 50 000 €
Tél. 02 98 55 31 40 – SIRET 512 347 896 00018
`,
    expect: {
      intent: 'other',
      invoices: ['KJ-2026-0288'],
    },
  }),

  // ───────────────────────────── English: promises ────────────────────────────
  mail({
    id: 'b4-en-promise-redwood-this-friday',
    subject: 'RE: Past due - RW-61902',
    sentAt: '2026-03-09T10:15:00-04:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Hi Dana,

Apologies for the delay, our approver was traveling. We'll have RW-61902 ($3,250.00) paid by this Friday.

Thanks,
Megan Kowalski
Accounts Payable Specialist
Redwood Fastener Supply, Inc.
4410 Industrial Pkwy, Columbus, OH 43228
Direct: (614) 555-0142 | Fax: (614) 555-0149
Tax ID 31-4827719

On Fri, Mar 6, 2026 at 4:03 PM Dana Whitfield <dana.whitfield@sorel-industries.com> wrote:
> Hi Megan,
> Invoice RW-61902 for $3,250.00 was due on February 20, 2026 and remains open.
> Could you let me know when we can expect payment?
> Best,
> Dana
`,
    expect: {
      intent: 'promise',
      invoices: ['RW-61902'],
      amounts: [[325000, 'USD']],
      promisedDate: '2026-03-13',
    },
  }),
  mail({
    id: 'b4-en-promise-redwood-end-of-next-week',
    subject: 'RE: RW-61935 - 45 days past due',
    sentAt: '2026-10-28T13:22:00-05:00',
    timeZone: 'America/Chicago',
    known: REDWOOD,
    text: `Dana,

Our controller approved the release of RW-61935 this morning. You'll have the full $19,620.40 by end of next week.

Regards,
Greg Novak
Plant Controller – Joliet
Redwood Fastener Supply, Inc.
(815) 555-0163

From: Dana Whitfield <dana.whitfield@sorel-industries.com>
Sent: Tuesday, October 27, 2026 9:14 AM
To: Greg Novak <gnovak@redwoodfastener.com>
Subject: RW-61935 - 45 days past due

Greg,
RW-61935 ($19,620.40, due 09/11/2026) is now 45 days past due. Please advise on a payment date by Friday 10/30.
Dana Whitfield
Credit & Collections, Sorel Industries Inc.
`,
    expect: {
      intent: 'promise',
      invoices: ['RW-61935'],
      amounts: [[1962040, 'USD']],
      promisedDate: '2026-11-06',
    },
  }),
  mail({
    id: 'b4-en-promise-kilbride-on-the-18th',
    subject: 'RE: Invoice KM/2026/131 - overdue',
    sentAt: '2026-11-24T10:05:00+00:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

Thanks for your patience. KM/2026/131 has been approved now that the credit for the short delivery has come through, and it will be paid on the 18th with our December supplier run. The balance we have is £1,560.00.

Kind regards,
Harriet Oduya
Purchase Ledger
Kilbride & Marsh Ltd
Unit 4, Aire Valley Business Park, Leeds LS10 1AB
T: +44 113 496 0321
Registered in England No. 04567891 | VAT GB 123 4567 89
`,
    expect: {
      intent: 'promise',
      invoices: ['KM/2026/131'],
      amounts: [[156000, 'GBP']],
      promisedDate: '2026-12-18',
    },
  }),
  mail({
    id: 'b4-en-promise-kilbride-not-before-20th',
    subject: 'Re: KM/2026/124 – payment date?',
    sentAt: '2026-02-10T16:30:00+00:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

I'm afraid we can't pay KM/2026/124 before the 20th – that's our next payment run and the MD won't sign off on anything before then. It's scheduled for 20/02 and the full £4,125.75 will go out that day.

Cheers,
Harriet

Harriet Oduya | Purchase Ledger | Kilbride & Marsh Ltd
T: +44 113 496 0321

On Mon, 9 Feb 2026 at 14:31, Tom Brennan <tom.brennan@sorel-industries.co.uk> wrote:
> Hi Harriet,
> Could you confirm when KM/2026/124 (£4,125.75, due 31/01/2026) will be settled?
> Thanks, Tom
`,
    expect: {
      intent: 'promise',
      invoices: ['KM/2026/124'],
      amounts: [[412575, 'GBP']],
      promisedDate: '2026-02-20',
    },
  }),
  mail({
    id: 'b4-en-promise-redwood-partial-month-first',
    subject: 'Re: RW-61935 - second notice',
    sentAt: '2026-11-19T11:40:00-05:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Dana,

I know we missed the date we gave you last month – cash has been tight since the plant shutdown. We can send $5,000.00 toward RW-61935 on 12/04, and the remaining $14,620.40 before year-end.

Megan Kowalski
Accounts Payable Specialist | Redwood Fastener Supply, Inc.
Direct: (614) 555-0142
`,
    expect: {
      intent: 'promise',
      invoices: ['RW-61935'],
      amounts: [
        [500000, 'USD'],
        [1462040, 'USD'],
      ],
      promisedDate: '2026-12-04',
    },
  }),
  mail({
    id: 'b4-en-promise-kilbride-ie-end-of-month',
    subject: 'RE: Overdue invoice KMIE-20417',
    sentAt: '2026-06-11T09:12:00+01:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

Apologies, this one slipped through during our system migration. We will clear KMIE-20417 (€2,870.00) by the end of the month.

Kind regards,
Siobhán Keane
Finance Administrator
Kilbride & Marsh (Ireland) Ltd
Unit 7, Ballycoolin Business Park, Dublin 15, D15 X2Y3
Tel: +353 1 555 0199
Registered in Ireland No. 612345 | VAT IE 3456789KH
`,
    expect: {
      intent: 'promise',
      invoices: ['KMIE-20417'],
      amounts: [[287000, 'EUR']],
      promisedDate: '2026-06-30',
    },
  }),
  mail({
    id: 'b4-en-promise-gagnon-tomorrow-late-evening',
    subject: 'Re: GT26-3317 past due',
    sentAt: '2026-11-12T23:10:00-05:00',
    timeZone: 'America/Montreal',
    known: GAGNON,
    text: `Hi Julie,

Sorry for the late reply, its been a crazy week at the showroom. I'll release the EFT for GT26-3317 first thing tomorrow, CAD 2,450.00.

Thx,
Ryan Tremblay
Showroom Manager – Toronto
Gagnon-Tremblay Millwork
T 416 555 0134
`,
    expect: {
      intent: 'promise',
      invoices: ['GT26-3317'],
      amounts: [[245000, 'CAD']],
      promisedDate: '2026-11-13',
    },
  }),
  mail({
    id: 'b4-en-promise-vanhoutte-no-date-non-native',
    subject: 'RE: Herinnering / Rappel VF/26/00902',
    sentAt: '2026-05-20T10:02:00+02:00',
    timeZone: 'Europe/Brussels',
    known: VANHOUTTE,
    text: `Dear Mrs Moreau,

The invoice VF/26/00902 is approved from our side, we will pay it as soon as our director has signed the payment list. I hope it is soon but I can not give you a date for the moment.

Met vriendelijke groeten / Kind regards,

Pieter De Smet
Boekhouding / Accounting
Vanhoutte Horeca Supply SRL
BCE/TVA BE 0456.789.123
Tel. +32 81 22 45 91

On Tue, May 19, 2026 at 9:40 AM Claire Moreau <c.moreau@sorel-industrie.fr> wrote:
> Dear Mr De Smet,
> Our invoice VF/26/00902 of EUR 936.00 was due on 30 April 2026.
> Could you please let us know the payment date?
> Claire Moreau
`,
    expect: {
      intent: 'promise',
      invoices: ['VF/26/00902'],
    },
  }),

  // ─────────────────────────── English: remittances ───────────────────────────
  mail({
    id: 'b4-en-remittance-redwood-ach-trace',
    subject: 'Payment sent - RW-61874',
    sentAt: '2026-04-15T15:45:00-04:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Hi Dana,

ACH payment of $7,845.00 for RW-61874 (reissued with our PO 4500993512) was sent today. Trace number 021000021234567.

Megan Kowalski
Accounts Payable Specialist | Redwood Fastener Supply, Inc.
Direct: (614) 555-0142
`,
    expect: {
      intent: 'remittance',
      invoices: ['RW-61874'],
      amounts: [[784500, 'USD']],
    },
  }),
  mail({
    id: 'b4-en-remittance-kilbride-bacs',
    subject: 'RE: Statement - Kilbride & Marsh',
    sentAt: '2026-03-02T12:10:00+00:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

We paid £980.00 by BACS on Friday against invoice KM-2026-118, our ref KMBACS0227. It should be with you today or tomorrow.

The other item on your statement is still with our MD for approval.

Regards,
Harriet Oduya
Purchase Ledger | Kilbride & Marsh Ltd
T: +44 113 496 0321 | VAT GB 123 4567 89

From: Tom Brennan <tom.brennan@sorel-industries.co.uk>
Sent: 26 February 2026 15:12
To: Harriet Oduya <h.oduya@kilbridemarsh.co.uk>
Subject: Statement - Kilbride & Marsh

Hi Harriet,
Please find attached your statement. KM/2026/118 (£980.00) and KM/2026/124 (£4,125.75) are both overdue.
Kind regards,
Tom
`,
    expect: {
      intent: 'remittance',
      invoices: ['KM/2026/118', 'KM/2026/124'],
      amounts: [[98000, 'GBP']],
    },
  }),
  mail({
    id: 'b4-en-remittance-redwood-check-run',
    subject: 'Remittance advice - Check #10482',
    sentAt: '2026-06-26T10:00:00-05:00',
    timeZone: 'America/Chicago',
    known: REDWOOD,
    text: `Hi Dana,

Our check run went out yesterday. Check #10482 covers RW-62010 (USD 4,500) and RW-61902 ($3,250.00), total $7,750.00.

Greg Novak
Plant Controller – Joliet | Redwood Fastener Supply, Inc.
(815) 555-0163
`,
    expect: {
      intent: 'remittance',
      invoices: ['RW-62010', 'RW-61902'],
      amounts: [
        [450000, 'USD'],
        [325000, 'USD'],
        [775000, 'USD'],
      ],
    },
  }),
  mail({
    id: 'b4-en-remittance-kilbride-ie-mobile',
    subject: 're: KMIE-20417',
    sentAt: '2026-07-02T16:20:00+01:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `hi tom, just to let you know we transferred €2,870 this afternoon for kmie 20417. sorry again for the delay
siobhan

Sent from Outlook for iOS
`,
    expect: {
      intent: 'remittance',
      invoices: ['KMIE-20417'],
      amounts: [[287000, 'EUR']],
    },
  }),
  mail({
    id: 'b4-en-remittance-gagnon-wire-value-date',
    subject: 'Wire confirmation – GT26-3389',
    sentAt: '2026-10-02T11:30:00-04:00',
    timeZone: 'America/Montreal',
    known: GAGNON,
    text: `Hi Julie,

Wire transfer sent today for invoice GT26-3389, CAD 28,900.00. Value date October 5. Confirmation no. 7781 2290 3345.

Best regards,
Ryan Tremblay
Gagnon-Tremblay Millwork – Toronto
T 416 555 0134
`,
    expect: {
      intent: 'remittance',
      invoices: ['GT26-3389'],
      amounts: [[2890000, 'CAD']],
    },
  }),

  // ───────────────────────────── English: disputes ────────────────────────────
  mail({
    id: 'b4-en-dispute-redwood-unit-price',
    subject: 'Pricing discrepancy - RW-61935',
    sentAt: '2026-05-05T09:30:00-04:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Hi Dana,

Invoice RW-61935 bills the 5/16" hex cap screws at $4.85 per box, but your quote Q-7731 and our PO both show $4.20. Please send a corrected invoice – we're holding payment until then.

Thanks,
Megan Kowalski
Accounts Payable Specialist | Redwood Fastener Supply, Inc.
Direct: (614) 555-0142
`,
    expect: {
      intent: 'dispute',
      invoices: ['RW-61935'],
      amounts: [
        [485, 'USD'],
        [420, 'USD'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b4-en-dispute-kilbride-short-delivery',
    subject: 'KM/2026/131 – short delivery',
    sentAt: '2026-09-16T14:15:00+01:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

We've been invoiced for 120 units on KM/2026/131 but only 96 were delivered – see delivery note DN-55102, signed by our stores. Please credit the 24 missing units.

Regards,
Harriet Oduya
Purchase Ledger | Kilbride & Marsh Ltd
T: +44 113 496 0321
Registered in England No. 04567891
`,
    expect: {
      intent: 'dispute',
      invoices: ['KM/2026/131'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b4-en-dispute-redwood-damaged-caps',
    subject: 'DAMAGED GOODS - RW-62077 - DO NOT CHASE',
    sentAt: '2026-08-03T16:05:00-05:00',
    timeZone: 'America/Chicago',
    known: REDWOOD,
    text: `Dana,

Half the pallet shipped on RW-62077 arrived rusted – water got into the shrink wrap. About 40 of the 80 cartons are unusable. Photos attached, freight claim pending with the carrier.

Please hold reminders on this one until it's sorted.

Greg Novak
Plant Controller – Joliet | Redwood Fastener Supply, Inc.
(815) 555-0163
`,
    expect: {
      intent: 'dispute',
      invoices: ['RW-62077'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b4-en-dispute-gagnon-finish-defects',
    subject: 'RE: GT26-3304 reminder',
    sentAt: '2026-04-09T13:40:00-04:00',
    timeZone: 'America/Montreal',
    known: GAGNON,
    text: `Hi Julie,

The cabinet doors on GT26-3304 have finish defects – bubbling lacquer on 6 of the 14 doors, and our client refused them at install. We are not paying this invoice until the replacement doors arrive.

Ryan Tremblay
Showroom Manager – Toronto
Gagnon-Tremblay Millwork
T 416 555 0134

On Wed, Apr 8, 2026 at 10:22 AM Julie Fortin <j.fortin@sorel-canada.ca> wrote:
> Hi Ryan,
> Friendly reminder that GT26-3304 (CAD 6,425.00) was due on March 31, 2026.
> Please let me know when payment will be made.
`,
    expect: {
      intent: 'dispute',
      invoices: ['GT26-3304'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b4-en-dispute-kilbride-ie-never-arrived',
    subject: 'RE: Reminder – KMIE-20417',
    sentAt: '2026-05-26T11:00:00+01:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

Re your reminder for KMIE-20417 (€2,870.00): we never received this delivery. Our goods-in team has no record of it and there's no signed POD on our side. Can you check with the haulier before we go any further?

Kind regards,
Siobhán Keane
Finance Administrator
Kilbride & Marsh (Ireland) Ltd
Tel: +353 1 555 0199
Registered in Ireland No. 612345 | VAT IE 3456789KH
`,
    expect: {
      intent: 'dispute',
      invoices: ['KMIE-20417'],
      amounts: [[287000, 'EUR']],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b4-en-dispute-redwood-no-po-forwarded',
    subject: 'Fwd: Invoice rejected: RW-61874',
    sentAt: '2026-02-12T10:20:00-05:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Hi Dana,

See below – RW-61874 was bounced by our AP system because there's no PO number on it. Can you reissue it referencing PO 4500993512? It will go through automatically once it matches.

Megan

---------- Forwarded message ---------
From: AP Automation <noreply@redwoodfastener.com>
Date: Wed, Feb 11, 2026 at 6:02 AM
Subject: Invoice rejected: RW-61874
To: <mkowalski@redwoodfastener.com>

Vendor: SOREL INDUSTRIES INC
Invoice: RW-61874
Amount: $7,845.00
Invoice date: 01/28/2026
Status: REJECTED – missing or invalid PO number
`,
    expect: {
      intent: 'dispute',
      invoices: ['RW-61874'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b4-en-dispute-rochat-order-number-non-native',
    subject: 'Invoice VCH-26-0457 / order number missing',
    sentAt: '2026-09-08T08:15:00+02:00',
    known: VANHOUTTE,
    text: `Good morning,

The invoice VCH-26-0457 has not our order number on it (Bestellnummer 7700-2291). Without this number our accounting can not book it. Please send us a new invoice with the number.

Thank you and kind regards
Lukas Brunner
Einkauf / Purchasing
Vanhoutte Suisse SA, Lausanne
Tel. +41 21 624 57 35
`,
    expect: {
      intent: 'dispute',
      invoices: ['VCH-26-0457'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b4-en-dispute-kilbride-duplicate',
    subject: 'Duplicate invoice? KM/2026/142',
    sentAt: '2026-10-26T09:50:00+00:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

KM/2026/142 looks like a duplicate of KM/2026/124 – same PO (KMP-88410), same delivery and the same value. We paid 124 back in March. Could you cancel 142 and send us a credit note?

Thanks,
Harriet

Harriet Oduya | Purchase Ledger | Kilbride & Marsh Ltd
T: +44 113 496 0321
`,
    expect: {
      intent: 'dispute',
      invoices: ['KM/2026/142', 'KM/2026/124'],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b4-en-dispute-redwood-already-paid',
    subject: 'RE: Statement of account - RW-61902 still showing open',
    sentAt: '2026-10-13T09:02:00-04:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Hi Dana,

We already paid RW-61902 – it was on check #10482 together with RW-62010, and the check cleared on 07/01. Please check your records; it shouldn't be on the statement.

Megan Kowalski
Accounts Payable Specialist | Redwood Fastener Supply, Inc.
Direct: (614) 555-0142

On Mon, Oct 12, 2026 at 2:47 PM Dana Whitfield <dana.whitfield@sorel-industries.com> wrote:
> Hi Megan,
> Attached is your statement as of 10/09/2026. RW-61902 ($3,250.00) and RW-62077 ($12,875.00) are past due.
> Dana
`,
    expect: {
      intent: 'dispute',
      invoices: ['RW-61902', 'RW-62010', 'RW-62077'],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b4-en-dispute-kilbride-payment-terms',
    subject: 'KM/2025/977 – payment terms',
    sentAt: '2026-01-22T15:00:00+00:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

We're holding KM/2025/977. It's been raised on 30-day terms, whereas our framework agreement gives us 60 days end of month. Please reissue it with the correct due date – until then it can't go through approval.

We have no issue with the goods or the pricing.

Regards,
Harriet Oduya
Purchase Ledger | Kilbride & Marsh Ltd
T: +44 113 496 0321 | VAT GB 123 4567 89
`,
    expect: {
      intent: 'dispute',
      invoices: ['KM/2025/977'],
      disputeCategory: 'other',
    },
  }),

  // ────────────────────────────── English: other ──────────────────────────────
  mail({
    id: 'b4-en-other-redwood-out-of-office',
    subject: 'Automatic reply: RW-61935 - statement and past due notice',
    sentAt: '2026-11-23T07:30:00-05:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Thank you for your email. I am out of the office until Monday, November 30, with limited access to email.

For urgent accounts payable matters, please contact Luis Ortega at (614) 555-0177 or ap@redwoodfastener.com.

Megan Kowalski
Redwood Fastener Supply, Inc.
`,
    expect: {
      intent: 'other',
      invoices: ['RW-61935'],
    },
  }),
  mail({
    id: 'b4-en-other-kilbride-annual-leave',
    subject: 'Out of Office: Statement of account – December',
    sentAt: '2026-12-22T09:00:00+00:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Thank you for your email. I'm on annual leave from 21/12 and returning on Monday 4 January. Your message will not be forwarded.

For purchase ledger queries in the meantime, please contact accounts@kilbridemarsh.co.uk or call +44 113 496 0300.

Harriet Oduya
Kilbride & Marsh Ltd
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b4-en-other-redwood-statement-request',
    subject: 'Statement request',
    sentAt: '2026-10-01T08:45:00-05:00',
    timeZone: 'America/Chicago',
    known: REDWOOD,
    text: `Hi Dana,

Could you send us a statement of account as of 9/30? Our auditors are in next week and I need to reconcile open items. On my side I show RW-61935 and RW-62077 still open – let me know if you have anything else.

Thanks,
Greg Novak
Plant Controller – Joliet | Redwood Fastener Supply, Inc.
(815) 555-0163
`,
    expect: {
      intent: 'other',
      invoices: ['RW-61935', 'RW-62077'],
    },
  }),
  mail({
    id: 'b4-en-other-redwood-thanks-pricing-solved',
    subject: 'RE: Corrected invoice RW-61935',
    sentAt: '2026-05-15T14:10:00-04:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Thanks Dana – got the corrected invoice for RW-61935 with the quoted pricing. That closes the pricing dispute on our end. Appreciate the quick turnaround!

Megan

On Thu, May 14, 2026 at 3:55 PM Dana Whitfield <dana.whitfield@sorel-industries.com> wrote:
> Hi Megan,
> Please find attached the corrected invoice RW-61935 at $4.20 per box, total $19,620.40.
> Dana
`,
    expect: {
      intent: 'other',
      invoices: ['RW-61935'],
    },
  }),
  mail({
    id: 'b4-en-other-kilbride-invoice-copies',
    subject: 'Copies for our auditors',
    sentAt: '2026-04-16T10:35:00+01:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hi Tom,

Could you please send me copies of invoices KM/2026/118 and KM 2026 124? Our auditors have picked them in their year-end sample. No issue with either of them – it's just paperwork.

Many thanks,
Harriet

Harriet Oduya | Purchase Ledger | Kilbride & Marsh Ltd
T: +44 113 496 0321
`,
    expect: {
      intent: 'other',
      invoices: ['KM/2026/118', 'KM/2026/124'],
    },
  }),
  mail({
    id: 'b4-en-other-kilbride-ie-billing-address',
    subject: 'Change of billing address – Kilbride & Marsh (Ireland) Ltd',
    sentAt: '2026-08-24T09:40:00+01:00',
    timeZone: 'Europe/London',
    known: KILBRIDE,
    text: `Hello,

Please note that our accounts department has moved. With effect from 1 September 2026, all invoices and statements for Kilbride & Marsh (Ireland) Ltd should be addressed to:

Kilbride & Marsh (Ireland) Ltd
Accounts Payable
Block C, Parkwest Business Campus
Dublin 12, D12 R2X7

Our VAT number (IE 3456789KH) and bank details are unchanged, and invoices can still be emailed to ap.ie@kilbridemarsh.ie.

Kind regards,
Siobhán Keane
Finance Administrator
Tel: +353 1 555 0199
`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b4-en-other-redwood-payment-link',
    subject: 'Payment link for RW-62143?',
    sentAt: '2026-12-08T13:20:00-05:00',
    timeZone: 'America/New_York',
    known: REDWOOD,
    text: `Hi Dana,

Do you have a payment link for RW-62143? Under our new purchasing-card policy small invoices can be paid by card, which is quicker for us than a check. If you don't take card payments, no problem – just let me know.

Megan Kowalski
Accounts Payable Specialist | Redwood Fastener Supply, Inc.
Direct: (614) 555-0142
`,
    expect: {
      intent: 'other',
      invoices: ['RW-62143'],
    },
  }),
];
