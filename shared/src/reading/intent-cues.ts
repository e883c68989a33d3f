import { everyMatchOf, matchesInPlainClause } from './clauses.ts';

// All patterns read folded text (see foldText): lower case, no accents, straight apostrophes.

const OUT_OF_OFFICE_SUBJECT =
  /\b(?:reponse automatique|automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|absence du bureau|absent du bureau|i am away|ooo)\b/;
const OUT_OF_OFFICE_BODY =
  /\b(?:je suis (?:actuellement )?(?:absente?|en conges|en deplacement)|je serai (?:absente?|de retour)|de retour (?:le|au bureau|a partir)|absente? (?:du bureau|jusqu'au)|en conges jusqu'au|out of (?:the )?office (?:until|from|and)|i am (?:currently )?(?:away|out of (?:the )?office|on (?:annual |parental )?leave|on vacation|on holiday|travelling)|i'm (?:currently )?(?:away|out of (?:the )?office|on (?:annual |parental )?leave|on vacation|on holiday)|i will be back|i'll be back|back in the office on|returning (?:to the office )?on|limited access to (?:my )?e-?mail|acces limite a (?:mes e-?mails|ma messagerie))/;

/** True when an email is an out-of-office reply. */
export function isOutOfOffice(foldedSubject: string, foldedFresh: string): boolean {
  return OUT_OF_OFFICE_SUBJECT.test(foldedSubject) || OUT_OF_OFFICE_BODY.test(foldedFresh);
}

// French past participles of paying, with their agreement endings.
const PAID_FR = String.raw`(?:regle|paye|effectue|vire|envoye|procede|emis|transmis|verse|solde|initie|lance|passe|ordonne)(?:e|s|es)?`;
const REMITTANCE = new RegExp(
  [
    String.raw`\b(?:avis de (?:virement|paiement|reglement)|remittance(?: advice)?|proof of payment|justificatif de (?:paiement|virement|reglement)|preuve de (?:paiement|virement)|payment confirmation|confirmation de (?:paiement|virement)|swift (?:copy|confirmation)|copie (?:du|de l'ordre de) (?:swift|virement))\b`,
    // "nous avons réglé", and the infinitive of "nous vous confirmons avoir réglé".
    String.raw`\b(?:avons|ai|avoir)\s+(?:bien\s+|aujourd'hui\s+|ce jour\s+|ce matin\s+)?${PAID_FR}\b(?!\s+(?:un |le |votre |notre )?(?:mail|message|e-mail|courriel|commande|question|demande))`,
    String.raw`\b(?:virement|paiement|reglement|cheque|versement|factures?)\b[^!?]{0,40}?\b(?:a|ont)\s+(?:bien\s+)?ete\s+(?:regle|paye|effectue|vire|envoye|emis|transmis|verse|solde|initie|execute|mis en paiement|poste)`,
    // An invoice stated as settled: "la facture est soldée", "elles sont réglées".
    String.raw`\b(?:est|sont)\s+(?:bien\s+|deja\s+|desormais\s+)?(?:reglee?s?|payee?s?|soldee?s?|acquittee?s?)\b`,
    String.raw`\b(?:virement|paiement|reglement|versement)\s+(?:effectue|emis|execute|passe|envoye|realise)\b`,
    String.raw`\b(?:we|i)\s+(?:have\s+|'ve\s+|just\s+|today\s+)*(?:paid|sent|wired|transferred|settled|remitted|made|processed|released|initiated|mailed)\b(?!\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:e-?mail|message|question|request|goods|back|copy|order|po|purchase order|reminder))`,
    String.raw`\b(?:payment|transfer|wire|remittance|check|cheque|ach)\b[^!?]{0,40}?\b(?:has\s+been|have\s+been|was|were|went)\s+(?:sent|made|paid|processed|released|initiated|issued|executed|out|mailed)`,
    // Whatever the subject ("INV-8812 was settled"), only paying verbs: an invoice is also "sent".
    String.raw`\b(?:has\s+been|have\s+been|was|were)\s+(?:already\s+|fully\s+)?(?:paid|settled)\b`,
    String.raw`\bpaid (?:today|yesterday|this morning|in full)\b`,
  ].join('|'),
);
const EVERY_REMITTANCE = everyMatchOf(REMITTANCE);

const PROMISE =
  /\b(?:reglerons|paierons|payerons|verserons|virerons|solderons|procederons au (?:reglement|paiement|virement)|(?:allons|vais|va|pouvons|pourrons|comptons|prevoyons|souhaitons) (?:vous )?(?:regler|payer|proceder|effectuer|virer|solder|lancer|faire le necessaire|mettre en paiement)|(?:sera|seront) (?:reglee?s?|payee?s?|vire(?:e|s)?|verse(?:e|s)?|effectue(?:e|s)?|mise?s? en paiement|soldee?s?|programme(?:e|s)?|traitee?s?)|mettrons en paiement|(?:paiement|reglement|virement|versement) (?:est |sera )?(?:prevu|programme|planifie|valide)|nous engageons a (?:regler|payer)|ferons le necessaire|ce sera fait)\b|\b(?:will|'ll|shall|going to|plan to|intend to|expect to|can)\s+(?:be\s+)?(?:pay|paid|settle|settled|process|processed|release|released|wire|wired|transfer|transferred|remit|remitted|clear|cleared|make (?:the |a )?payment|send (?:the |a )?payment|issue (?:the |a )?payment|schedule|scheduled)\b|\b(?:payment|transfer|wire|check|cheque)\s+(?:is|has been|was)\s+(?:scheduled|planned|approved|queued)|\b(?:will|'ll|going to) get (?:\S+ ){0,4}?(?:paid|settled|processed)\b|\bscheduled for payment|\b(?:next|our) (?:payment|check) run\b/;

const NEGATED = /\b(?:ne|pas|jamais|not|cannot|never|unable)\b|\bn'|n't\b/;
const POLITE =
  /\b(?:n'hesitez pas|ne manquerons pas|ne manquerai pas|pas de (?:souci|probleme)|no problem|not a problem|don't hesitate|do not hesitate|without fail)\b/g;
const UNTIL =
  /\b(?:avant|before|until|till|qu'a partir|only (?:on|after)|pas avant|not before|des que|as soon as|once)\b/;

const EVERY_PROMISE = everyMatchOf(PROMISE);

/** True when a folded sentence says a payment was made, in a clause that is not negated. */
export function saysPaymentMade(folded: string): boolean {
  return REMITTANCE.test(folded) && matchesInPlainClause(EVERY_REMITTANCE, folded, isNegated);
}

/** True when a folded sentence commits to pay later ("not before the 15th" included). */
export function saysWillPay(folded: string): boolean {
  if (!PROMISE.test(folded)) return false;
  return matchesInPlainClause(EVERY_PROMISE, folded, isNegated) || UNTIL.test(folded);
}

function isNegated(folded: string): boolean {
  return NEGATED.test(folded.replace(POLITE, ' '));
}
