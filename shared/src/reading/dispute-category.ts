import type { DisputeCategory } from '../domain/model.ts';

/** A dispute cue found in a folded text (see foldText), with where it starts. */
export interface CategoryHit {
  category: DisputeCategory;
  weight: number;
  index: number;
}

interface Cue {
  category: DisputeCategory;
  pattern: RegExp;
  weight: number;
  // Cues that carry their own negation ("pas reçu", "no PO") are not checked for one.
  negatable: boolean;
  // A second look at the text after the match, for cues a pattern alone cannot decide.
  confirm?: (folded: string, end: number) => boolean;
}

// All patterns read folded text: lower case, no accents, straight apostrophes.
const MONTHS_PATTERN = String.raw`janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec`;
const PO_WORDS = String.raw`(?:po\b|p\.o\.|purchase order|bon de commande|bdc\b|numero de commande|n° de commande|reference de commande|order (?:number|reference))`;

// Asking for a copy ("send me a duplicate", "un duplicata") is not a duplicate billing.
const COPY_REQUEST_BEFORE =
  /\b(?:send|resend|forward|provide|need|want|envoyer|renvoyer|transmettre|adresser|faire parvenir|obtenir|besoin d')\b[^,.;:!?]{0,30}$/;
const COPY_AFTER = /^\s+(?:copy|copies|exemplaire)\b/;
// Asking for the price list ("pouvez-vous nous envoyer votre tarif 2027 ?") contests no price.
const PRICE_LIST_REQUEST_BEFORE =
  /\b(?:envoyer|renvoyer|transmettre|communiquer|faire parvenir|faire|etablir|preparer|send|share|provide|forward|prepare|give)\s+(?:nous\s+|moi\s+|us\s+|me\s+)?(?:votre|vos|le|la|les|your|the|a|an|un|une)\s+(?:(?:nouveau|nouvelle|nouveaux|nouvelles|new|updated|current|latest|\d{4})\s+)*$/;
// "Got the corrected invoice, thanks", "merci pour l'avoir": a fix received, not a contest.
const RECEIVED_BEFORE =
  /\b(?:got|received|have received|thanks? for|thank you for|merci pour|bien recu|avons recu|ai recu|reception de)\s+(?:the |your |a |votre |la |le |l'|un |une )?(?:new |nouvelle |nouvel )?$/;

// A billing verb and the count it bills; the count must be a plain number, not an amount, a date
// or a reference.
const BILLED_COUNT =
  /\b(?:factur(?:ez|ons|ent|ait|aient|ee?s?)|bill(?:s|ed)?|invoic(?:es|ed)|charg(?:es|ed)|compt(?:ez|ent|ee?s?))\b(?:\s+(?:us|me|nous|vous|for|pour))*\s+(?:a total of\s+|un total de\s+)?\d{1,4}(?![\d.,/:-]|\s?(?:€|\$|£|%|eur|usd|gbp|chf|cad|euros?|dollars?)\b)/g;
// Then a contrast and a second count: "but … only show 96", "mais seulement 10", "alors que 8".
const COUNTED_AGAINST = new RegExp(
  String.raw`^[^!?;]{0,60}?\b(?:mais|but|alors que|tandis que|whereas|while|yet|however|instead of|au lieu de)\b[^!?;]{0,50}?(?<![-/#.\d])\b\d{1,4}\b(?![.,/:-]?\d|\s?(?:€|\$|£|%|eur|usd|gbp|chf|cad|euros?|dollars?|st|nd|rd|th|er)\b|\s?(?:${MONTHS_PATTERN})\b)`,
);

// A billing verb and the money it bills ("facturés 0,62 € HT l'unité", "charged $48.00 per hour")…
const MONEY = String.raw`(?:[€$£]\s?\d|\d[\d ,.]{0,12}\s?(?:€|\$|£|eur\b|usd\b|gbp\b|euros?\b|dollars?\b))`;
const BILLED_MONEY = new RegExp(
  String.raw`\b(?:factur(?:ez|ons|ent|ait|aient|ee?s?)|bill(?:s|ed)?|invoic(?:es|ed)|charg(?:es|ed))\b[^.!?;]{0,40}?${MONEY}`,
  'g',
);
// …then a contrast and another price or where the price was agreed: "alors que notre contrat
// prévoit 0,55 €", "but the quote says $42.00".
const PRICED_AGAINST = new RegExp(
  String.raw`^[^!?;]{0,60}?\b(?:alors que|tandis que|au lieu de|whereas|while|but|mais|instead of)\b[^!?;]{0,60}?(?:${MONEY}|\b(?:contrat|devis|tarif|convenu|accord|quote|quotation|contract|agreed|price list|catalogue|bon de commande|purchase order)\b)`,
);

const CUES: Cue[] = [
  {
    category: 'price',
    weight: 2,
    negatable: false,
    pattern: BILLED_MONEY,
    confirm: (folded, end) => PRICED_AGAINST.test(folded.slice(end, end + 140)),
  },
  cue(
    'price',
    2,
    true,
    /\b(?:prix(?: unitaire)?|tarif\w*|surfactur\w*|trop cher|conditions? tarifaires?|pric(?:e|es|ing)|overcharg\w*|unit (?:cost|rate)|agreed rate|rate card|hourly rate|rates? (?:charged|applied|billed|invoiced)|higher than (?:the one |what was |the rate )?(?:in|on|agreed|quoted))\b/g,
  ),
  cue(
    'price',
    2,
    false,
    /\b(?:ne correspond pas (?:au|a notre|a votre) (?:devis|contrat|tarif|bon de commande|prix)|does not match (?:the|our|your) (?:quote|quotation|contract|agreed)|doesn't match (?:the|our|your) (?:quote|quotation|contract))\b/g,
  ),
  cue(
    'price',
    1,
    true,
    /\b(?:remise|ristourne|devis|discount|quotation|(?:the|our|your|a|per|as|in the|on the) quotes?|(?:was|were|as|we) quoted|quoted (?:price|rate|amount|figure)s?|montant (?:incorrect|errone|faux)|wrong amount|incorrect amount)\b/g,
  ),
  cue(
    'quantity',
    2,
    true,
    /\b(?:quantites?|quantit(?:y|ies)|livraison (?:partielle|incomplete)|partial (?:delivery|shipment)|short[- ]?(?:shipped|delivered|shipment)|nombre d'heures|hours billed|billed hours)\b/g,
  ),
  cue(
    'quantity',
    2,
    false,
    /\b(?:(?:recu|livre(?:e|s|es)?|received|delivered|got)\s+(?:que\s+|seulement\s+|only\s+)?\d{1,6}\s+(?:[a-z]+\s+){0,2}(?:sur|au lieu de|out of|of|instead of)\s+(?:the\s+|les\s+)?\d{1,6}|au lieu de \d{1,6}|instead of \d{1,6}|only (?:received|delivered|got) \d{1,6}|\d{1,6} (?:units?|pieces|items|boxes|cartons|pallets|cases) (?:are |were )?missing|missing \d{1,6}|alors que (?:seule?s? |seulement |uniquement )?\d{1,6}|whereas only \d{1,6}|but only \d{1,6})\b/g,
  ),
  // Counts short or over: "il en manque donc 2", "3 cartons manquants", "2 pallets short",
  // "seulement 10 ont été réceptionnés", "more hours than agreed".
  cue(
    'quantity',
    2,
    false,
    /\b(?:(?:il\s+)?(?:nous\s+)?(?:en\s+)?manqu\w*\s+(?:donc\s+|encore\s+|toujours\s+|bien\s+|au moins\s+|environ\s+)?\d{1,4}|\d{1,4}\s+(?:[a-z]+\s+)?(?:manquant(?:e|s|es)?|en moins|de moins|en trop|de trop|too many)|\d{1,4}\s+(?:units?|items?|pieces?|boxes|cartons?|pallets?|cases?|hours?|days?|licen[cs]es?|bags?|crates?)\s+short|short (?:by )?\d{1,4}|(?:seulement|only|uniquement)\s+\d{1,4}\s+(?:[a-z]+\s+){0,2}?(?:ont\s+(?:ete\s+)?|were\s+|have\s+been\s+|was\s+|sont\s+)?(?:recu|livre|receptionne|arrive|received|delivered|arrived|shipped|worked|signed off)\w*|n'(?:avons|ai|a|ont)\s+(?:recu|receptionne|eu|compte)\s+que\s+\d{1,4}|(?:more|fewer) (?:[a-z]+ )?(?:hours|days|units|items|pieces|boxes|cartons|pallets|cases|licen[cs]es|seats|users) than|(?:plus|moins) (?:d'heures|de jours|d'unites|de cartons|de colis|de palettes|d'articles|de pieces|de licences) (?:que|qu'))\b/g,
  ),
  // A billed count set against another one: "bills 120 hours, but our timesheets only show 96",
  // "vous nous facturez 12 cartons mais seulement 10 ont été réceptionnés".
  {
    category: 'quantity',
    weight: 2,
    negatable: false,
    pattern: BILLED_COUNT,
    confirm: (folded, end) => COUNTED_AGAINST.test(folded.slice(end, end + 120)),
  },
  cue(
    'quality',
    2,
    true,
    /\b(?:abime\w*|defectu\w*|defaut\w*|casse(?:e|s|es)?|endommage\w*|avarie\w*|non[- ]?conform\w*|failed (?:our |the |your )?(?:incoming |goods-in |final )?(?:inspection|qc|quality (?:control|check)|testing)|out of (?:tolerance|spec(?:ification)?s?)|hors (?:tolerances?|specifications?)|(?:reject(?:ed|ing)?|refus(?:ons|e|ee|ees|es)?) (?:the |this |that |ce |cette |le |la |les )?(?:whole |entire )?(?:batch|lot|shipment|parts|goods|livraison|marchandise)|damag\w*|defect\w*|broken|faulty|spoiled|substandard|fissure(?:e|s|es)?|felee?s?|rayee?s?|dechire(?:e|s|es)?|tordu(?:e|s|es)?|inutilisables?|hors d'usage|cracked|scratched|dented|torn|leaking|unusable|(?:poor|bad) quality|quality (?:issue|problem)s?|(?:mauvaise|probleme de|problemes de|defaut de) qualite)\b/g,
  ),
  cue(
    'quality',
    2,
    false,
    /\b(?:ne fonctionne(?:nt)? pas|hors service|en panne|does(?:n't| not) work|do(?:n't| not) work|not working|stopped working)\b/g,
  ),
  cue('quality', 1, true, /\b(?:quality|qualite)\b/g),
  cue(
    'not_received',
    3,
    false,
    /\b(?:(?:n'(?:avons|ai|a|ont)\s+)?(?:pas|jamais|rien)\s+(?:encore\s+)?(?:ete\s+)?(?:recu|livre|receptionne)\w*|non (?:recu|livre|receptionne)\w*|pas de trace (?:de|d')|aucune trace|n'est (?:jamais |pas )?(?:encore )?arrive\w*|(?:never|not|haven't|have not|didn't|did not|hasn't|has not|wasn't|were not|weren't)\s+(?:yet\s+)?(?:been\s+)?(?:received|delivered|arrived)|never (?:got|arrived|showed up|came)|no record of (?:(?:this|the|that|your|any) )?(?:invoices?|delivery|order|shipment|goods)|undelivered)\b/g,
  ),
  // Goods still not there: "toujours pas la marchandise", "notre entrepôt n'a rien vu passer",
  // "the pallets never arrived".
  cue(
    'not_received',
    3,
    false,
    /\b(?:toujours pas (?:recu |eu )?(?:la |les |le |de |d')?(?:marchandise|livraison|commande|colis|materiel|produits?|pieces?)|(?:n'a|n'avons|n'ai|n'ont) (?:toujours )?rien (?:vu passer|recu|vu arriver)|(?:la )?livraison n'(?:est|a) (?:toujours )?pas (?:faite|effectuee|ete faite|eu lieu|arrivee)|(?:goods|shipment|delivery|order|pallets?|parts|items) (?:never|still (?:hasn't|haven't|has not|have not)) (?:arrived|shown up|been delivered|turned up)|still (?:haven't|have not) (?:received|got|seen) (?:the |our |any )?(?:goods|shipment|delivery|order|pallets?|parts|items))\b/g,
  ),
  cue(
    'missing_po',
    3,
    false,
    /\b(?:(?:sans|pas de|aucun|manque(?: le| un)?|absence (?:de|du)|il manque le|oubli du)\s+(?:(?:le|du|un)\s+)?(?:numero de |n° de |n° )?(?:bon de commande|bdc|bc|commande|po)\b|(?:bon de commande|numero de commande|n° de commande|reference de commande|bdc|n° bdc|numero de bdc)\s+(?:est\s+|n'est\s+pas\s+)?(?:manquant|absent|obligatoire|requis|indique|mentionne|n'apparait pas|ne figure pas|manque)|(?:no|missing|without|lacks?|lacking|need|requires?|must (?:have|include|show|quote|reference))\s+(?:(?:a|an|the|our|any)\s+)?(?:valid\s+)?(?:po|p\.o\.|purchase order)(?: number| no\.?| #| reference)?|(?:po|purchase order)(?: number| no\.?| reference)?\s+(?:is\s+)?(?:missing|required|not (?:shown|quoted|referenced|included|mentioned))|without (?:a |our )?po|(?:has|have|does|is) not (?:got |have |carry |show )?(?:our|the|a|any) (?:po|p\.o\.|purchase order|order) (?:number|no\.?|#|reference)|ne (?:mentionne|comporte|indique|porte|reprend|fait (?:pas )?apparaitre) pas (?:le |notre |votre |de |d'|la )?(?:numero de |n° de |reference de |reference du )?(?:bon de commande|commande|bc|bdc|po))/g,
  ),
  cue(
    'missing_po',
    2,
    false,
    new RegExp(
      [
        String.raw`\b(?:quot(?:e|es|ing)|show(?:s|ing)?|includ(?:e|es|ing)|referenc(?:e|es|ing)|bear(?:s|ing)?|mention(?:s|ing)?|indiqu(?:er|ant|ez)|mentionn(?:er|ant|ez)|port(?:er|ant|ez)|rappel(?:er|ant|ez)|fai(?:re|sant) (?:figurer|apparaitre))\s+(?:(?:a|an|the|our|your|le|la|notre|votre|un|une|du)\s+)?(?:valid\s+|correct\s+|bon\s+)?${PO_WORDS}`,
        // "Reissued with our PO" tells of a fix already made.
        String.raw`\b(?:re-?issue|re-?send|re-?submit|renvoyer|reediter|reemettre|refaire|corriger)(?!d\s+(?:with|avec)\b|e?e?s?\s+avec\b)\w*\b[^.!?]{0,60}?${PO_WORDS}`,
      ].join('|'),
      'g',
    ),
  ),
  cue(
    'duplicate',
    3,
    true,
    /\b(?:doublons?|en double|(?<!\ben )deux fois|double emploi|duplicat(?!a\b)\w*|double[- ]?(?:billed|billing|charged?|charging|invoiced|invoicing|facturation|facture\w*)|(?:billed|invoiced|charged)\s+(?:us\s+|me\s+|you\s+)?(?:twice|two times|double|a second time)|factur\w*\s+(?:a deux reprises|2 fois|une (?:seconde|deuxieme) fois)|deja (?:ete )?facture\w*|already (?:been )?(?:billed|invoiced)|dupliqu\w*)\b/g,
  ),
  // Two bills for one piece of work: "INV-8830 and INV-8857 cover the same work order",
  // "il s'agit du même transport", "deux factures pour la même livraison".
  cue(
    'duplicate',
    3,
    true,
    /\b(?:(?:cover|covers|covering|relate to|relates to|refer to|refers to|are (?:both )?for|is also for|bills|billed|invoiced|charged)\s+(?:us\s+)?(?:for\s+)?the (?:exact )?same\s+(?:[a-z]+\s+)?(?:work order|order|service|visit|delivery|shipment|job|work|po|purchase order|period|goods|items?|hours|month|week|invoice|transport|consignment)|(?:two|2|both) invoices? (?:for|covering|cover) the same|(?:s'agit|correspond(?:ent)?|portent sur|portant sur|concernent)\s+(?:a\s+)?(?:du|de la|le|la|au|a la)\s+meme\s+(?:prestation|livraison|commande|transport|intervention|visite|periode|marchandise|bon|facture|mission|expedition)|(?:deux|2) factures? (?:pour|concernant|portant sur|sur) (?:le|la|les) meme)\b/g,
  ),
  cue(
    'already_paid',
    3,
    true,
    /\b(?:deja (?:ete )?(?:regle|paye|solde|verse|vire|acquitte)\w*|deja (?:fait l'objet d'un|procede au) (?:reglement|paiement|virement)|already (?:been )?(?:paid|settled|remitted|cleared|transferred|wired)|(?:avons|a|ont|ai) deja (?:ete )?(?:regle|paye|solde|vire)\w*)\b/g,
  ),
  cue(
    'already_paid',
    1,
    true,
    /\b(?:(?:merci de|pouvez-vous|pourriez-vous|veuillez) (?:verifier|controler|pointer|revoir) (?:vos|votre) (?:comptes|comptabilite|releve|encaissements|ecritures)|check (?:your|on your) (?:records|books|ledger|accounts|side|cash application|receipts|bank statements?|incoming payments|remittances)|verifier de votre cote|relance (?:est )?(?:une erreur|erronee|injustifiee)|reminder (?:was sent |is )?in error|mettre a jour (?:votre|vos) (?:compte|comptes|comptabilite|fichier|relances|ecritures|suivi)\w*|update (?:your|the) (?:records|account|ledger|books|system)|(?:stop|cancel) (?:the|your|these|all) reminders?|(?:arreter|cesser|stopper|annuler) (?:les|vos|cette|votre|ces) relances?|ne (?:comprends|comprenons) pas (?:cette|votre|la|ces|vos) relances?|(?:don't|do not) understand (?:this|your|the) reminder)\b/g,
  ),
];

// Generic dispute wording: intent says dispute, category stays `other` if nothing else speaks.
const STRONG_DISPUTE =
  /\b(?:contest\w*|litig\w*|reclamation|desaccord|dispute\w*|disagree\w*|refus\w*|reject\w*|nous ne (?:pouvons|pourrons) pas (?:(?:regler|payer|valider|approuver) (?:cette facture|le paiement|le reglement)|(?:traiter|comptabiliser|enregistrer|accepter) (?:cette|la) facture)|cannot (?:approve|pay|process) (?:this|the) invoice|can't (?:approve|pay|process) (?:this|the) invoice|erreur de facturation|billing error|facture (?:erronee|incorrecte)|incorrect invoice|invoice is (?:wrong|incorrect))\b/g;
const WEAK_DISPUTE =
  /\b(?:bloquee?s?|en suspens|on hold|blocked|un avoir|votre avoir|avoir (?:de|d'un montant|n°|correspondant)|credit note|facture (?:rectificative|corrigee)|corrected invoice|re-?issue|reemettre|reediter|reedition|refaire la facture|erreur|error|incorrect\w*|wrong)\b/g;

// "has the credit note been applied?", "merci d'imputer l'avoir": bookkeeping on a credit note
// already agreed, not a contest.
const CREDIT_NOTE = /^(?:un avoir|votre avoir|avoir|credit note)/;
const APPLIED_BEFORE =
  /\b(?:apply|applied|use|used|deduct|deducted|net|offset|allocate|imputer|impute|appliquer|applique|deduire|deduit|deduisant|compenser|utiliser|utilise)\s+(?:the\s+|our\s+|your\s+|this\s+|l'|votre\s+|notre\s+|cet\s+|le\s+)?$/;
const APPLIED_AFTER =
  /^[^,.;:!?]{0,30}?\b(?:been\s+|ete\s+|bien\s+)?(?:applied|deducted|used|netted|offset|allocated|imputee?|appliquee?|deduite?|utilisee?|pris en compte|taken into account)\b/;

const NEGATION_BEFORE =
  /(?:(?:\b(?:pas|not|never|ni|nor)|n't)\s+(?:du tout\s+|at all\s+|been\s+|ete\s+|trop\s+)?|(?:\bpas (?:de|d')|\binutile d(?:e|')|\bpas besoin d(?:e|')|\bno need to|\bneedn't|\baucun\w*|\bsans|\bni|\bwithout|\bno|\bnone|rien a redire (?:sur|quant a)|happy with|satisfied with|satisfaits? (?:de|par|du)|contents? (?:de|du)|no complaints? (?:about|on|with)|nothing wrong with|no (?:issue|problem)s? with)\b[^,.;:!?]{0,25})$/;
// "we are not disputing the price", "nous ne contestons pas les quantités": the object is not disputed.
const NEGATED_DISPUTE_VERB_BEFORE =
  /(?:\b(?:not|never)\s+|n't\s+|\b(?:ne|n')\s*(?:[a-z]+\s+)?)(?:disput\w*|contest\w*|question\w*|challeng\w*|querying|remett\w* en (?:cause|question))\s+(?:pas\s+|jamais\s+)?[^,.;:!?]{0,30}$/;
// "let me know if it hasn't arrived", "si la marchandise était abîmée": a condition, not a claim;
// "même si" and "even if" concede a fact and stay.
const CONDITION_BEFORE =
  /\b(?<!\b(?:meme|even)\s)(?:if|si|s'il|s'ils|s'elle|s'elles|in case|au cas ou|unless|a moins que)\b[^,.;:!?]{0,40}$/;
// French "ne … pas" wraps the word it negates: "nous ne contestons pas".
const FRENCH_NE_BEFORE = /\b(?:ne|n')\s*(?:[a-z]+\s+)?$/;
const FRENCH_PAS_AFTER = /^\s+(?:pas|jamais|plus|point|ni)\b/;
const POSITIVE_AFTER =
  /^[^,.;:!?]{0,40}\b(?:est|sont|etait|is|are|was|were|looks?|seems?|semblent?)\s+(?:bien\s+|all\s+|totally\s+)?(?:correct\w*|conformes?|ok|fine|good|right|bons?|en ordre|as agreed|parfait\w*|perfect)\b/;
// "pricing and quantities match our PO", "les prix correspondent au devis", unless negated.
const MATCHES_AFTER =
  /^(?![^,.;:!?]{0,40}(?:\bnot\b|n't\b|\bne\b|\bpas\b))[^,.;:!?]{0,40}?\b(?:match(?:es)?|tally with|agree with|correspond(?:ent)?)\s+(?:(?:to|with|a|au|aux)\s+)?(?:our|the|your|notre|nos|votre|vos|la|le|les)\b/;

function cue(category: DisputeCategory, weight: number, negatable: boolean, pattern: RegExp): Cue {
  return { category, weight, negatable, pattern };
}

/** The dispute cues of a folded text that no nearby negation cancels. */
export function findCategoryHits(folded: string): CategoryHit[] {
  const hits: CategoryHit[] = [];
  const settled = settledCategories(folded);
  for (const { category, pattern, weight, negatable, confirm } of CUES) {
    if (settled.has(category)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const end = m.index + m[0].length;
      if (confirm !== undefined && !confirm(folded, end)) continue;
      if (negatable && isNegated(folded, m.index, end)) continue;
      if (CONDITION_BEFORE.test(folded.slice(Math.max(0, m.index - 50), m.index))) continue;
      if (category === 'duplicate' && isCopyRequest(folded, m.index, end)) continue;
      if (category === 'price' && PRICE_LIST_REQUEST_BEFORE.test(folded.slice(0, m.index)))
        continue;
      hits.push({ category, weight, index: m.index });
    }
  }
  return hits;
}

/** The category with the most weight among the hits, the earliest on a tie. */
export function strongestCategory(hits: CategoryHit[]): CategoryHit | null {
  const totals = new Map<DisputeCategory, { weight: number; index: number }>();
  for (const hit of hits) {
    const total = totals.get(hit.category);
    totals.set(hit.category, {
      weight: (total?.weight ?? 0) + hit.weight,
      index: Math.min(total?.index ?? hit.index, hit.index),
    });
  }
  let best: CategoryHit | null = null;
  for (const [category, total] of totals) {
    if (
      best === null ||
      total.weight > best.weight ||
      (total.weight === best.weight && total.index < best.index)
    ) {
      best = { category, ...total };
    }
  }
  return best;
}

/** Whether a folded text uses generic dispute wording, strong or weak; null when it does not. */
export function genericDisputeAt(folded: string): { strong: boolean; index: number } | null {
  for (const [pattern, strong] of [
    [STRONG_DISPUTE, true],
    [WEAK_DISPUTE, false],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const end = m.index + m[0].length;
      if (isNegated(folded, m.index, end) || isAppliedCreditNote(folded, m.index, end)) continue;
      if (!strong && RECEIVED_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index)))
        continue;
      if (SETTLED.test(sentenceAround(folded, m.index))) continue;
      return { strong, index: m.index };
    }
  }
  return null;
}

// "That closes the pricing dispute", "il règle le litige sur le prix": a dispute put to rest.
// What the phrase names ("the pricing dispute", "le litige sur le prix") is put to rest everywhere.
const SETTLED_SOURCE = String.raw`\b(?:(?:closes?|closed|settles?|settled|resolves?|resolved|ends?|ended)\s+(?:the |this |that |our |your )?(?:\w+\s+)?(?:dispute|issue|matter|query|claim)|(?:regle|clot|cloture|solde|resout|termine|met fin a)\s+(?:le |ce |notre |votre |au )?(?:litige|differend|desaccord|probleme|dossier))(?:\s+(?:sur|about|over|on|concernant|regarding|relatif a|portant sur)\b[^.!?,;]{0,40})?|\b(?:\w+\s+)?(?:dispute|issue|matter|query|claim|litige|differend|desaccord|probleme)\b[^.!?,;]{0,40}?\b(?:is|has been|est|a ete) (?:now |bien |donc )?(?:closed|settled|resolved|clos|regle|resolu|solde|termine)\b`;
const SETTLED = new RegExp(SETTLED_SOURCE);
const EVERY_SETTLED = new RegExp(SETTLED_SOURCE, 'g');
const SENTENCE_STOP = /[.!?\n]/;

// The categories a text says are settled: those its settled phrases name.
function settledCategories(folded: string): Set<DisputeCategory> {
  const settled = new Set<DisputeCategory>();
  if (!SETTLED.test(folded)) return settled;
  for (const phrase of folded.match(EVERY_SETTLED) ?? []) {
    for (const { category, pattern } of CUES) {
      pattern.lastIndex = 0;
      if (pattern.test(phrase)) settled.add(category);
      pattern.lastIndex = 0;
    }
  }
  return settled;
}

// The sentence of a folded text around an index, cut at stops and line ends.
function sentenceAround(folded: string, at: number): string {
  let start = at;
  while (start > 0 && !SENTENCE_STOP.test(folded[start - 1] ?? '')) start--;
  let end = at;
  while (end < folded.length && !SENTENCE_STOP.test(folded[end] ?? '')) end++;
  return folded.slice(start, end);
}

function isNegated(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 60), start);
  const after = folded.slice(end, end + 60);
  return (
    NEGATION_BEFORE.test(before) ||
    POSITIVE_AFTER.test(after) ||
    MATCHES_AFTER.test(after) ||
    NEGATED_DISPUTE_VERB_BEFORE.test(before) ||
    (FRENCH_NE_BEFORE.test(before) && FRENCH_PAS_AFTER.test(after))
  );
}

function isAppliedCreditNote(folded: string, start: number, end: number): boolean {
  if (!CREDIT_NOTE.test(folded.slice(start, end))) return false;
  return (
    APPLIED_BEFORE.test(folded.slice(Math.max(0, start - 30), start)) ||
    APPLIED_AFTER.test(folded.slice(end, end + 50))
  );
}

function isCopyRequest(folded: string, start: number, end: number): boolean {
  return (
    COPY_REQUEST_BEFORE.test(folded.slice(Math.max(0, start - 40), start)) ||
    COPY_AFTER.test(folded.slice(end, end + 20))
  );
}
