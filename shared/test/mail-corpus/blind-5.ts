import { mail, type MailCase } from './mail-case.ts';

type Known = Parameters<typeof mail>[0]['known'];

/** Hôtels Solenza: hotel chain (Paris, Lyon, Nice, Brussels, Luxembourg, La Réunion) buying linen services, invoiced in euros. */
const solenza = [
  { number: 'FAC-26-01187', openAmount: 342000, currency: 'EUR' },
  { number: 'FAC-26-01204', openAmount: 1287550, currency: 'EUR' },
  { number: 'FAC-26-01322', openAmount: 96000, currency: 'EUR' },
  { number: 'FAC-26-01410', openAmount: 548040, currency: 'EUR' },
  { number: 'FAC-26-01455', openAmount: 215000, currency: 'EUR' },
] satisfies Known;

/** Coopérative Agricole Atlas Souss: Moroccan agricultural cooperative (Agadir, Marrakech) buying seeds, invoiced in dirhams. */
const atlasSouss = [
  { number: 'FA/2026/0093', openAmount: 1250000, currency: 'MAD' },
  { number: 'FA/2026/0118', openAmount: 4872000, currency: 'MAD' },
  { number: 'FA/2026/0141', openAmount: 763050, currency: 'MAD' },
  { number: 'FA/2026/0156', openAmount: 936000, currency: 'MAD' },
] satisfies Known;

/** Collège des Hautes-Rives: private secondary school in Laval (Québec) buying textbooks and lab equipment, invoiced in Canadian dollars. */
const hautesRives = [
  { number: 'F2026.0457', openAmount: 418500, currency: 'CAD' },
  { number: 'F2026.0471', openAmount: 92675, currency: 'CAD' },
  { number: 'F2026.0502', openAmount: 1560000, currency: 'CAD' },
] satisfies Known;

/** Northgate Software Solutions: US software reseller (New York, Chicago, Austin, Los Angeles) buying licences, invoiced in US dollars. */
const northgate = [
  { number: 'INV-26-4518', openAmount: 1873500, currency: 'USD' },
  { number: 'INV-26-4602', openAmount: 642000, currency: 'USD' },
  { number: 'INV-26-4677', openAmount: 239900, currency: 'USD' },
  { number: 'INV-26-4731', openAmount: 1105000, currency: 'USD' },
  { number: 'INV-26-4790', openAmount: 384000, currency: 'USD' },
  { number: 'INV-26-4812', openAmount: 957000, currency: 'USD' },
] satisfies Known;

/** Ashgrove Events: event agency (London, Manchester, Leeds, Dublin) hiring AV and transport, invoiced in pounds sterling. */
const ashgrove = [
  { number: 'EV26/0312', openAmount: 487500, currency: 'GBP' },
  { number: 'EV26/0347', openAmount: 126000, currency: 'GBP' },
  { number: 'EV26/0388', openAmount: 2314000, currency: 'GBP' },
  { number: 'EV26/0401', openAmount: 72050, currency: 'GBP' },
  { number: 'EV26/0415', openAmount: 184000, currency: 'GBP' },
  { number: 'EV26/0429', openAmount: 615000, currency: 'GBP' },
] satisfies Known;

/** Coastline Civil & Formwork: Australian construction subcontractor buying concrete and pump hire; bare six-digit invoice numbers, invoiced in Australian dollars. */
const coastline = [
  { number: '504127', openAmount: 1386000, currency: 'AUD' },
  { number: '504233', openAmount: 230000, currency: 'AUD' },
  { number: '504298', openAmount: 567525, currency: 'AUD' },
  { number: '504310', openAmount: 115000, currency: 'AUD' },
] satisfies Known;

/** Fifth held-out set, written from the definitions by someone who never saw the reader's code or the earlier corpora: run once to measure how the reader generalises. */
export const BLIND_5_CORPUS: MailCase[] = [
  // ───────────────────────────── French: promises ─────────────────────────────
  mail({
    id: 'b5-fr-promise-vendredi-paris',
    subject: 'RE: Relance facture FAC-26-01187 – échéance dépassée',
    sentAt: '2026-10-14T10:32:00+02:00',
    known: solenza,
    text: `Bonjour Madame Fontanel,

Merci pour votre relance. La facture FAC-26-01187 de 3 420,00 € a été validée hier par notre directeur financier ; le virement partira vendredi avec notre campagne de paiements fournisseurs.

Bien cordialement,

Nathalie Berthier
Comptable fournisseurs – Hôtels Solenza SAS
18 rue de Provence, 75009 Paris
Tél. : 01 53 24 71 90 – Fax : 01 53 24 71 99
SIRET 842 517 936 00024 – TVA FR47842517936
SAS au capital de 1 250 000 €

Le mar. 13 oct. 2026 à 16:48, Claire Fontanel <c.fontanel@linvia.fr> a écrit :
> Bonjour,
>
> Sauf erreur de notre part, la facture FAC-26-01187 d'un montant de 3 420,00 € TTC, échue le 30/09/2026, reste impayée à ce jour.
> Pourriez-vous nous indiquer une date de règlement ?
>
> Cordialement,
> Claire Fontanel
> Linvia – Service recouvrement
> 04 72 10 55 80
`,
    expect: {
      intent: 'promise',
      invoices: ['FAC-26-01187'],
      amounts: [[342000, 'EUR']],
      promisedDate: '2026-10-16',
    },
  }),
  mail({
    id: 'b5-fr-promise-fin-du-mois-bruxelles',
    subject: 'Factures FAC-26-01204 / FAC-26-01322',
    sentAt: '2026-11-05T14:05:00+01:00',
    timeZone: 'Europe/Brussels',
    known: solenza,
    text: `Bonjour,

Suite à notre entretien téléphonique de ce matin, je vous confirme que les factures FAC-26-01204 et FAC-26-01322, soit 13 835,50 € au total, seront payées pour la fin du mois. Le retard est dû au changement de notre logiciel comptable, qui a bloqué tous les paiements pendant trois semaines.

Toutes nos excuses pour ce contretemps.

Cordialement,
Marc Dewitte
Responsable administratif et financier
Solenza Grand-Place SA – Rue du Marché aux Herbes 61, 1000 Bruxelles
T +32 2 512 48 30 – TVA BE 0712.648.305
IBAN BE68 5390 0754 7034
`,
    expect: {
      intent: 'promise',
      invoices: ['FAC-26-01204', 'FAC-26-01322'],
      amounts: [[1383550, 'EUR']],
      promisedDate: '2026-11-30',
    },
  }),
  mail({
    id: 'b5-fr-promise-sous-huitaine-luxembourg',
    subject: 'Re: Rappel de paiement – FAC-26-01410',
    sentAt: '2026-09-22T09:15:00+02:00',
    timeZone: 'Europe/Luxembourg',
    known: solenza,
    text: `Bonjour Madame,

Nous accusons réception de votre rappel. Le règlement de la facture FAC-26-01410 interviendra sous huitaine.

Meilleures salutations,

Sandrine Weber
Comptabilité
Solenza Kirchberg S.à r.l.
5, avenue John F. Kennedy – L-1855 Luxembourg
Tél. +352 26 43 18 20
RCS Luxembourg B 214.587 – TVA LU 28461937

-----Message d'origine-----
De : Claire Fontanel <c.fontanel@linvia.fr>
Envoyé : lundi 21 septembre 2026 11:02
À : comptabilite@solenza.lu
Objet : Rappel de paiement – FAC-26-01410

Madame, Monsieur,

La facture FAC-26-01410 du 14/08/2026, d'un montant de 5 480,40 €, était payable au 13/09/2026. Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

Claire Fontanel
Linvia – Service recouvrement
`,
    expect: {
      intent: 'promise',
      invoices: ['FAC-26-01410'],
      promisedDate: '2026-09-30',
    },
  }),
  mail({
    id: 'b5-fr-promise-deux-echeances-agadir',
    subject: 'Re: Relance FA/2026/0118',
    sentAt: '2026-11-03T11:40:00+01:00',
    timeZone: 'Africa/Casablanca',
    known: atlasSouss,
    text: `Bonjour M. Marty,

Compte tenu de la campagne de récolte des agrumes qui mobilise notre trésorerie, nous vous proposons de régler la facture FA/2026/0118 en deux fois :
- 25 000,00 MAD le 16 novembre 2026 ;
- le solde, soit 23 720,00 MAD, le 15 décembre 2026.

Merci de nous confirmer votre accord.

Salutations distinguées,

Youssef El Amrani
Directeur administratif et financier
Coopérative Agricole Atlas Souss
Route de Taroudant, km 12 – Agadir
Tél : +212 5 28 33 41 70 / GSM : +212 6 61 24 58 03
ICE : 001526384000071 – RC : 21457 – IF : 40258316
RIB : 230 010 0204518211004520 71

Le lun. 2 nov. 2026 à 09:12, Julien Marty <j.marty@semagri-export.fr> a écrit :
> Bonjour,
> Nous n'avons pas reçu le règlement de la facture FA/2026/0118 de 48 720,00 MAD, échue depuis le 15 octobre.
> Merci de nous indiquer la date prévue de paiement.
> Julien Marty
> Semagri Export
`,
    expect: {
      intent: 'promise',
      invoices: ['FA/2026/0118'],
      amounts: [
        [2500000, 'MAD'],
        [2372000, 'MAD'],
      ],
      promisedDate: '2026-11-16',
    },
  }),
  mail({
    id: 'b5-fr-promise-des-reception-avoir-lyon',
    subject: 'RE: FAC-26-01455 – relance',
    sentAt: '2026-10-27T15:22:00+01:00',
    known: solenza,
    text: `Bonjour Claire,

Comme convenu avec Thomas lors de sa visite, vous deviez nous adresser un avoir de 180,00 € sur la FAC-26-01455 pour les 12 housses de couette refusées au contrôle qualité. Nous ne l'avons pas encore reçu.

Dès réception de l'avoir, nous réglerons le solde de 1 970,00 €.

Bonne journée,

Karine Morel
Gouvernante générale / gestion des achats
Hôtel Solenza Lyon Confluence
Tél. 04 78 92 60 15 – Port. 06 71 84 22 39

De : Claire Fontanel <c.fontanel@linvia.fr>
Envoyé : lundi 26 octobre 2026 10:41
À : Karine Morel <k.morel@solenza.fr>
Objet : FAC-26-01455 – relance

Bonjour Madame Morel,
Pour rappel, la facture FAC-26-01455 (2 150,00 €) est échue depuis le 15/10. Merci de nous indiquer quand nous pouvons en attendre le règlement.
Claire Fontanel
`,
    expect: {
      intent: 'promise',
      invoices: ['FAC-26-01455'],
      amounts: [
        [18000, 'EUR'],
        [197000, 'EUR'],
      ],
    },
  }),
  mail({
    id: 'b5-fr-promise-mardi-prochain-quebec',
    subject: 'RE: Facture F2026.0457 en souffrance',
    sentAt: '2026-10-29T16:10:00-04:00',
    timeZone: 'America/Toronto',
    known: hautesRives,
    text: `Bonjour Mme Ranger,

Désolée du délai, notre conseil d'administration devait d'abord approuver les dépenses du trimestre. C'est maintenant chose faite : le paiement de la facture F2026.0457, au montant de 4 185,00 $, partira mardi prochain par TEF.

Bonne fin de journée!

Josée Lapointe
Technicienne en administration
Collège des Hautes-Rives
2250, boul. des Laurentides, Laval (Québec) H7K 2J4
Tél. : 450 628-3140, poste 227
NEQ 1143652870

Le jeu. 29 oct. 2026 à 09:03, Sophie Ranger <sranger@editionsnorval.ca> a écrit :
> Bonjour,
> Notre facture F2026.0457 datée du 15 août 2026 au montant de 4 185,00 $ est en souffrance depuis le 14 septembre. Pourriez-vous nous informer de la date de paiement prévue?
> Merci!
> Sophie Ranger, Éditions pédagogiques Norval
`,
    expect: {
      intent: 'promise',
      invoices: ['F2026.0457'],
      amounts: [[418500, 'CAD']],
      promisedDate: '2026-11-03',
    },
  }),
  mail({
    id: 'b5-fr-promise-5-janvier-reunion',
    subject: 'Re: Relance FAC-26-01455',
    sentAt: '2026-12-17T08:45:00+04:00',
    timeZone: 'Indian/Reunion',
    known: solenza,
    text: `Bonjour,

Notre service comptable ferme du 19 décembre au 4 janvier. La facture FAC-26-01455 sera réglée le 5 janvier, dès la réouverture.

Merci de votre compréhension et bonnes fêtes de fin d'année.

Priscilla Hoarau
Assistante de direction
Hôtel Solenza Saint-Gilles – 14 rue du Lagon, 97434 Saint-Gilles-les-Bains
Tél. 0262 24 87 50 – Fax 0262 24 87 51
SIRET 842 517 936 00057
`,
    expect: {
      intent: 'promise',
      invoices: ['FAC-26-01455'],
      promisedDate: '2027-01-05',
    },
  }),
  mail({
    id: 'b5-fr-promise-mobile-jj-mm-nice',
    subject: 'Re: fac-26-01187',
    sentAt: '2026-11-26T18:52:00+01:00',
    known: solenza,
    text: `ok pour la fac 26-01187, virement programme le 10/12. dsl pour le retard

nico

Envoyé de mon iPhone

> Le 26 nov. 2026 à 17:30, Claire Fontanel <c.fontanel@linvia.fr> a écrit :
>
> Bonjour Monsieur Aubert, la facture FAC-26-01187 (3 420,00 €) reste impayée malgré nos relances des 15/10 et 05/11. Sans règlement sous 8 jours, nous serons contraints de suspendre les enlèvements de linge.
`,
    expect: {
      intent: 'promise',
      invoices: ['FAC-26-01187'],
      promisedDate: '2026-12-10',
    },
  }),

  // ───────────────────────────── French: disputes ─────────────────────────────
  mail({
    id: 'b5-fr-dispute-price-kits-paris',
    subject: "Contestation facture FAC-26-01410 – tarif des kits d'accueil",
    sentAt: '2026-09-29T11:20:00+02:00',
    known: solenza,
    text: `Bonjour,

Nous avons bien reçu la facture FAC-26-01410. Le prix unitaire des kits d'accueil y est facturé 2,35 € HT, alors que notre contrat-cadre 2026 prévoit 1,95 € HT. Sur les 400 kits livrés, l'écart représente 160,00 € HT.

Nous suspendons le règlement de cette facture jusqu'à réception d'une facture rectificative ou d'un avoir.

Cordialement,

Stéphane Guillot
Acheteur – Direction des achats
Hôtels Solenza SAS – 18 rue de Provence, 75009 Paris
Tél. 01 53 24 71 84
SIRET 842 517 936 00024
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC-26-01410'],
      amounts: [
        [235, 'EUR'],
        [195, 'EUR'],
        [16000, 'EUR'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b5-fr-dispute-price-poli-bruxelles',
    subject: 'Facture FAC-26-01204 – remise annuelle',
    sentAt: '2026-10-07T10:05:00+02:00',
    timeZone: 'Europe/Brussels',
    known: solenza,
    text: `Chère Madame Fontanel,

Nous nous permettons de revenir vers vous au sujet de la facture FAC-26-01204, que nous avons reçue le 2 octobre.

Sauf erreur de notre part, la remise de 8 % prévue à l'article 4 de notre accord annuel ne semble pas avoir été appliquée sur cette facture. Auriez-vous l'amabilité de bien vouloir vérifier ce point et, le cas échéant, de nous faire parvenir un avoir ou une facture rectifiée ?

Nous restons naturellement à votre disposition pour tout complément d'information et vous remercions par avance de votre compréhension.

Veuillez agréer, Chère Madame, l'expression de nos salutations distinguées.

Marc Dewitte
Responsable administratif et financier
Solenza Grand-Place SA
T +32 2 512 48 30 – TVA BE 0712.648.305
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC-26-01204'],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b5-fr-dispute-quantity-pas-le-prix-lyon',
    subject: 'FAC-26-01322 : quantités facturées',
    sentAt: '2026-11-12T09:48:00+01:00',
    known: solenza,
    text: `Bonjour,

Nous ne contestons pas le prix, mais la quantité : la facture FAC-26-01322 porte sur 60 parures de lit, alors que le bon de livraison BL-77812 signé par notre réception n'en mentionne que 48. Merci de nous envoyer un avoir pour les 12 parures en trop, soit 192,00 €.

Le reste de la facture n'appelle pas de remarque.

Karine Morel
Hôtel Solenza Lyon Confluence
04 78 92 60 15
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC-26-01322'],
      amounts: [[19200, 'EUR']],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b5-fr-dispute-quality-semences-agadir',
    subject: 'RECLAMATION SEMENCES ABIMEES - FA/2026/0141',
    sentAt: '2026-10-21T12:30:00+01:00',
    timeZone: 'Africa/Casablanca',
    known: atlasSouss,
    text: `Bonjour M. Marty,

Les 40 sacs de semences de tomate livrés le 9 octobre (BL n° 6612) sont arrivés abîmés : sacs déchirés, graines humides, et un taux de germination inférieur à 50 % lors de nos essais en pépinière. Vous trouverez les photos et le rapport de notre technicien en pièce jointe.

Dans ces conditions, nous bloquons le paiement de la facture FA/2026/0141 de 7 630,50 MAD jusqu'au remplacement de la marchandise.

Cordialement,

Hassan Ouzzine
Responsable approvisionnement
Coopérative Agricole Atlas Souss – Agadir
Tél : +212 5 28 33 41 72
ICE : 001526384000071
`,
    expect: {
      intent: 'dispute',
      invoices: ['FA/2026/0141'],
      amounts: [[763050, 'MAD']],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b5-fr-dispute-not-received-facture-bruxelles',
    subject: 'RE: 2e rappel – FAC-26-01455',
    sentAt: '2026-11-18T13:37:00+01:00',
    timeZone: 'Europe/Brussels',
    known: solenza,
    text: `Bonjour,

Nous ne comprenons pas ce deuxième rappel : nous n'avons jamais reçu la facture FAC-26-01455. Elle n'a été envoyée ni à notre adresse factures@solenza.be ni par courrier, et elle n'apparaît donc pas dans notre système. Nous ne pouvons évidemment pas payer une facture que nous n'avons pas reçue.

Merci de nous la transmettre à la bonne adresse.

Cordialement,
Marc Dewitte
Solenza Grand-Place SA
T +32 2 512 48 30

De : Claire Fontanel
Envoyé : mardi 17 novembre 2026 15:20
À : Marc Dewitte
Objet : 2e rappel – FAC-26-01455

Monsieur,
Malgré notre premier rappel du 3 novembre, la facture FAC-26-01455 de 2 150,00 € reste impayée. Nous vous remercions de procéder à son règlement sous 8 jours.
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC-26-01455'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b5-fr-dispute-not-received-manuels-quebec',
    subject: 'Manuels non reçus – facture F2026.0502',
    sentAt: '2026-09-15T10:25:00-04:00',
    timeZone: 'America/Toronto',
    known: hautesRives,
    text: `Bonjour,

Nous avons reçu la facture F2026.0502 pour les 320 manuels de mathématiques de 3e secondaire, mais les boîtes n'ont jamais été livrées au collège. La rentrée a eu lieu le 27 août et nos élèves n'ont toujours pas leurs manuels.

Le numéro de suivi Purolator 329 4417 6602 qui nous a été fourni indique « en traitement » depuis trois semaines. Nous ne pourrons pas payer cette facture avant d'avoir reçu la marchandise.

Merci de faire le suivi rapidement.

Martin Gagné
Directeur des services administratifs
Collège des Hautes-Rives
450 628-3140, poste 201
`,
    expect: {
      intent: 'dispute',
      invoices: ['F2026.0502'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b5-fr-dispute-missing-po-reunion',
    subject: 'Facture FAC-26-01187 – bon de commande manquant',
    sentAt: '2026-10-08T14:12:00+04:00',
    timeZone: 'Indian/Reunion',
    known: solenza,
    text: `Bonjour,

Votre facture FAC-26-01187 ne mentionne pas notre numéro de bon de commande. Depuis le 1er septembre, notre service comptable rejette toute facture fournisseur sans référence de BC.

Merci de bien vouloir la rééditer en indiquant le BC n° 4500178823 et de nous la renvoyer à factures.reunion@solenza.fr.

Cordialement,

Priscilla Hoarau
Hôtel Solenza Saint-Gilles
14 rue du Lagon, 97434 Saint-Gilles-les-Bains
Tél. 0262 24 87 50
SIRET 842 517 936 00057
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC-26-01187'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b5-fr-dispute-duplicate-luxembourg',
    subject: 'Double facturation FAC-26-01455',
    sentAt: '2026-10-01T16:40:00+02:00',
    timeZone: 'Europe/Luxembourg',
    known: solenza,
    text: `Bonjour,

La facture FAC-26-01455 du 28 septembre reprend exactement la prestation déjà facturée sur la FAC-26-01398 : même blanchissage du linge de table pour le séminaire du 8 septembre, même nombre de pièces, même montant de 2 150,00 €. Il s'agit manifestement d'un doublon, la FAC-26-01398 ayant été payée le 22 septembre.

Pouvez-vous annuler la FAC-26-01455 et nous confirmer l'envoi d'un avoir ?

Meilleures salutations,
Sandrine Weber
Solenza Kirchberg S.à r.l.
Tél. +352 26 43 18 20
RCS Luxembourg B 214.587
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC-26-01455'],
      amounts: [[215000, 'EUR']],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b5-fr-dispute-already-paid-paris',
    subject: 'RE: Relance FAC-26-01204',
    sentAt: '2026-10-12T09:05:00+02:00',
    known: solenza,
    text: `Bonjour,

Cette facture a déjà été réglée : virement de 12 875,50 € émis le 28/09 sur votre compte Crédit Agricole, référence VIR-SOL-0928-114. Merci de vérifier de votre côté, il s'agit peut-être d'un problème de lettrage.

Je vous joins l'avis de virement.

Cordialement,
Nathalie Berthier
Comptable fournisseurs – Hôtels Solenza SAS
Tél. : 01 53 24 71 90
SIRET 842 517 936 00024

Le ven. 9 oct. 2026 à 14:27, Claire Fontanel <c.fontanel@linvia.fr> a écrit :
> Bonjour,
> Sauf erreur de notre part, la facture FAC-26-01204 (12 875,50 €) échue le 25/09 demeure impayée.
> Merci de régulariser sous huitaine.
`,
    expect: {
      intent: 'dispute',
      invoices: ['FAC-26-01204'],
      amounts: [[1287550, 'EUR']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b5-fr-dispute-other-mauvaise-entite-quebec',
    subject: 'Facture F2026.0471 à refaire',
    sentAt: '2026-11-24T11:15:00-05:00',
    timeZone: 'America/Toronto',
    known: hautesRives,
    text: `Bonjour Mme Ranger,

Nous ne pouvons pas traiter la facture F2026.0471 dans son état actuel : elle est libellée au nom de la « Fondation du Collège des Hautes-Rives », alors que la commande de matériel de laboratoire a été passée et doit être payée par le Collège lui-même (TPS 812345678 RT0001, TVQ 1218765432 TQ0001). La Fondation est une entité distincte et n'a aucun budget pour cet achat.

Pourriez-vous annuler cette facture et en émettre une nouvelle au nom du Collège?

Merci et bonne journée,
Josée Lapointe
Technicienne en administration
Collège des Hautes-Rives
450 628-3140, poste 227
`,
    expect: {
      intent: 'dispute',
      invoices: ['F2026.0471'],
      disputeCategory: 'other',
    },
  }),

  // ───────────────────────────── French: remittances ─────────────────────────────
  mail({
    id: 'b5-fr-remittance-date-valeur-paris',
    subject: 'Avis de paiement – FAC-26-01410',
    sentAt: '2026-10-21T10:02:00+02:00',
    known: solenza,
    text: `Madame, Monsieur,

Nous vous informons que nous avons procédé au règlement de la facture FAC-26-01410 par virement SEPA :

Montant : 5 480,40 EUR
Date d'émission : 19/10/2026
Date de valeur : 20/10/2026
Référence bancaire : 2026102000481
Compte bénéficiaire : FR76 1820 6000 4512 3456 7890 123

Cordialement,

Service Trésorerie
Hôtels Solenza SAS – 18 rue de Provence, 75009 Paris
SIRET 842 517 936 00024 – TVA FR47842517936
`,
    expect: {
      intent: 'remittance',
      invoices: ['FAC-26-01410'],
      amounts: [[548040, 'EUR']],
    },
  }),
  mail({
    id: 'b5-fr-remittance-prelevement-lyon',
    subject: 'Prélèvement FAC-26-01322',
    sentAt: '2026-11-06T08:58:00+01:00',
    known: solenza,
    text: `Bonjour Claire,

Pour information, le prélèvement SEPA de 960,00 € correspondant à la FAC-26-01322 a bien été débité sur notre compte le 5 novembre (mandat RUM LNV-SOL-000871). Vous pouvez donc arrêter les relances sur cette facture.

Bonne journée,
Karine Morel
Hôtel Solenza Lyon Confluence
Tél. 04 78 92 60 15
`,
    expect: {
      intent: 'remittance',
      invoices: ['FAC-26-01322'],
      amounts: [[96000, 'EUR']],
    },
  }),
  mail({
    id: 'b5-fr-remittance-virement-agadir',
    subject: 'Règlement facture FA/2026/0093',
    sentAt: '2026-12-08T15:45:00+01:00',
    timeZone: 'Africa/Casablanca',
    known: atlasSouss,
    text: `Bonjour,

Nous vous informons que nous avons effectué ce jour le virement de 12 500,00 MAD en règlement de votre facture FA 2026 0093. Vous trouverez ci-joint l'avis d'opéré de la Banque Populaire (réf. opération 0812BP7741209).

Merci de nous confirmer la bonne réception des fonds.

Cordialement,

Fatima-Zahra Benali
Comptable
Coopérative Agricole Atlas Souss
Tél : +212 5 28 33 41 70
ICE : 001526384000071 – RC Agadir 21457 – Patente 48112039
`,
    expect: {
      intent: 'remittance',
      invoices: ['FA/2026/0093'],
      amounts: [[1250000, 'MAD']],
    },
  }),
  mail({
    id: 'b5-fr-remittance-cheque-quebec',
    subject: 'Paiement facture F2026.0471',
    sentAt: '2026-12-02T13:30:00-05:00',
    timeZone: 'America/Toronto',
    known: hautesRives,
    text: `Bonjour,

Un chèque de 926,75 $ (no 004187) a été posté hier à votre adresse de Sherbrooke en règlement de la facture F2026.0471, maintenant refaite au nom du Collège.

Bonne journée,
Josée Lapointe
Collège des Hautes-Rives
450 628-3140, poste 227
`,
    expect: {
      intent: 'remittance',
      invoices: ['F2026.0471'],
      amounts: [[92675, 'CAD']],
    },
  }),
  mail({
    id: 'b5-fr-remittance-mobile-reunion',
    subject: 'reglement',
    sentAt: '2026-09-10T07:55:00+04:00',
    timeZone: 'Indian/Reunion',
    known: solenza,
    text: `bjr, reglement fait ce matin par virement pr la fac 26 01455, 2150 eur. cdlt

Priscilla – Hôtel Solenza St-Gilles
0692 41 77 08
`,
    expect: {
      intent: 'remittance',
      invoices: ['FAC-26-01455'],
      amounts: [[215000, 'EUR']],
    },
  }),

  // ───────────────────────────── French: other ─────────────────────────────
  mail({
    id: 'b5-fr-other-absence-paris',
    subject: 'Réponse automatique : Relance – facture FAC-26-01322 échue',
    sentAt: '2026-10-20T09:14:00+02:00',
    known: solenza,
    text: `Bonjour,

Je suis absente du bureau jusqu'au vendredi 30 octobre inclus et serai de retour le lundi 2 novembre. Votre message ne sera pas transféré.

Pour toute question urgente relative aux paiements fournisseurs, merci de contacter le service comptabilité au 01 53 24 71 90 ou à l'adresse compta.fournisseurs@solenza.fr.

Cordialement,
Nathalie Berthier
Hôtels Solenza SAS
`,
    expect: {
      intent: 'other',
      invoices: ['FAC-26-01322'],
    },
  }),
  mail({
    id: 'b5-fr-other-releve-marrakech',
    subject: 'Demande de relevé de compte',
    sentAt: '2026-11-02T10:20:00+01:00',
    timeZone: 'Africa/Casablanca',
    known: atlasSouss,
    text: `Bonjour,

Dans le cadre de la clôture semestrielle de la coopérative, pourriez-vous nous adresser un relevé de compte détaillé arrêté au 31 octobre 2026, avec les factures ouvertes et les règlements reçus depuis janvier ?

Nous souhaitons notamment rapprocher la FA/2026/0093 et la FA/2026/0118 de nos écritures.

Merci d'avance,

Fatima-Zahra Benali
Comptable – Coopérative Agricole Atlas Souss
Antenne de Marrakech, zone industrielle Sidi Ghanem, lot 212
Tél : +212 5 24 33 60 18
`,
    expect: {
      intent: 'other',
      invoices: ['FA/2026/0093', 'FA/2026/0118'],
    },
  }),
  mail({
    id: 'b5-fr-other-changement-rib-reunion',
    subject: 'Changement de coordonnées bancaires ?',
    sentAt: '2026-11-19T11:05:00+04:00',
    timeZone: 'Indian/Reunion',
    known: solenza,
    text: `Bonjour,

Nous avons reçu hier un courrier à en-tête Linvia nous informant d'un changement de coordonnées bancaires, avec le nouvel IBAN FR76 3000 4012 3400 0101 8765 432 (BNP Paribas).

Par précaution, et avant de modifier votre fiche fournisseur, pouvez-vous nous confirmer par téléphone que ce changement émane bien de vous ? Nous avons déjà été victimes d'une tentative de fraude au faux RIB l'an dernier.

Vous pouvez me joindre au 0262 24 87 50.

Cordialement,
Priscilla Hoarau
Hôtel Solenza Saint-Gilles
SIRET 842 517 936 00057
`,
    expect: {
      intent: 'other',
    },
  }),
  mail({
    id: 'b5-fr-other-merci-litige-clos-bruxelles',
    subject: 'RE: Avoir AV-26-0087 – FAC-26-01204',
    sentAt: '2026-10-22T16:12:00+02:00',
    timeZone: 'Europe/Brussels',
    known: solenza,
    text: `Bonjour Madame Fontanel,

Merci pour l'avoir AV-26-0087 de 1 030,04 €, bien reçu ce jour. Il correspond exactement à la remise qui n'avait pas été appliquée sur la FAC-26-01204 : le litige est donc clos de notre côté.

Merci encore pour votre réactivité et votre suivi.

Bien à vous,
Marc Dewitte
Solenza Grand-Place SA
T +32 2 512 48 30

Le mer. 21 oct. 2026 à 17:05, Claire Fontanel <c.fontanel@linvia.fr> a écrit :
> Monsieur Dewitte,
> Suite à votre message du 7 octobre, vous trouverez ci-joint l'avoir AV-26-0087 d'un montant de 1 030,04 € relatif à la facture FAC-26-01204.
> Le solde de la facture, soit 11 845,46 €, reste dû au 25/10/2026.
> Claire Fontanel
`,
    expect: {
      intent: 'other',
      invoices: ['FAC-26-01204'],
      amounts: [[103004, 'EUR']],
    },
  }),
  mail({
    id: 'b5-fr-other-copie-facture-quebec',
    subject: 'TR: Rappel – facture F2026.0502',
    sentAt: '2026-10-06T14:48:00-04:00',
    timeZone: 'America/Toronto',
    known: hautesRives,
    text: `Bonjour,

J'ai reçu la relance ci-dessous, mais je ne retrouve pas la facture f2026-0502 dans nos dossiers : notre ancienne adjointe a quitté ses fonctions cet été. Pourriez-vous m'en faire parvenir une copie en format PDF afin que je puisse la saisir dans notre système?

Merci beaucoup!

Martin Gagné
Directeur des services administratifs
Collège des Hautes-Rives
450 628-3140, poste 201

---------- Forwarded message ---------
De : Sophie Ranger <sranger@editionsnorval.ca>
Date: mar. 29 sept. 2026 à 09:40
Subject: Rappel – facture F2026.0502
To: <info@hautes-rives.qc.ca>

Bonjour,
Sauf erreur, notre facture F2026.0502 au montant de 15 600,00 $ est échue depuis le 15 septembre. Merci de nous faire parvenir votre paiement d'ici le 9 octobre.
Sophie Ranger
`,
    expect: {
      intent: 'other',
      invoices: ['F2026.0502'],
    },
  }),
  mail({
    id: 'b5-fr-other-adresse-facturation-luxembourg',
    subject: "Changement d'adresse de facturation",
    sentAt: '2026-11-09T10:30:00+01:00',
    timeZone: 'Europe/Luxembourg',
    known: solenza,
    text: `Madame, Monsieur,

Suite au déménagement de notre siège, nous vous remercions d'adresser vos factures, à compter du 1er décembre 2026, à l'adresse suivante :

Solenza Kirchberg S.à r.l.
Service Comptabilité
12, rue Eugène Ruppert
L-2453 Luxembourg

L'adresse électronique factures@solenza.lu reste inchangée. Les factures déjà émises, dont la FAC-26-01410, restent valables et n'ont pas à être rééditées.

Meilleures salutations,
Sandrine Weber
Tél. +352 26 43 18 20
RCS Luxembourg B 214.587 – TVA LU 28461937
`,
    expect: {
      intent: 'other',
      invoices: ['FAC-26-01410'],
    },
  }),
  mail({
    id: 'b5-fr-other-question-echeance-nice',
    subject: 'Question échéance FAC-26-01455',
    sentAt: '2026-12-03T11:50:00+01:00',
    known: solenza,
    text: `Bonjour,

Pouvez-vous me confirmer la date d'échéance de la facture FAC-26-01455 ? Sur notre exemplaire, je lis « 45 jours fin de mois », mais votre relance indique une échéance au 15/11, ce qui ne correspond pas à ce que je calcule.

Merci,

Nicolas Aubert
Directeur – Hôtel Solenza Nice Promenade
37 promenade des Anglais, 06000 Nice
Tél. 04 93 87 21 60
`,
    expect: {
      intent: 'other',
      invoices: ['FAC-26-01455'],
    },
  }),

  // ───────────────────────────── English: promises ─────────────────────────────
  mail({
    id: 'b5-en-promise-next-tuesday-new-york',
    subject: 'RE: Past due – INV-26-4602',
    sentAt: '2026-10-22T21:40:00-04:00',
    timeZone: 'America/New_York',
    known: northgate,
    text: `Hi Emma,

Sorry for the slow reply — quarter-end has been brutal. INV-26-4602 ($6,420.00) is approved and we'll release payment next Tuesday with our regular ACH run.

Thanks for your patience,

Derek Hollis
Accounts Payable Manager
Northgate Software Solutions, Inc.
410 Park Avenue South, 9th Floor, New York, NY 10016
Direct: (212) 555-0187 | Main: (212) 555-0100
EIN 84-2716630

From: Emma Caldwell <emma.caldwell@quillbyte.com>
Sent: Wednesday, October 21, 2026 10:15 AM
To: Derek Hollis <dhollis@northgatesoft.com>
Subject: Past due – INV-26-4602

Hi Derek,

Our records show INV-26-4602 for $6,420.00 was due on 09/30/2026 and remains unpaid. Could you let us know when we can expect payment?

Best regards,
Emma Caldwell
Credit & Collections, Quillbyte
`,
    expect: {
      intent: 'promise',
      invoices: ['INV-26-4602'],
      amounts: [[642000, 'USD']],
      promisedDate: '2026-10-27',
    },
  }),
  mail({
    id: 'b5-en-promise-end-of-next-week-london',
    subject: 'Re: Payment reminder – EV26/0312',
    sentAt: '2026-11-04T12:18:00+00:00',
    timeZone: 'Europe/London',
    known: ashgrove,
    text: `Hi Tom,

Thanks for chasing. EV26/0312 for £4,875.00 has been signed off by our finance director and will be paid by the end of next week.

Kind regards,

Priya Shah
Finance Assistant
Ashgrove Events Ltd
Unit 4, Wharf Road, London N1 7GR
T: 020 7946 0321
Registered in England & Wales No. 08451276 | VAT GB 284 6193 57

On Tue, 3 Nov 2026 at 16:02, Tom Reilly <tom.reilly@lumenstaging.co.uk> wrote:
> Hi Priya,
> Just a reminder that EV26/0312 (£4,875.00) fell due on 20 October. Could you confirm a payment date?
> Many thanks,
> Tom
`,
    expect: {
      intent: 'promise',
      invoices: ['EV26/0312'],
      amounts: [[487500, 'GBP']],
      promisedDate: '2026-11-13',
    },
  }),
  mail({
    id: 'b5-en-promise-on-the-18th-dublin',
    subject: 'RE: EV26/0347 overdue',
    sentAt: '2026-11-10T09:27:00+00:00',
    timeZone: 'Europe/Dublin',
    known: ashgrove,
    text: `Morning Tom,

Apologies, that one slipped through the cracks while our AP clerk was on leave. EV26-0347 will go out on the 18th with our next supplier payment run.

Regards,
Siobhán Kelly
Financial Controller
Ashgrove Events Ltd – Dublin office
27 Fitzwilliam Place, Dublin 2, D02 T292
Tel: +353 1 676 4410
VAT IE 3345678WH

From: Tom Reilly
Sent: Monday 9 November 2026 14:40
To: Siobhán Kelly
Subject: EV26/0347 overdue

Hi Siobhán,
EV26/0347 for £1,260.00 is now 30 days overdue. Could you let me know when it will be paid? We had hoped to have it by 30 October.
Tom
`,
    expect: {
      intent: 'promise',
      invoices: ['EV26/0347'],
      promisedDate: '2026-11-18',
    },
  }),
  mail({
    id: 'b5-en-promise-us-date-chicago',
    subject: 'INV-26-4731 payment date',
    sentAt: '2026-10-27T08:50:00-05:00',
    timeZone: 'America/Chicago',
    known: northgate,
    text: `Emma,

Payment for INV-26-4731 ($11,050.00) is scheduled for 11/06. You'll get a remittance advice from our bank once it's released.

Thanks,
Rachel Kim
AP Specialist | Northgate Software Solutions – Central Region
233 S Wacker Dr, Suite 4100, Chicago, IL 60606
O: (312) 555-0142
`,
    expect: {
      intent: 'promise',
      invoices: ['INV-26-4731'],
      amounts: [[1105000, 'USD']],
      promisedDate: '2026-11-06',
    },
  }),
  mail({
    id: 'b5-en-promise-not-before-20th-sydney',
    subject: 'RE: Overdue account – invoice 504127',
    sentAt: '2026-11-12T08:05:00+11:00',
    timeZone: 'Australia/Sydney',
    known: coastline,
    text: `Hi Mel,

Invoice 504127 won't be paid before the 20th – that's our next pay run, and it's booked in for that day. Nothing I can do to bring it forward, sorry, the directors sign off the run the day before.

Cheers,
Dave Pritchard
Accounts Manager
Coastline Civil & Formwork Pty Ltd
Unit 7, 42 Carter Street, Lidcombe NSW 2141
P (02) 9643 7710 | M 0418 266 091
ABN 41 627 903 118

-----Original Message-----
From: Mel Tran <accounts@ridgewayconcrete.com.au>
Sent: Wednesday, 11 November 2026 3:30 PM
To: Dave Pritchard
Subject: Overdue account – invoice 504127

Hi Dave,
Invoice 504127 for $13,860.00 was due on 31/10/2026. Please advise when payment will be made.
Also a heads-up that 504298 ($5,675.25) falls due on 30/11.
Regards, Mel
`,
    expect: {
      intent: 'promise',
      invoices: ['504127', '504298'],
      promisedDate: '2026-11-20',
    },
  }),
  mail({
    id: 'b5-en-promise-this-friday-luxembourg-non-native',
    subject: 'invoice FAC-26-01410',
    sentAt: '2026-10-26T11:03:00+01:00',
    timeZone: 'Europe/Luxembourg',
    known: solenza,
    text: `Hello Mrs Fontanel,

Sorry for the late, we had a problem with the signature of the payments in our bank. We will do the transfer for the invoice FAC-26-01410 by this Friday, the amount is 5.480,40 EUR.

Best regards
Jonas Schmit
Group Treasury
Solenza Kirchberg S.à r.l.
Tel. +352 26 43 18 25
`,
    expect: {
      intent: 'promise',
      invoices: ['FAC-26-01410'],
      amounts: [[548040, 'EUR']],
      promisedDate: '2026-10-30',
    },
  }),
  mail({
    id: 'b5-en-promise-two-instalments-brisbane',
    subject: 'Payment plan – 504298',
    sentAt: '2026-12-01T14:20:00+10:00',
    timeZone: 'Australia/Brisbane',
    known: coastline,
    text: `Hi Mel,

As discussed on the phone this morning, cash is tight until the Bowen Hills progress claim is paid, so we'd like to split 504298 into two instalments:

• A$2,800.00 on 14/12
• the balance of A$2,875.25 on 15/01

Let me know if that works for Ridgeway.

Thanks,
Leanne Cho
Office Manager
Coastline Civil & Formwork Pty Ltd – QLD branch
P (07) 3252 8840
ABN 41 627 903 118
`,
    expect: {
      intent: 'promise',
      invoices: ['504298'],
      amounts: [
        [280000, 'AUD'],
        [287525, 'AUD'],
      ],
      promisedDate: '2026-12-14',
    },
  }),
  mail({
    id: 'b5-en-promise-partial-end-of-month-los-angeles',
    subject: 'Re: INV-26-4518',
    sentAt: '2026-09-16T17:25:00-07:00',
    timeZone: 'America/Los_Angeles',
    known: northgate,
    text: `Hi Emma,

We can't clear the whole of INV-26-4518 this month, but we'll pay $5,000 toward it by the end of the month and the remaining $13,735.00 in October once our own customer pays us.

Hope that works.

Carlos Mendoza
Controller, West Coast
Northgate Software Solutions, Inc.
600 Wilshire Blvd, Los Angeles, CA 90017
(213) 555-0166

On Tue, Sep 15, 2026 at 9:02 AM Emma Caldwell <emma.caldwell@quillbyte.com> wrote:
> Hi Carlos,
> INV-26-4518 for $18,735.00 is now 45 days past due. Please let us know your payment plan by Friday 9/18.
> Emma
`,
    expect: {
      intent: 'promise',
      invoices: ['INV-26-4518'],
      amounts: [
        [500000, 'USD'],
        [1373500, 'USD'],
      ],
      promisedDate: '2026-09-30',
    },
  }),

  // ───────────────────────────── English: disputes ─────────────────────────────
  mail({
    id: 'b5-en-dispute-price-quote-new-york',
    subject: 'Pricing issue on INV-26-4677',
    sentAt: '2026-10-05T13:44:00-04:00',
    timeZone: 'America/New_York',
    known: northgate,
    text: `Hi Emma,

We can't approve INV-26-4677 as it stands. It bills the Pro renewal at $2,399.00, but your quote Q-2026-118 dated August 12 priced it at $1,999.00 for a three-year commitment, which we signed. Please send a corrected invoice or a credit memo for the difference.

Thanks,
Derek Hollis
Accounts Payable Manager
Northgate Software Solutions, Inc.
Direct: (212) 555-0187
`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-26-4677'],
      amounts: [
        [239900, 'USD'],
        [199900, 'USD'],
      ],
      disputeCategory: 'price',
    },
  }),
  mail({
    id: 'b5-en-dispute-quantity-seats-new-york',
    subject: 'INV-26-4731 – seat count',
    sentAt: '2026-11-16T10:12:00-05:00',
    timeZone: 'America/New_York',
    known: northgate,
    text: `Hello,

INV-26-4731 bills 120 seats of Quillbyte Analytics, but only 95 users were ever provisioned on our tenant (see the attached admin console export). We're happy to pay for the 95 seats; please credit the 25 seats billed in excess.

Regards,
Aisha Rahman
Procurement Analyst
Northgate Software Solutions, Inc.
(212) 555-0193
`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-26-4731'],
      disputeCategory: 'quantity',
    },
  }),
  mail({
    id: 'b5-en-dispute-quality-gala-london',
    subject: 'EV26/0388 – equipment failures at the gala',
    sentAt: '2026-10-09T15:30:00+01:00',
    timeZone: 'Europe/London',
    known: ashgrove,
    text: `Dear Tom,

I'm afraid we can't pay EV26/0388 in full. During our client's gala on 3 October the LED wall lost an entire panel for most of the evening and two of the four radio mics kept dropping out during the speeches. Your technician on site acknowledged both faults, and our client has withheld part of our fee as a result.

We'd propose a reduction of £2,500.00 to reflect the poor quality of service. Happy to discuss.

Best,
Oliver Grant
Head of Production
Ashgrove Events Ltd
M: 07700 900418
`,
    expect: {
      intent: 'dispute',
      invoices: ['EV26/0388'],
      amounts: [[250000, 'GBP']],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b5-en-dispute-quality-concrete-sydney',
    subject: 'Concrete strength results – invoice 504233 on hold',
    sentAt: '2026-09-24T16:05:00+10:00',
    timeZone: 'Australia/Sydney',
    known: coastline,
    text: `Hi Mel,

The 28-day cylinder tests for the level 3 slab pour at Rhodes (delivered 26 August, docket D-88213) came back at 26 MPa against the 40 MPa specified. The engineer has rejected that section and we're now looking at coring and possibly a partial demolition.

Until this is resolved, invoice 504233 is on hold. Test reports attached.

Regards,
Dave Pritchard
Accounts Manager
Coastline Civil & Formwork Pty Ltd
P (02) 9643 7710 | M 0418 266 091
ABN 41 627 903 118
`,
    expect: {
      intent: 'dispute',
      invoices: ['504233'],
      disputeCategory: 'quality',
    },
  }),
  mail({
    id: 'b5-en-dispute-not-received-lanyards-dublin',
    subject: 'EV26/0415 – lanyards never arrived',
    sentAt: '2026-10-14T11:47:00+01:00',
    timeZone: 'Europe/Dublin',
    known: ashgrove,
    text: `Hi Tom,

We've received invoice EV26/0415 for the branded lanyards and badge holders for the Convention Centre event, but the goods never arrived. We had to source lanyards locally on the morning of 6 October, and neither our goods-in log nor the venue's loading dock has anything under your delivery.

Please hold the invoice and check with your courier; we won't be paying for items we didn't receive.

Thanks,
Siobhán Kelly
Financial Controller
Ashgrove Events Ltd – Dublin office
Tel: +353 1 676 4410
`,
    expect: {
      intent: 'dispute',
      invoices: ['EV26/0415'],
      disputeCategory: 'not_received',
    },
  }),
  mail({
    id: 'b5-en-dispute-missing-po-perth',
    subject: 'Invoice 504310 rejected – no PO',
    sentAt: '2026-11-25T10:40:00+08:00',
    timeZone: 'Australia/Perth',
    known: coastline,
    text: `Hi Mel,

Invoice 504310 has been rejected by our AP system because it doesn't quote a purchase order number. All supplier invoices for the WA projects need a valid PO before they can be approved.

Could you please reissue it with PO 4500231877 (Karratha depot – pump hire) and send it to ap.wa@coastlinecivil.com.au?

Thanks,
Jarrod Nguyen
Site Administrator – WA
Coastline Civil & Formwork Pty Ltd
M 0433 504 298 | P (08) 9418 6620
ABN 41 627 903 118
`,
    expect: {
      intent: 'dispute',
      invoices: ['504310'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b5-en-dispute-missing-po-new-york',
    subject: 'INV-26-4518 - NO PO - PLEASE REISSUE',
    sentAt: '2026-12-09T09:30:00-05:00',
    timeZone: 'America/New_York',
    known: northgate,
    text: `Hi Emma,

INV-26-4518 came in without a PO number, so it can't pass our three-way match and has been kicked back to me by the system. The PO for this order is NG-PO-77120. Can you reissue the invoice with that PO on it?

Thanks,
Aisha Rahman
Procurement Analyst
Northgate Software Solutions, Inc.
(212) 555-0193
`,
    expect: {
      intent: 'dispute',
      invoices: ['INV-26-4518'],
      disputeCategory: 'missing_po',
    },
  }),
  mail({
    id: 'b5-en-dispute-duplicate-manchester',
    subject: 'Duplicate invoice? EV26/0401',
    sentAt: '2026-09-08T10:20:00+01:00',
    timeZone: 'Europe/London',
    known: ashgrove,
    text: `Hi Tom,

I think EV26/0401 is a duplicate. It's for the coach transfers for the Leeds roadshow on 14 July, £720.50, which you already invoiced on EV26/0290 back in July. Same coaches, same date, same amount, and we paid EV26/0290 on 18 August.

Could you cancel EV26/0401 please?

Cheers,
Hannah Brooks
Accounts Payable
Ashgrove Events Ltd – Manchester
0161 496 0752
`,
    expect: {
      intent: 'dispute',
      invoices: ['EV26/0401'],
      amounts: [[72050, 'GBP']],
      disputeCategory: 'duplicate',
    },
  }),
  mail({
    id: 'b5-en-dispute-already-paid-agadir-non-native',
    subject: 'RE: Reminder invoice FA/2026/0156',
    sentAt: '2026-10-13T17:02:00+01:00',
    timeZone: 'Africa/Casablanca',
    known: atlasSouss,
    text: `Dear Mr Marty,

The invoice FA/2026/0156 is already paid since 02/10 by bank transfer from Attijariwafa bank, amount 9 360,00 MAD. Please check in your records, maybe the payment is not affected to the good invoice. I send you again the swift copy.

Best regards

Rachid Aït Lahcen
Export department
Coopérative Agricole Atlas Souss – Agadir
Phone : +212 5 28 33 41 75
ICE : 001526384000071

-----Original Message-----
From: Julien Marty <j.marty@semagri-export.fr>
Sent: Monday, October 12, 2026 10:10 AM
Subject: Reminder invoice FA/2026/0156

Dear Sir, our invoice FA/2026/0156 of 9 360,00 MAD due on 30/09/2026 is still unpaid. Thank you to settle it quickly.
`,
    expect: {
      intent: 'dispute',
      invoices: ['FA/2026/0156'],
      amounts: [[936000, 'MAD']],
      disputeCategory: 'already_paid',
    },
  }),
  mail({
    id: 'b5-en-dispute-other-wrong-entity-london',
    subject: 'EV26/0429 – wrong entity on invoice',
    sentAt: '2026-11-23T14:55:00+00:00',
    timeZone: 'Europe/London',
    known: ashgrove,
    text: `Hi Tom,

EV26/0429 has been made out to Ashgrove Events Ltd, but the Belfast product launch was contracted by our Northern Ireland company, Ashgrove Live (NI) Ltd, which has its own VAT registration (XI 391 7720 46). Our auditors won't let us book it in the wrong company.

Could you cancel it and reissue it to Ashgrove Live (NI) Ltd, 14 Donegall Square, Belfast BT1 5HB? No issue with the amount or the work itself.

Thanks,
Priya Shah
Finance Assistant
Ashgrove Events Ltd
T: 020 7946 0321
`,
    expect: {
      intent: 'dispute',
      invoices: ['EV26/0429'],
      disputeCategory: 'other',
    },
  }),

  // ───────────────────────────── English: remittances ─────────────────────────────
  mail({
    id: 'b5-en-remittance-ach-new-york',
    subject: 'Remittance – INV-26-4790',
    sentAt: '2026-10-30T15:18:00-04:00',
    timeZone: 'America/New_York',
    known: northgate,
    text: `Hi Emma,

Please be advised that an ACH payment of $3,840.00 was sent today for INV-26-4790.

Payment date: 10/30/2026
ACH trace number: 021000021904417
Our reference: NSS-AP-118842

Please allow 1–2 business days for the funds to post.

Regards,
Derek Hollis
Accounts Payable Manager
Northgate Software Solutions, Inc.
(212) 555-0187
`,
    expect: {
      intent: 'remittance',
      invoices: ['INV-26-4790'],
      amounts: [[384000, 'USD']],
    },
  }),
  mail({
    id: 'b5-en-remittance-bacs-after-reduction-london',
    subject: 'Payment made – EV26/0388',
    sentAt: '2026-10-23T09:40:00+01:00',
    timeZone: 'Europe/London',
    known: ashgrove,
    text: `Hi Tom,

Following our call, we paid EV26/0388 yesterday by BACS: £20,640.00, i.e. the invoice total less the £2,500.00 reduction you agreed for the gala issues. Could you issue the matching credit note so it nets off on your side?

BACS ref: ASHG-2210-0388

Kind regards,
Priya Shah
Finance Assistant
Ashgrove Events Ltd
T: 020 7946 0321
Registered in England & Wales No. 08451276
`,
    expect: {
      intent: 'remittance',
      invoices: ['EV26/0388'],
      amounts: [
        [2064000, 'GBP'],
        [250000, 'GBP'],
      ],
    },
  }),
  mail({
    id: 'b5-en-remittance-advice-eft-melbourne',
    subject: 'Remittance Advice – Coastline Civil & Formwork',
    sentAt: '2026-10-28T13:10:00+11:00',
    timeZone: 'Australia/Melbourne',
    known: coastline,
    text: `REMITTANCE ADVICE

Payer: Coastline Civil & Formwork Pty Ltd (ABN 41 627 903 118)
Payee: Ridgeway Concrete & Pumping Pty Ltd
Payment date: 28/10/2026
Payment method: EFT
Paid to: BSB 063-182  Account 1047 2290

Invoices paid:
- 504233   $2,300.00
- 504310   $1,150.00

Total paid: $3,450.00

This advice was generated automatically by our accounts system. For queries contact accounts@coastlinecivil.com.au or (03) 9687 2215.
`,
    expect: {
      intent: 'remittance',
      invoices: ['504233', '504310'],
      amounts: [
        [230000, 'AUD'],
        [115000, 'AUD'],
        [345000, 'AUD'],
      ],
    },
  }),
  mail({
    id: 'b5-en-remittance-terse-dublin',
    subject: 're: EV26/0347',
    sentAt: '2026-12-15T17:48:00+00:00',
    timeZone: 'Europe/Dublin',
    known: ashgrove,
    text: `paid 1,260.00 yesterday for ev26 0347. thanks

Sent from Outlook for iOS
`,
    expect: {
      intent: 'remittance',
      invoices: ['EV26/0347'],
      amounts: [[126000, null]],
    },
  }),
  mail({
    id: 'b5-en-remittance-wire-los-angeles',
    subject: 'Wire sent – INV-26-4602',
    sentAt: '2026-11-03T11:22:00-08:00',
    timeZone: 'America/Los_Angeles',
    known: northgate,
    text: `Emma,

FYI we wired USD 6,420 this morning for INV-26-4602 (sorry, it missed last week's ACH run). Fed reference 20261103B1Q8021C000417. It should hit your account today or tomorrow.

Carlos Mendoza
Controller, West Coast
Northgate Software Solutions, Inc.
(213) 555-0166

On Mon, Nov 2, 2026 at 8:14 AM Emma Caldwell <emma.caldwell@quillbyte.com> wrote:
> Hi Carlos, we were told INV-26-4602 ($6,420.00) would be paid on October 27 but haven't seen it yet. Could you check?
`,
    expect: {
      intent: 'remittance',
      invoices: ['INV-26-4602'],
      amounts: [[642000, 'USD']],
    },
  }),

  // ───────────────────────────── English: other ─────────────────────────────
  mail({
    id: 'b5-en-other-out-of-office-sydney',
    subject: 'Automatic reply: Overdue invoice 504127 – second reminder',
    sentAt: '2026-12-22T07:31:00+11:00',
    timeZone: 'Australia/Sydney',
    known: coastline,
    text: `Hi,

Thanks for your email. I'm on annual leave from Monday 21 December and back in the office on Monday 11 January 2027, with limited access to email.

For urgent accounts matters please call our office on (02) 9643 7710 or email accounts@coastlinecivil.com.au.

Merry Christmas and happy new year!

Dave Pritchard
Coastline Civil & Formwork Pty Ltd
`,
    expect: {
      intent: 'other',
      invoices: ['504127'],
    },
  }),
  mail({
    id: 'b5-en-other-statement-request-leeds',
    subject: 'Statement request',
    sentAt: '2026-10-01T11:06:00+01:00',
    timeZone: 'Europe/London',
    known: ashgrove,
    text: `Hi,

Could you send us a statement of account as at 30 September, showing all open items and any unallocated cash? Our auditors are in next week and we need to reconcile our supplier ledger before then.

Many thanks,
Hannah Brooks
Accounts Payable
Ashgrove Events Ltd – Leeds & Manchester
0113 496 0288
`,
    expect: {
      intent: 'other',
    },
  }),
  mail({
    id: 'b5-en-other-invoice-copy-austin',
    subject: 'Copy of INV 26 4677?',
    sentAt: '2026-11-19T16:40:00-06:00',
    timeZone: 'America/Chicago',
    known: northgate,
    text: `Hi there,

Could you resend a PDF copy of inv-26-4677? The download link in your original email has expired and I need it for our Q4 accruals.

Thank you!
Megan O'Brien
Accounting Associate
Northgate Software Solutions – Austin office
(512) 555-0129
`,
    expect: {
      intent: 'other',
      invoices: ['INV-26-4677'],
    },
  }),
  mail({
    id: 'b5-en-other-no-dispute-not-due-new-york',
    subject: 'RE: Any issue with INV-26-4812?',
    sentAt: '2026-10-19T10:05:00-04:00',
    timeZone: 'America/New_York',
    known: northgate,
    text: `Hi Emma,

No dispute at all on our side — INV-26-4812 is correct and already approved in our system. It simply isn't due yet: our agreement is net 60, so it falls due on November 30, not October 15 as your reminder says.

Best,
Derek Hollis
Accounts Payable Manager
Northgate Software Solutions, Inc.
(212) 555-0187

On Mon, Oct 19, 2026 at 8:30 AM Emma Caldwell <emma.caldwell@quillbyte.com> wrote:
> Hi Derek,
> INV-26-4812 ($9,570.00) was due on October 15. Is there any issue preventing payment?
> Emma
`,
    expect: {
      intent: 'other',
      invoices: ['INV-26-4812'],
    },
  }),
  mail({
    id: 'b5-en-other-payment-link-dublin',
    subject: 'Card payment link for EV26/0312',
    sentAt: '2026-11-27T12:02:00+00:00',
    timeZone: 'Europe/Dublin',
    known: ashgrove,
    text: `Hi Tom,

Could you send us a card payment link for EV26/0312? Our new bank mandate isn't live yet, so the company credit card is the easiest option for us at the moment.

Thanks a million,
Siobhán Kelly
Financial Controller
Ashgrove Events Ltd – Dublin office
Tel: +353 1 676 4410
`,
    expect: {
      intent: 'other',
      invoices: ['EV26/0312'],
    },
  }),
  mail({
    id: 'b5-en-other-mixed-admin-london',
    subject: 'A few admin points',
    sentAt: '2026-12-10T10:45:00+00:00',
    timeZone: 'Europe/London',
    known: ashgrove,
    text: `Hi Tom,

A few things in one go, if that's OK:

1. From 1 January please send all invoices to ap@ashgrove-events.co.uk rather than to me directly.
2. Can you confirm whether EV26/0429 includes the venue deposit, or will that be invoiced separately?
3. Our office is closed from 24 December to 4 January, so anything sent then will be picked up on the 5th.

Thanks, and have a good Christmas.

Priya Shah
Finance Assistant
Ashgrove Events Ltd
T: 020 7946 0321
`,
    expect: {
      intent: 'other',
      invoices: ['EV26/0429'],
    },
  }),
  mail({
    id: 'b5-en-other-thanks-credit-note-brisbane',
    subject: 'RE: Credit note CN-2214 for invoice 504233',
    sentAt: '2026-10-15T09:12:00+10:00',
    timeZone: 'Australia/Brisbane',
    known: coastline,
    text: `Hi Mel,

Thanks for the credit note against 504233 — received and processed. That closes out the slab strength issue from last month as far as we're concerned. Appreciate Ridgeway sorting it quickly and sending the crew out for the coring.

Cheers,
Leanne Cho
Office Manager
Coastline Civil & Formwork Pty Ltd – QLD branch
P (07) 3252 8840

On Wed, 14 Oct 2026 at 4:55 pm, Mel Tran <accounts@ridgewayconcrete.com.au> wrote:
> Hi Leanne,
> Please find attached credit note CN-2214 for $1,150.00 against invoice 504233, as agreed following the test results on the Rhodes pour.
> The adjusted balance of $1,150.00 is due on 31/10/2026.
> Mel
`,
    expect: {
      intent: 'other',
      invoices: ['504233'],
    },
  }),
];
