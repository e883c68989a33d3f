import { mail, type MailCase } from './mail-case.ts';

type Known = Parameters<typeof mail>[0]['known'];

const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';

/** Minoterie Caradec, Morlaix: dashed numbers with a two-digit year. */
const caradec = [
  { number: 'FC-26-01187', openAmount: 284500, currency: 'EUR' },
  { number: 'FC-26-01203', openAmount: 96000, currency: 'EUR' },
  { number: 'FC-26-01245', openAmount: 1530040, currency: 'EUR' },
  { number: 'FC-26-01302', openAmount: 42180, currency: 'EUR' },
] satisfies Known;

/** Garage Dupuis, Lyon: bare six-digit numbers, easy to confuse with phones and SIRET. */
const dupuis = [
  { number: '330917', openAmount: 187400, currency: 'EUR' },
  { number: '331042', openAmount: 65230, currency: 'EUR' },
  { number: '331105', openAmount: 421000, currency: 'EUR' },
] satisfies Known;

/** Verrerie Lambert, Baccarat: numbers with a slash. */
const lambert = [
  { number: 'F2026/0871', openAmount: 732000, currency: 'EUR' },
  { number: 'F2026/0902', openAmount: 219000, currency: 'EUR' },
  { number: 'F2026/0960', openAmount: 219000, currency: 'EUR' },
] satisfies Known;

/** Harbor Freightworks, Toledo (Ohio): US dollars, month-first dates. */
const harbor = [
  { number: 'INV-20417', openAmount: 745000, currency: 'USD' },
  { number: 'INV-20433', openAmount: 450000, currency: 'USD' },
  { number: 'INV-20468', openAmount: 450000, currency: 'USD' },
  { number: 'INV-20502', openAmount: 1296000, currency: 'USD' },
] satisfies Known;

/** Pennine Outdoor, Halifax: pounds sterling, day-first dates. */
const pennine = [
  { number: 'SIN/4471', openAmount: 98000, currency: 'GBP' },
  { number: 'SIN/4502', openAmount: 310050, currency: 'GBP' },
  { number: 'SIN/4519', openAmount: 174220, currency: 'GBP' },
] satisfies Known;

/** Van Dijk Tuinbouw, Naaldwijk: writes English as a second language, pays in euros. */
const vanDijk = [
  { number: '2026-INV-0077', openAmount: 125000, currency: 'EUR' },
  { number: '2026-INV-0081', openAmount: 348000, currency: 'EUR' },
] satisfies Known;

/**
 * Second held-out set, written from the definitions by someone who never saw the
 * reader's code or the earlier corpora: run once to measure how the reader generalises.
 */
export const BLIND_2_CORPUS: MailCase[] = [
  // French: promises
  mail({
    id: 'b2-fr-promise-vendredi-outlook',
    subject: 'RE: Relance : facture FC-26-01187 échue',
    sentAt: '2026-11-03T09:40:00+01:00',
    known: caradec,
    text: `Bonjour Madame Perrin,

Toutes mes excuses pour ce retard, la facture est validée depuis hier. Le virement de 2 845,00 € partira vendredi avec notre campagne de paiements hebdomadaire.

Bien cordialement,

Julien Caradec
Responsable administratif et financier
Minoterie Caradec SAS – capital de 250 000 €
ZA de Kerfleury, 29600 Morlaix
Tél. : 02 98 88 14 52
SIRET 428 915 337 00021 – TVA FR 62 428915337

De : Perrin Claire <c.perrin@fournisseur-demo.fr>
Envoyé : lundi 2 novembre 2026 15:18
À : Julien Caradec <j.caradec@minoterie-caradec.fr>
Objet : Relance : facture FC-26-01187 échue

Bonjour Monsieur Caradec,

Sauf erreur de notre part, la facture FC-26-01187 d'un montant de 2 845,00 € TTC, échue le 15 octobre 2026, n'a pas encore été réglée. Pourriez-vous nous indiquer une date de paiement ?

Cordialement,
Claire Perrin
Service recouvrement`,
    expect: {
      intent: 'promise',
      invoices: ['FC-26-01187'],
      amounts: [[284500, 'EUR']],
      promisedDate: '2026-11-06',
    },
  }),
  mail({
    id: 'b2-fr-promise-le-15-mois-prochain-sans-accents',
    subject: 'Re: facture 331042',
    sentAt: '2026-09-22T17:55:00+02:00',
    known: dupuis,
    text: `Bonjour

desole pour le retard, la compta etait en conges. on vous regle la facture 331042 le 15 du mois prochain, c'est notre date de paiement fournisseurs.

cdlt
Patrick Dupuis
Garage Dupuis & Fils
06 12 33 09 17`,
    expect: { intent: 'promise', invoices: ['331042'], promisedDate: '2026-10-15' },
  }),
  mail({
    id: 'b2-fr-promise-fin-de-mois-gmail',
    subject: 'Re: Votre facture F2026/0871',
    sentAt: '2026-04-08T11:20:00+02:00',
    known: lambert,
    text: `Bonjour Sophie,

Nous avons bien la facture dans nos comptes. Avec la trésorerie tendue ce mois-ci, nous ne pourrons la régler qu'en fin de mois : le virement de 7 320,00 € partira le 30 avril.

Bonne journée,
Hélène Lambert
Gérante – Verrerie Lambert SARL
12 rue des Souffleurs, 54120 Baccarat
03 83 75 21 90

Le mar. 7 avr. 2026 à 16:04, Sophie Marchal <s.marchal@fournisseur-demo.fr> a écrit :
> Bonjour Madame Lambert,
>
> La facture F2026/0871 (7 320,00 €) est arrivée à échéance le 31 mars. Pourriez-vous
> nous confirmer sa date de règlement ?
>
> Merci d'avance,
> Sophie Marchal`,
    expect: {
      intent: 'promise',
      invoices: ['F2026/0871'],
      amounts: [[732000, 'EUR']],
      promisedDate: '2026-04-30',
    },
  }),
  mail({
    id: 'b2-fr-promise-sous-huitaine-transfere',
    subject: 'TR: relance FC-26-01203',
    sentAt: '2026-05-12T14:02:00+02:00',
    known: caradec,
    text: `Bonjour,

Je fais suite à votre relance transmise par ma collègue. La FC 26 01203 était bloquée chez nous faute de signature, c'est réglé : vous recevrez le paiement sous huitaine.

Cordialement,

Morgane Le Goff
Comptabilité fournisseurs
Minoterie Caradec – 02 98 88 14 50

-----Message d'origine-----
De : Annaïg Tanguy
Envoyé : mardi 12 mai 2026 09:15
À : Morgane Le Goff
Objet : TR: relance FC-26-01203

Morgane, tu peux regarder ? Ils nous relancent.

De : Perrin Claire <c.perrin@fournisseur-demo.fr>
Envoyé : lundi 11 mai 2026 17:30
Objet : relance FC-26-01203

Bonjour, la facture FC-26-01203 de 960,00 € est échue depuis le 30 avril. Merci de régulariser avant le 15 mai.`,
    expect: { intent: 'promise', invoices: ['FC-26-01203'], promisedDate: '2026-05-20' },
  }),
  mail({
    id: 'b2-fr-promise-date-numerique-jour-mois',
    subject: 'Re: Relance factures',
    sentAt: '2026-11-20T10:30:00+01:00',
    known: lambert,
    text: `Bonjour,

Votre facture F2026-0902 du 28/10 est bien enregistrée. Elle partira avec notre prochain règlement fournisseurs, programmé le 10/12.

Cordialement
Jérôme Roche
Service comptabilité – Verrerie Lambert`,
    expect: { intent: 'promise', invoices: ['F2026/0902'], promisedDate: '2026-12-10' },
  }),
  mail({
    id: 'b2-fr-promise-janvier-annee-suivante',
    subject: 'RE: Facture n°330917',
    sentAt: '2026-12-16T16:45:00+01:00',
    known: dupuis,
    text: `Bonjour Madame,

Suite à notre échange téléphonique, je vous confirme que la facture n°330917 de 1 874,00 € sera réglée le 8 janvier, dès la réouverture de notre service comptable après les fêtes.

Bonnes fêtes de fin d'année,
Patrick Dupuis
Garage Dupuis & Fils – 14 avenue Jean Jaurès, 69007 Lyon
Tél. 04 78 33 11 05

Le mer. 9 déc. 2026 à 09:12, Recouvrement <recouvrement@fournisseur-demo.fr> a écrit :
> Bonjour,
> La facture n°330917 de 1 874,00 € est échue depuis le 30 novembre 2026.
> Merci de nous faire parvenir votre règlement avant le 18 décembre.`,
    expect: {
      intent: 'promise',
      invoices: ['330917'],
      amounts: [[187400, 'EUR']],
      promisedDate: '2027-01-08',
    },
  }),
  mail({
    id: 'b2-fr-promise-mardi-prochain-ecrit-un-jeudi',
    subject: 'facture FC-26-01245',
    sentAt: '2026-10-01T12:10:00+02:00',
    known: caradec,
    text: `Bonjour,

Notre directeur financier a validé le paiement de la facture FC26-01245 (15 300,40 €). Le virement sera exécuté mardi prochain.

Cordialement,
Morgane Le Goff
Comptabilité fournisseurs
Minoterie Caradec SAS
IBAN FR76 3000 4012 4500 0101 2345 678`,
    expect: {
      intent: 'promise',
      invoices: ['FC-26-01245'],
      amounts: [[1530040, 'EUR']],
      promisedDate: '2026-10-06',
    },
  }),
  mail({
    id: 'b2-fr-promise-fin-du-mois-prochain-iphone',
    subject: 'Re: Échéancier',
    sentAt: '2026-02-10T09:05:00+01:00',
    known: lambert,
    text: `Bonjour Sophie,

Comme convenu au téléphone, nous soldons la f2026/0960 fin du mois prochain. Je sais que ce n'est pas idéal, mais nos propres clients nous paient avec retard.

Hélène

Envoyé de mon iPhone`,
    expect: { intent: 'promise', invoices: ['F2026/0960'], promisedDate: '2026-03-31' },
  }),

  // French: remittances
  mail({
    id: 'b2-fr-remit-avis-de-paiement-plusieurs-factures',
    subject: 'Avis de paiement – Minoterie Caradec',
    sentAt: '2026-10-14T08:02:00+02:00',
    known: caradec,
    text: `Madame, Monsieur,

Nous vous informons qu'un virement a été émis ce jour en règlement des pièces suivantes :

Référence        Date pièce    Montant
FC-26-01187      15/09/2026    2 845,00 EUR
FC-26-01203      22/09/2026      960,00 EUR
Total                          3 805,00 EUR

Date de valeur : 14/10/2026
Référence de paiement : VIR-2026-10-0448

Ce message est généré automatiquement, merci de ne pas y répondre.
Service comptabilité fournisseurs – Minoterie Caradec`,
    expect: {
      intent: 'remittance',
      invoices: ['FC-26-01187', 'FC-26-01203'],
      amounts: [
        [284500, 'EUR'],
        [96000, 'EUR'],
        [380500, 'EUR'],
      ],
    },
  }),
  mail({
    id: 'b2-fr-remit-laconique',
    subject: 'RE: 331105',
    sentAt: '2026-07-03T18:40:00+02:00',
    known: dupuis,
    text: `virement parti ce matin pour la 331105, 4 210 €. bon week end
PD`,
    expect: { intent: 'remittance', invoices: ['331105'], amounts: [[421000, 'EUR']] },
  }),
  mail({
    id: 'b2-fr-remit-acompte-partiel',
    subject: 'Facture F2026/0902',
    sentAt: '2026-06-17T15:20:00+02:00',
    known: lambert,
    text: `Bonjour,

Nous avons effectué aujourd'hui un virement partiel de 1 000,00 € sur la facture F2026/0902 (montant total 2 190,00 €).

Cordialement,
Jérôme Roche`,
    expect: {
      intent: 'remittance',
      invoices: ['F2026/0902'],
      amounts: [
        [100000, 'EUR'],
        [219000, 'EUR'],
      ],
    },
  }),
  mail({
    id: 'b2-fr-remit-cheque-poste',
    subject: 'Re: Relance FC-26-01302',
    sentAt: '2026-03-05T10:00:00+01:00',
    known: caradec,
    text: `Bonjour,
Un chèque de 421,80 € (n° 4471235, Crédit Mutuel de Bretagne) vous a été envoyé par courrier le 2 mars pour cette facture.
Cdt,
Morgane Le Goff`,
    expect: { intent: 'remittance', invoices: ['FC-26-01302'], amounts: [[42180, 'EUR']] },
  }),
  mail({
    id: 'b2-fr-remit-confirmation-banque-transferee',
    subject: "TR: Confirmation d'exécution de votre ordre de virement",
    sentAt: '2026-08-27T11:32:00+02:00',
    known: caradec,
    text: `Bonjour,

Pour info, ci-dessous la confirmation de notre banque pour le règlement de la FC-26-01245 (15 300,40 €).

Bonne journée
Julien Caradec

---------- Message transféré ---------
De : Crédit Agricole Finistère <ne-pas-repondre@ca-finistere.fr>
Date : jeu. 27 août 2026 à 09:14
Objet : Confirmation d'exécution de votre ordre de virement
À : <j.caradec@minoterie-caradec.fr>

Votre ordre de virement SEPA a été exécuté.
Montant : 15 300,40 EUR
Bénéficiaire : FOURNISSEUR DEMO SAS
IBAN bénéficiaire : FR76 3000 3034 5000 0502 6118 904
Référence : FC-26-01245
Date d'exécution : 27/08/2026`,
    expect: { intent: 'remittance', invoices: ['FC-26-01245'], amounts: [[1530040, 'EUR']] },
  }),

  // French: disputes
  mail({
    id: 'b2-fr-dispute-prix-unitaire-contrat',
    subject: 'Contestation facture FC-26-01187',
    sentAt: '2026-09-29T14:30:00+02:00',
    known: caradec,
    text: `Bonjour,

Nous ne pouvons pas valider la facture FC-26-01187 en l'état : les sacs kraft 25 kg y sont facturés 0,62 € HT l'unité alors que notre contrat annuel prévoit 0,55 € HT. Sur 4 000 sacs, cela représente 280,00 € HT d'écart.

Merci de nous adresser un avoir pour la différence ou une facture rectifiée.

Cordialement,
Julien Caradec
DAF – Minoterie Caradec SAS au capital de 250 000 €`,
    expect: {
      intent: 'dispute',
      invoices: ['FC-26-01187'],
      amounts: [
        [62, 'EUR'],
        [55, 'EUR'],
        [28000, 'EUR'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b2-fr-dispute-quantite-bon-de-livraison',
    subject: 'RE: Relance facture n° 331105',
    sentAt: '2026-07-09T09:50:00+02:00',
    known: dupuis,
    text: `Bonjour,

Il y a une erreur sur la facture : vous nous facturez 40 pneus alors que le bon de livraison BL 2026-07781, signé par mon chef d'atelier, n'en mentionne que 32. Il en manque 8. Merci de corriger avant que je règle quoi que ce soit.

Patrick Dupuis
Garage Dupuis & Fils
Tél. 04 78 33 11 05 – Port. 06 12 33 09 17

De : Recouvrement <recouvrement@fournisseur-demo.fr>
Envoyé : mercredi 8 juillet 2026 10:02
À : contact@garage-dupuis.fr
Objet : Relance facture n° 331105

Bonjour,
Nous restons dans l'attente du règlement de la facture n° 331105 de 4 210,00 €, échue le 30 juin 2026.`,
    expect: {
      intent: 'dispute',
      invoices: ['331105'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b2-fr-dispute-moules-fissures',
    subject: 'Litige livraison – F2026/0871',
    sentAt: '2026-03-24T16:15:00+01:00',
    known: lambert,
    text: `Bonjour,

Nous avons réceptionné le 19 mars les moules de la commande facturée sur la F2026/0871. Deux d'entre eux sont arrivés fissurés (photos jointes, réserves notées sur le récépissé du transporteur n° 6J00483921). Ils sont inutilisables en production.

Nous suspendons le paiement de cette facture jusqu'au remplacement des pièces ou l'émission d'un avoir.

Hélène Lambert
Verrerie Lambert SARL
SIRET 512 884 106 00019`,
    expect: {
      intent: 'dispute',
      invoices: ['F2026/0871'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b2-fr-dispute-jamais-livre-siret-piege',
    subject: 'Re: Relance 2e niveau – facture n°331042',
    sentAt: '2026-10-20T11:05:00+02:00',
    known: dupuis,
    text: `Bonjour,

Je ne comprends pas cette relance : les plaquettes de frein de cette facture n'ont jamais été livrées. Votre transporteur a noté "client absent" le 2 octobre alors que le garage était ouvert, et depuis plus rien. Pas de marchandise, pas de paiement.

Patrick Dupuis
Garage Dupuis & Fils
SIRET 412 330 917 00028

Le ven. 16 oct. 2026 à 08:30, Recouvrement <recouvrement@fournisseur-demo.fr> a écrit :
> Relance 2e niveau : la facture n°331042 de 652,30 € reste impayée malgré notre premier rappel.
> Sans règlement sous 8 jours, nous suspendrons vos livraisons.`,
    expect: {
      intent: 'dispute',
      invoices: ['331042'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b2-fr-dispute-facture-jamais-recue-releve',
    subject: 'RE: Relevé de compte au 30/09',
    sentAt: '2026-10-06T10:12:00+02:00',
    known: caradec,
    text: `Bonjour,

Sur votre relevé figure une facture FC-26-01302 de 421,80 € que nous n'avons jamais reçue, ni par courrier ni sur notre adresse factures@minoterie-caradec.fr. Nous ne pouvons pas la régler sans l'original : merci de nous la transmettre.

Les autres lignes du relevé sont conformes.

Morgane Le Goff
Comptabilité fournisseurs`,
    expect: {
      intent: 'dispute',
      invoices: ['FC-26-01302'],
      amounts: [[42180, 'EUR']],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b2-fr-dispute-sans-bon-de-commande',
    subject: 'Facture 330917 rejetée',
    sentAt: '2026-06-02T09:30:00+02:00',
    known: dupuis,
    text: `Bonjour,

Votre facture 330917 nous a été retournée par notre plateforme de dématérialisation : elle ne comporte aucun numéro de bon de commande, et sans BC notre circuit de validation la bloque automatiquement.

Merci de nous la rééditer en mentionnant la commande n° 4500331042.

Cordialement,
Nadia Berrada
Comptabilité fournisseurs – Groupe Dupuis Auto`,
    expect: {
      intent: 'dispute',
      invoices: ['330917'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b2-fr-dispute-double-facturation',
    subject: 'Factures F2026/0902 et F2026/0960',
    sentAt: '2026-07-15T15:45:00+02:00',
    known: lambert,
    text: `Bonjour,

La facture F2026/0960 reprend exactement la même livraison que la F2026/0902 (BL du 3 juillet, même montant de 2 190,00 €). Il s'agit manifestement d'une double facturation : merci d'annuler la F2026/0960 par un avoir.

Cordialement,
Jérôme Roche`,
    expect: {
      intent: 'dispute',
      invoices: ['F2026/0902', 'F2026/0960'],
      amounts: [[219000, 'EUR']],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b2-fr-dispute-deja-payee-mise-en-demeure',
    subject: 'Re: Mise en demeure – FC-26-01203',
    sentAt: '2026-11-24T13:00:00+01:00',
    known: caradec,
    text: `Bonjour,

Je suis surpris de recevoir une mise en demeure : cette facture a déjà été payée le 2 novembre par virement de 960,00 € (référence VIR-2026-11-0112). Je vous joins l'avis de débit de notre banque.

Merci de vérifier vos encaissements et d'annuler cette procédure.

Julien Caradec
DAF – Minoterie Caradec
Tél. 02 98 88 14 52 – j.caradec@minoterie-caradec.fr`,
    expect: {
      intent: 'dispute',
      invoices: ['FC-26-01203'],
      amounts: [[96000, 'EUR']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b2-fr-dispute-mauvaise-raison-sociale',
    subject: 'Facture F2026-0871 – mauvaise raison sociale',
    sentAt: '2026-01-20T10:40:00+01:00',
    known: lambert,
    text: `Bonjour,

La facture est libellée au nom de Verrerie Lambert & Fils, qui n'existe plus depuis la fusion de l'an dernier. Notre comptable ne peut pas l'enregistrer : merci de la rééditer au nom de Verrerie Lambert SARL, 12 rue des Souffleurs, 54120 Baccarat, SIREN 512 884 106, TVA FR 40 512884106.

Le montant et le détail de la facture ne posent aucun problème.

Hélène Lambert`,
    expect: {
      intent: 'dispute',
      invoices: ['F2026/0871'],
      disputeCategory: 'other',
    },
  }),
  mail({
    id: 'b2-fr-dispute-remise-non-appliquee',
    subject: 'remise',
    sentAt: '2026-05-27T08:55:00+02:00',
    known: dupuis,
    text: `bonjour
sur la fact n° 331042 la remise de 10% negociee avec votre commercial M. Favre n'apparait pas. on attend la facture corrigee pour payer
merci
P. Dupuis`,
    expect: {
      intent: 'dispute',
      invoices: ['331042'],
      disputeCategory: 'price',
    },
  }),

  // French: other
  mail({
    id: 'b2-fr-other-absence-retour-le-16',
    subject: 'Réponse automatique : Relance facture FC-26-01203',
    sentAt: '2026-11-02T15:18:10+01:00',
    known: caradec,
    text: `Bonjour,

Je suis absente du lundi 2 au vendredi 13 novembre inclus, avec un accès limité à ma messagerie. Je serai de retour le lundi 16 novembre.

Pour toute question urgente concernant les paiements fournisseurs, merci de contacter Julien Caradec au 02 98 88 14 52.

Morgane Le Goff`,
    expect: { intent: 'other', invoices: ['FC-26-01203'] },
  }),
  mail({
    id: 'b2-fr-other-demande-de-releve',
    subject: 'Demande de relevé de compte',
    sentAt: '2026-01-12T09:20:00+01:00',
    known: dupuis,
    text: `Bonjour,

Dans le cadre de notre clôture annuelle, pourriez-vous nous adresser un relevé de compte arrêté au 31/12/2025, avec le détail des factures non soldées ? Notre commissaire aux comptes nous demande également une confirmation de solde.

Merci par avance,
Nadia Berrada
Comptabilité fournisseurs – Groupe Dupuis Auto
4 rue de la Gare, 69007 Lyon – SIRET 412 330 917 00028`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b2-fr-other-paiement-par-carte',
    subject: 'Règlement par carte ?',
    sentAt: '2026-04-21T17:05:00+02:00',
    known: lambert,
    text: `Bonjour,

Est-il possible de régler la facture F2026/0960 par carte bancaire ou par prélèvement ? Nous aimerions éviter les virements manuels. Si oui, y a-t-il des frais ?

Merci,
Hélène Lambert`,
    expect: { intent: 'other', invoices: ['F2026/0960'] },
  }),
  mail({
    id: 'b2-fr-other-aucun-litige-attente-signature',
    subject: 'RE: facture FC-26-01245',
    sentAt: '2026-09-08T10:25:00+02:00',
    known: caradec,
    text: `Bonjour Claire,

Pour être clair : aucun litige sur cette facture, ni sur le prix ni sur les quantités, et la livraison était conforme. Elle attend simplement la deuxième signature dans notre outil de validation, je relance notre directeur.

Je reviens vers vous dès que j'ai une date de paiement.

Julien

De : Perrin Claire <c.perrin@fournisseur-demo.fr>
Envoyé : lundi 7 septembre 2026 11:40
À : Julien Caradec
Objet : facture FC-26-01245

Bonjour Julien, y a-t-il un problème sur la facture FC-26-01245 (15 300,40 €) ? Elle est échue depuis le 31 août.`,
    expect: { intent: 'other', invoices: ['FC-26-01245'] },
  }),
  mail({
    id: 'b2-fr-other-verification-changement-iban',
    subject: 'Changement de coordonnées bancaires ?',
    sentAt: '2026-02-25T11:50:00+01:00',
    known: dupuis,
    text: `Bonjour,

Nous avons reçu ce matin un courrier à votre en-tête nous demandant de verser désormais nos règlements sur un nouveau compte : IBAN FR76 1695 8000 0133 1042 5566 219.

Avant de modifier quoi que ce soit dans notre fichier fournisseurs, pouvez-vous nous confirmer par téléphone que cette demande vient bien de vous ?

Cordialement,
Nadia Berrada
Groupe Dupuis Auto – 04 78 33 10 00`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b2-fr-other-bien-recu-transmis',
    subject: 'RE: Relance facture F2026/0902',
    sentAt: '2026-06-30T09:10:00+02:00',
    known: lambert,
    text: `Bien reçu, je transmets à notre cabinet comptable qui gère les paiements.
Hélène

-----Original Message-----
From: Sophie Marchal <s.marchal@fournisseur-demo.fr>
Sent: Monday, June 29, 2026 4:45 PM
To: Hélène Lambert <h.lambert@verrerie-lambert.fr>
Subject: Relance facture F2026/0902

Bonjour, la facture F2026/0902 de 2 190,00 € est échue depuis le 15 juin. Nous vous remercions de bien vouloir procéder à son règlement avant le 3 juillet.`,
    expect: { intent: 'other', invoices: ['F2026/0902'] },
  }),
  mail({
    id: 'b2-fr-other-duplicata-demande',
    subject: 'Demande de duplicata',
    sentAt: '2026-09-14T14:00:00+02:00',
    known: caradec,
    text: `Bonjour,

Pourriez-vous nous envoyer un duplicata de la facture FC-26-01245 ? L'original a été égaré lors de notre déménagement et notre expert-comptable en a besoin pour la saisie.

Merci d'avance,
Morgane Le Goff
Minoterie Caradec – 02 98 88 14 50`,
    expect: { intent: 'other', invoices: ['FC-26-01245'] },
  }),

  // English: promises
  mail({
    id: 'b2-en-promise-next-tuesday-check-run',
    subject: 'RE: Past due: INV-20417',
    sentAt: '2026-10-15T13:20:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Hi Rachel,

Sorry for the delay on this one. INV-20417 ($7,450.00) has been approved and will go out with next Tuesday's check run.

Thanks,
Mike Sullivan
AP Specialist | Harbor Freightworks Inc.
1450 Industrial Pkwy, Suite 200, Toledo, OH 43612
Direct: (419) 555-0148 | Fax: (419) 555-0199

-----Original Message-----
From: Rachel Green <rgreen@supplier-demo.com>
Sent: Wednesday, October 14, 2026 9:02 AM
To: AP <ap@harborfreightworks.com>
Subject: Past due: INV-20417

Hello,
Our records show INV-20417 for $7,450.00, due September 30, 2026, is still open. Could you share a payment date?`,
    expect: {
      intent: 'promise',
      invoices: ['INV-20417'],
      amounts: [[745000, 'USD']],
      promisedDate: '2026-10-20',
    },
  }),
  mail({
    id: 'b2-en-promise-by-the-20th-uk-signature-numbers',
    subject: 'Re: Statement – overdue items',
    sentAt: '2026-05-06T10:45:00+01:00',
    timeZone: LONDON,
    known: pennine,
    text: `Hi Tom,

Thanks for the statement. SIN/4471 and SIN/4502 will both be paid by the 20th – our payment run was pushed back a fortnight because of the year-end audit.

Kind regards,

Sarah Whitfield
Finance Manager
Pennine Outdoor Ltd
Unit 4, Calder Valley Business Park, Halifax HX3 9QT
T: 01422 555 871
Company No. 08834519 | VAT GB 284 4471 93`,
    expect: {
      intent: 'promise',
      invoices: ['SIN/4471', 'SIN/4502'],
      promisedDate: '2026-05-20',
    },
  }),
  mail({
    id: 'b2-en-promise-end-of-next-week-non-native',
    subject: 'RE: reminder 2026-INV-0077',
    sentAt: '2026-06-10T09:15:00+02:00',
    known: vanDijk,
    text: `Dear Madam,

Excuse for the late answer. The invoice is now approved by our controller, we will do the payment end of next week.

With kind regards / Met vriendelijke groet,

Pieter van Dijk
Van Dijk Tuinbouw B.V.
Kwekerijweg 12, 2691 Naaldwijk, Nederland
Tel +31 174 555 077
KvK 27114471 | BTW NL812345677B01`,
    expect: { intent: 'promise', invoices: ['2026-INV-0077'], promisedDate: '2026-06-19' },
  }),
  mail({
    id: 'b2-en-promise-within-10-days-cfo',
    subject: 'INV-20433',
    sentAt: '2026-08-04T15:00:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Rachel – we're short on cash this month after a customer of ours went bankrupt, but I can commit to paying INV-20433 within 10 days. Appreciate your patience.

Dan Kowalski
CFO, Harbor Freightworks Inc.
Sent from my iPhone`,
    expect: { intent: 'promise', invoices: ['INV-20433'], promisedDate: '2026-08-14' },
  }),
  mail({
    id: 'b2-en-promise-us-month-first-date',
    subject: 'RE: INV-20502 – payment status',
    sentAt: '2026-10-28T11:30:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Hi Rachel,

INV-20502 is in our system under PO 77120-B and is approved for payment. It will be released on 11/06 by ACH.

Best,
Mike Sullivan
AP Specialist | Harbor Freightworks Inc.
(419) 555-0148`,
    expect: { intent: 'promise', invoices: ['INV-20502'], promisedDate: '2026-11-06' },
  }),
  mail({
    id: 'b2-en-promise-by-dec-15-other-date-nearby',
    subject: 'Re: Overdue balance',
    sentAt: '2026-11-30T16:10:00-05:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Rachel,

We'll pay the full $4,500.00 on INV-20468 by Dec 15. Our lender releases the next draw on the 10th, so that date is safe.

Dan`,
    expect: {
      intent: 'promise',
      invoices: ['INV-20468'],
      amounts: [[450000, 'USD']],
      promisedDate: '2026-12-15',
    },
  }),
  mail({
    id: 'b2-en-promise-end-of-month-run-gmail',
    subject: 'Re: SIN/4519 overdue',
    sentAt: '2026-03-11T08:50:00+00:00',
    timeZone: LONDON,
    known: pennine,
    text: `Morning Tom,

Apologies – this one slipped through. I've added SIN 4519 to our end-of-month payment run for the full £1,742.20.

Sarah

On Tue, 10 Mar 2026 at 14:22, Tom Baker <tbaker@supplier-demo.co.uk> wrote:
> Hi Sarah,
> SIN/4519 for £1,742.20 fell due on 28 February. Could you let me know when we can expect payment?
> Thanks, Tom`,
    expect: {
      intent: 'promise',
      invoices: ['SIN/4519'],
      amounts: [[174220, 'GBP']],
      promisedDate: '2026-03-31',
    },
  }),
  mail({
    id: 'b2-en-promise-tomorrow-one-liner',
    subject: 'Re: INV-20417',
    sentAt: '2026-03-03T17:45:00-05:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `will wire it tomorrow morning
- Dan

Sent from my iPhone

> On Mar 3, 2026, at 2:10 PM, Rachel Green <rgreen@supplier-demo.com> wrote:
>
> Dan, any update on INV-20417? It's now 45 days past due.`,
    expect: { intent: 'promise', invoices: ['INV-20417'], promisedDate: '2026-03-04' },
  }),

  // English: remittances
  mail({
    id: 'b2-en-remit-advice-two-invoices-partial',
    subject: 'Remittance Advice - Payment 000184522',
    sentAt: '2026-09-18T07:02:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `REMITTANCE ADVICE

Payer: Harbor Freightworks Inc.
Payment number: 000184522
Payment method: ACH
Payment date: 09/18/2026

Invoice Number    Invoice Date    Amount Paid
INV-20417         07/31/2026      $7,450.00
INV-20433         08/14/2026      $2,000.00
Total paid                        $9,450.00

This is an automated message from our accounts payable system. Please do not reply.`,
    expect: {
      intent: 'remittance',
      invoices: ['INV-20417', 'INV-20433'],
      amounts: [
        [745000, 'USD'],
        [200000, 'USD'],
        [945000, 'USD'],
      ],
    },
  }),
  mail({
    id: 'b2-en-remit-terse-ach-trace',
    subject: 'RE: INV-20468',
    sentAt: '2026-07-21T12:00:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Paid today via ACH, trace # 021000021843390. Should hit your account in 1-2 business days.

Mike`,
    expect: { intent: 'remittance', invoices: ['INV-20468'] },
  }),
  mail({
    id: 'b2-en-remit-bacs-full-settlement',
    subject: 'Payment – SIN/4502',
    sentAt: '2026-04-15T14:35:00+01:00',
    timeZone: LONDON,
    known: pennine,
    text: `Hello,

Please be advised that we have today paid £3,100.50 by BACS in full settlement of invoice SIN-4502.

Our remittance reference is PENN-0415.

Regards,
Accounts Payable
Pennine Outdoor Ltd
Registered in England & Wales No. 08834519
Registered office: Unit 4, Calder Valley Business Park, Halifax HX3 9QT`,
    expect: { intent: 'remittance', invoices: ['SIN/4502'], amounts: [[310050, 'GBP']] },
  }),
  mail({
    id: 'b2-en-remit-wire-confirmation-forwarded',
    subject: 'FW: Outgoing wire confirmation',
    sentAt: '2026-12-22T10:05:00-05:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Rachel,

See the bank's confirmation below – $12,960.00 wired this morning for INV-20502. Happy holidays!

Dan

---------- Forwarded message ---------
From: Fifth Third Bank <alerts@53.com>
Date: Tue, Dec 22, 2026 at 9:41 AM
Subject: Outgoing wire confirmation
To: <dkowalski@harborfreightworks.com>

Your outgoing wire has been sent.
Amount: $12,960.00
Beneficiary: SUPPLIER DEMO SAS
Beneficiary account: FR7630003034500005026118904
SWIFT/BIC: SOGEFRPP
Reference: INV-20502
Fed reference: 20261222MMQFMP2L000412`,
    expect: { intent: 'remittance', invoices: ['INV-20502'], amounts: [[1296000, 'USD']] },
  }),
  mail({
    id: 'b2-en-remit-non-native-european-notation',
    subject: 'RE: open invoices Van Dijk',
    sentAt: '2026-09-03T08:40:00+02:00',
    known: vanDijk,
    text: `Hello Madam Marchal,

We have made the transfer yesterday of 3.480,00 EUR for the invoice 2026 INV 0081, value date 2 september.

Greetings,
Pieter van Dijk`,
    expect: { intent: 'remittance', invoices: ['2026-INV-0081'], amounts: [[348000, 'EUR']] },
  }),
  mail({
    id: 'b2-en-remit-check-mailed-monday',
    subject: 'Re: INV-20433 past due',
    sentAt: '2026-05-14T09:55:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Hi Rachel,

Check #10452 for $4,500.00 was mailed on Monday (5/11) to your lockbox in Chicago. Please let me know if it hasn't arrived by next week.

Thanks,
Linda Park
Accounts Payable
Harbor Freightworks Inc. | 419-555-0148 ext. 212`,
    expect: { intent: 'remittance', invoices: ['INV-20433'], amounts: [[450000, 'USD']] },
  }),
  mail({
    id: 'b2-en-remit-part-payment-faster-payments',
    subject: 'Part payment SIN/4471',
    sentAt: '2026-10-07T11:00:00+01:00',
    timeZone: LONDON,
    known: pennine,
    text: `Hi Tom,

Just to let you know we sent £500.00 towards this invoice this morning by Faster Payments. That leaves £480.00 outstanding on it.

Cheers,
Sarah`,
    expect: {
      intent: 'remittance',
      invoices: ['SIN/4471'],
      amounts: [
        [50000, 'GBP'],
        [48000, 'GBP'],
      ],
    },
  }),

  // English: disputes
  mail({
    id: 'b2-en-dispute-price-per-roll',
    subject: 'INV-20417 – pricing discrepancy',
    sentAt: '2026-08-19T10:20:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Hi Rachel,

We can't approve INV-20417 as billed. The pallet wrap is invoiced at $48.00 per roll, but our 2026 pricing agreement (signed in January) has it at $42.50. Over 140 rolls that's $770.00 overbilled.

Please send a corrected invoice or a credit memo for the difference.

Mike Sullivan
AP Specialist | Harbor Freightworks Inc.`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-20417'],
      amounts: [
        [4800, 'USD'],
        [4250, 'USD'],
        [77000, 'USD'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b2-en-dispute-short-shipped-outlook',
    subject: 'RE: Reminder: SIN/4519',
    sentAt: '2026-03-17T15:40:00+00:00',
    timeZone: LONDON,
    known: pennine,
    text: `Tom,

We were short-shipped on this order: the invoice bills us for 60 tents but only 48 arrived (see our goods-in note GRN 22871, attached). Please credit the 12 missing units.

Sarah Whitfield
Finance Manager, Pennine Outdoor Ltd
01422 555 871

From: Tom Baker <tbaker@supplier-demo.co.uk>
Sent: 16 March 2026 09:30
To: Sarah Whitfield
Subject: Reminder: SIN/4519

Hi Sarah, SIN/4519 (£1,742.20) is now 30 days overdue. Can you confirm a payment date?`,
    expect: {
      intent: 'dispute',
      invoices: ['SIN/4519'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b2-en-dispute-crushed-pallets',
    subject: 'Damaged delivery – INV 20468',
    sentAt: '2026-06-23T14:05:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Hello,

The shipment billed on INV 20468 arrived with two pallets crushed and the shrink wrap torn; about a third of the cartons are water-damaged and unsellable. The driver signed the BOL with exceptions (BOL 884102377, PRO# 0417-556201).

We are holding payment on this invoice until you either replace the damaged goods or issue a credit.

Regards,
Linda Park
Harbor Freightworks Inc.`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-20468'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b2-en-dispute-never-delivered-tracking',
    subject: 'Re: Second reminder INV-20502',
    sentAt: '2026-11-10T09:30:00-05:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Rachel,

We never received this shipment. Your tracking number 1Z9W4R204330388124 shows "delivered" to a dock we don't have, and nothing came into our warehouse. We won't pay until the goods show up or you can prove delivery.

Dan

On Mon, Nov 9, 2026 at 8:15 AM Rachel Green <rgreen@supplier-demo.com> wrote:
> Hi Dan,
> INV-20502 for $12,960.00 is now 20 days past due. Please arrange payment by November 13.`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-20502'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b2-en-dispute-invoice-never-received',
    subject: 'RE: Overdue: SIN/4471',
    sentAt: '2026-01-27T13:15:00+00:00',
    timeZone: LONDON,
    known: pennine,
    text: `Hi,

I'm afraid we have never received this invoice – it isn't on our ledger and nothing came through to invoices@pennineoutdoor.co.uk. That's why it hasn't been paid. Please send it over and I'll get it processed.

Kind regards,
Sarah Whitfield`,
    expect: {
      intent: 'dispute',
      invoices: ['SIN/4471'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b2-en-dispute-missing-po-ap-automation',
    subject: 'Invoice rejected – no PO',
    sentAt: '2026-04-28T08:30:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Good morning,

Your invoice INV20433 was rejected by our AP automation because it doesn't reference a purchase order. All vendor invoices must quote a valid PO number to be matched.

The correct PO for this order is 4500020417. Please reissue the invoice with that PO and resubmit it to invoices@harborfreightworks.com.

Thank you,
Linda Park
Accounts Payable – Harbor Freightworks Inc.`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-20433'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b2-en-dispute-charged-twice-lowercase',
    subject: 'Duplicate invoice?',
    sentAt: '2026-09-09T16:00:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Hi Rachel,

inv-20468 looks like a duplicate of inv-20433: same PO (77120-B), same ship date, same $4,500.00. You've charged us twice for one delivery, so please void inv-20468.

Thanks,
Mike`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-20433', 'INV-20468'],
      amounts: [[450000, 'USD']],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b2-en-dispute-settled-in-june-final-notice',
    subject: 'RE: Final notice - SIN/4502',
    sentAt: '2026-07-01T12:25:00+01:00',
    timeZone: LONDON,
    known: pennine,
    text: `Tom,

This invoice was settled in full on 12 June – £3,100.50 by BACS, reference PENN-0612. Please check your receipts before sending final notices; I've attached our bank statement line.

Sarah

-----Original Message-----
From: Credit Control <creditcontrol@supplier-demo.co.uk>
Sent: 30 June 2026 17:02
To: accounts@pennineoutdoor.co.uk
Subject: Final notice - SIN/4502

FINAL NOTICE: SIN/4502, £3,100.50, due 15 May 2026. Unless payment is received by 7 July 2026 we will place your account on stop.`,
    expect: {
      intent: 'dispute',
      invoices: ['SIN/4502'],
      amounts: [[310050, 'GBP']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b2-en-dispute-vat-number-missing',
    subject: '2026-INV-0081 cannot be booked',
    sentAt: '2026-08-11T10:10:00+02:00',
    known: vanDijk,
    text: `Dear Sophie,

Your invoice 2026-inv-0081 is missing our VAT number and the mention of reverse charge ("autoliquidation"). Without this our accountant can not book it, so we cannot pay it in this form. Please send a corrected invoice with our VAT number NL812345677B01.

The amount is correct, that is no problem.

Best regards,
Pieter van Dijk
Van Dijk Tuinbouw B.V.`,
    expect: {
      intent: 'dispute',
      invoices: ['2026-INV-0081'],
      disputeCategory: 'other',
    },
  }),

  // English: other
  mail({
    id: 'b2-en-other-out-of-office-until-monday',
    subject: 'Automatic reply: Past due: INV-20417',
    sentAt: '2026-11-05T09:02:00-05:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Thank you for your email. I am out of the office until Monday, November 16, with limited access to email. For urgent accounts payable matters, please contact ap@harborfreightworks.com or call (419) 555-0100.

Mike Sullivan`,
    expect: { intent: 'other', invoices: ['INV-20417'] },
  }),
  mail({
    id: 'b2-en-other-statement-request-half-year',
    subject: 'Statement request',
    sentAt: '2026-10-01T09:00:00+01:00',
    timeZone: LONDON,
    known: pennine,
    text: `Hi,

Could you please send us a full statement of account as at 30 September 2026? We're reconciling our supplier ledger for the half-year and want to make sure we have every open item.

Many thanks,
Jenny Holt
Purchase Ledger Clerk
Pennine Outdoor Ltd`,
    expect: { intent: 'other' },
  }),
  mail({
    id: 'b2-en-other-card-or-ach-question',
    subject: 'Paying by card?',
    sentAt: '2026-05-19T15:30:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Hi Rachel,

Quick question before I set up INV-20502: do you accept credit card or only ACH/wire? If card is OK, is there a surcharge? And can you confirm your remit-to bank details haven't changed since last year?

Thanks,
Linda`,
    expect: { intent: 'other', invoices: ['INV-20502'] },
  }),
  mail({
    id: 'b2-en-other-no-dispute-awaiting-sign-off',
    subject: 'RE: INV-20468 status',
    sentAt: '2026-08-26T11:45:00-04:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Rachel,

To be clear, there's no dispute on this one – pricing and quantities match our PO and the goods arrived in good condition. It's sitting in our approval workflow waiting for the plant manager's sign-off. I'll let you know as soon as it's released.

Mike`,
    expect: { intent: 'other', invoices: ['INV-20468'] },
  }),
  mail({
    id: 'b2-en-other-resend-pdf-non-native',
    subject: 'Copy of invoice',
    sentAt: '2026-02-18T10:30:00+01:00',
    known: vanDijk,
    text: `Hello,

Can you please send again the PDF of 2026-INV-0077? Our new accounting software asks the original file to attach it to the booking.

Thanks a lot,
Anouk de Vries
Administratie – Van Dijk Tuinbouw B.V.
+31 174 555 078`,
    expect: { intent: 'other', invoices: ['2026-INV-0077'] },
  }),
  mail({
    id: 'b2-en-other-w9-vendor-setup',
    subject: 'Vendor setup – W-9 needed',
    sentAt: '2026-01-08T14:20:00-05:00',
    timeZone: NEW_YORK,
    known: harbor,
    text: `Hello,

We are moving to a new ERP and need to set you up again as a vendor. Please send a signed W-9 and your remit-to address so that payments continue without interruption.

Best regards,
Linda Park
Accounts Payable – Harbor Freightworks Inc.
1450 Industrial Pkwy, Suite 200, Toledo, OH 43612`,
    expect: { intent: 'other' },
  }),
];
