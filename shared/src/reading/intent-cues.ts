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
// What carries a payment, in both languages.
const PAYMENT_NOUN_FR = String.raw`(?:virement|paiement|reglement|versement|cheque|prelevement|transfert|fonds)`;
const PAYMENT_NOUN_EN = String.raw`(?:payment|transfer|wire|remittance|check|cheque|ach|bacs|chaps|eft|funds)`;
// Folded French loses the accent that tells "effectué" from "effectue": these participles only
// read as past when an auxiliary or a past time says so; "émis", "parti", "envoyé" always do.
const SENT_FR = String.raw`(?:emis|partie?s?|transmis|envoyee?s?)`;
const PAST_TIME_FR = String.raw`(?:hier|avant-hier|ce matin|ce jour|aujourd'hui|a l'instant|cet apres-midi|la semaine derniere|par courrier|par la poste|le \d)`;
// "sera émis", "doit être envoyé": a participle after a future or a modal is not a payment made.
const NOT_YET_FR = String.raw`(?<!\b(?:sera|seront|serait|seraient|etre|soit|soient)\s+(?:bien\s+|alors\s+|donc\s+)?)`;
const REMITTANCE = new RegExp(
  [
    // Documents that prove a payment: "avis de virement", "wire confirmation", "avis d'opération".
    String.raw`\b(?:avis de (?:virement|paiement|reglement)|remittance(?: advice)?|proof of (?:payment|transfer)|(?:justificatif|preuve|confirmation|copie|bordereau|avis|accuse|recu) (?:de |du |d'|de l')?(?:virement|paiement|reglement|versement|remise|operation|execution|l'ordre de virement)|(?:avis|confirmation|justificatif|attestation) (?:de (?:la |notre |ma )?banque|bancaire)|bank(?:'s)? (?:confirmation|advice)|confirmation from (?:the |our |my )?bank|(?:wire|transfer|payment|ach|bacs|chaps|swift|eft|bank|check|cheque) (?:confirmation|receipt|advice|slip|stub)|confirmation of (?:the |our |my )?(?:payment|wire|transfer|remittance)|swift (?:copy|confirmation)|copie (?:du|de l'ordre de) (?:swift|virement))\b`,
    // "nous avons réglé", and the infinitive of "nous vous confirmons avoir réglé".
    String.raw`\b(?:avons|ai|avoir)\s+(?:bien\s+|aujourd'hui\s+|ce jour\s+|ce matin\s+)?${PAID_FR}\b(?!\s+(?:un |le |votre |notre )?(?:mail|message|e-mail|courriel|commande|question|demande))`,
    String.raw`\b(?:virement|paiement|reglement|cheque|versement|factures?)\b[^!?]{0,40}?\b(?:a|ont)\s+(?:bien\s+)?ete\s+(?:regle|paye|effectue|vire|envoye|emis|transmis|verse|solde|initie|execute|mis en paiement|poste)`,
    // An invoice stated as settled: "la facture est soldée", "elles sont réglées".
    String.raw`\b(?:est|sont)\s+(?:bien\s+|deja\s+|desormais\s+)?(?:reglee?s?|payee?s?|soldee?s?|acquittee?s?)\b`,
    String.raw`\b(?:virement|paiement|reglement|versement)\s+(?:effectue|emis|execute|passe|envoye|realise)\b`,
    // A payment on its way: "le virement est parti hier", "le chèque … est parti par courrier".
    String.raw`\b${PAYMENT_NOUN_FR}\b[^!?;]{0,60}?\b(?:est|sont)\s+(?:bien\s+|deja\s+)?(?:partie?s?|envoyee?s?|postee?s?|expediee?s?|emise?s?|executee?s?|passee?s?|transmise?s?|en route|en chemin)(?![a-z])`,
    // "Virement de 760,40 EUR émis hier", "chèque envoyé ce matin".
    String.raw`\b${PAYMENT_NOUN_FR}\b[^!?;]{0,60}?${NOT_YET_FR}\b(?:${SENT_FR}|(?:effectue|execute|passe|ordonne|lance|vire|verse|poste|expedie|realise|fait)(?:e|s|es)?\s+(?:par (?:virement|cheque|carte|prelevement)\s+)?${PAST_TIME_FR})(?![a-z])`,
    // A direct debit taken: "le prélèvement … a bien été débité le 5 novembre", "the direct debit was collected".
    String.raw`\b(?:prelevement|direct debit)\b[^.!?;]{0,60}?\b(?:a (?:bien )?ete (?:debite|preleve|effectue|passe|encaisse)|(?:was|has been) (?:debited|collected|taken|processed))\b`,
    // A sentence that opens on the participle: "Réglé ce matin par virement", "Paid INV-8857 via your portal".
    String.raw`(?:^|[,;:]\s)\s*(?:just\s+|already\s+|deja\s+)?(?:paid|wired|settled|remitted|transferred|(?:regle|paye|vire|verse|solde)(?:e|s|es)?\s+(?:ce |hier|aujourd'hui|par |via |le |en |sur ))`,
    String.raw`\bc'est (?:regle|paye|vire|solde)\b`,
    String.raw`\b(?:we|i)\s+(?:have\s+|'ve\s+|just\s+|today\s+|already\s+)*(?:paid|sent|wired|transferred|settled|remitted|made|processed|released|initiated|mailed)\b(?!\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:e-?mail|message|question|request|goods|back|copy|order|po|purchase order|reminder))`,
    // Verbs that only mean paying with a payment as object: "we submitted the payment", "I cut a check".
    String.raw`\b(?:we|i)\s+(?:have\s+|'ve\s+|just\s+|today\s+|already\s+)*(?:submitted|issued|cut|posted|dropped|pushed|completed|authorized|put)\s+(?:the\s+|a\s+|an\s+|our\s+|your\s+)?(?:payment|check|cheque|wire|transfer|ach|bacs|remittance)\b`,
    String.raw`\b${PAYMENT_NOUN_EN}\b[^!?]{0,40}?\b(?:has\s+been|have\s+been|was|were|went)\s+(?:sent|made|paid|processed|released|initiated|issued|executed|out|mailed|submitted|posted)`,
    String.raw`\b${PAYMENT_NOUN_EN}\b[^!?;]{0,40}?\b(?:(?:has|have)\s+(?:gone\s+out|left|cleared)|is\s+(?:on\s+(?:its|the)\s+way|in\s+the\s+(?:mail|post)))`,
    // Whatever the subject ("INV-8812 was settled"), only paying verbs: an invoice is also "sent".
    String.raw`\b(?:has\s+been|have\s+been|was|were)\s+(?:already\s+|fully\s+)?(?:paid|settled)\b`,
    String.raw`\bpaid in full\b`,
    // Terse notes: "reglement fait ce matin par virement".
    String.raw`\b(?:reglement|paiement|virement|versement)\s+(?:fait|effectue|envoye|passe|parti)\s+(?:ce matin|aujourd'hui|hier|ce jour|cet apres-midi)\b`,
    // A cheque put in the post: "check #10457 mailed yesterday", "chèque posté hier".
    String.raw`\b(?:check|cheque)\b[^.!?;]{0,30}?(?<!\b(?:will|to|'ll|shall)\s+(?:be\s+)?)\b(?:mailed|posted|sent out|dropped in the (?:mail|post)|put in the (?:mail|post))\b`,
    String.raw`\bcheque\b[^.!?;]{0,30}?\b(?:poste|envoye|expedie|parti)\s+(?:hier|ce matin|aujourd'hui|ce jour|lundi|mardi|mercredi|jeudi|vendredi)\b`,
    // A paying participle with a past time: "$12,960.00 wired this morning", "paid today via ACH".
    String.raw`\b(?:paid|wired|transferred|remitted|settled)\s+(?:today|yesterday|this morning|this afternoon|earlier today|last night)\b`,
    // "Wire transfer sent today", "ACH payment … was sent today": a payment noun, then its sending.
    String.raw`\b${PAYMENT_NOUN_EN}\b[^.!?;]{0,60}?(?<!\b(?:will|to|'ll|shall)\s+(?:be\s+)?)\b(?:sent|made|initiated|released|issued|processed|submitted|executed)\s+(?:out\s+)?(?:today|yesterday|this morning|this afternoon|earlier today|last night)\b`,
  ].join('|'),
);
const EVERY_REMITTANCE = everyMatchOf(REMITTANCE);

const PROMISE =
  /\b(?:reglerons|paierons|payerons|verserons|virerons|solderons|procederons au (?:reglement|paiement|virement)|(?:allons|vais|va|pouvons|pourrons|comptons|prevoyons|souhaitons) (?:vous )?(?:regler|payer|proceder|effectuer|virer|solder|lancer|faire le necessaire|mettre en paiement)|(?:sera|seront) (?:reglee?s?|payee?s?|vire(?:e|s)?|verse(?:e|s)?|effectue(?:e|s)?|mise?s? en paiement|soldee?s?|programme(?:e|s)?|traitee?s?)|mettrons en paiement|(?:paiement|reglement|virement|versement) (?:est |sera )?(?:prevu|programme|planifie|valide)|nous engageons a (?:regler|payer)|ferons le necessaire|ce sera fait)\b|\b(?:will|'ll|shall|going to|plan to|intend to|expect to|can)\s+(?:be\s+)?(?:pay|paid|settle|settled|process|processed|release|released|wire|wired|transfer|transferred|remit|remitted|clear|cleared|make (?:the |a )?payment|send (?:the |a )?payment|issue (?:the |a )?payment|schedule|scheduled)\b|\b(?:payment|transfer|wire|check|cheque)\s+(?:is|has been|was)\s+(?:scheduled|planned|approved|queued)|\b(?:will|'ll|going to) get (?:\S+ ){0,4}?(?:paid|settled|processed)\b|\bscheduled for payment|\b(?:remaining|remainder|balance|rest|solde|reste|reliquat)\b[^!?]{0,40}?\b(?:will follow|to follow|suivra|suivront)\b|\b(?:next|our) (?:payment|check) run\b/;

const MEANS_OF_PAYING =
  /\b(?:can|could|may) be (?:paid|settled|regle\w*|paye\w*) (?:by|with|via|through|online|using|par|en ligne)\b/g;
const NEGATED = /\b(?:ne|pas|jamais|not|cannot|never|unable)\b|\bn'|n't\b/;
const POLITE =
  /\b(?:n'hesitez pas|ne manquerons pas|ne manquerai pas|pas de (?:souci|probleme)|no problem|not a problem|don't hesitate|do not hesitate|without fail)\b/g;
const UNTIL =
  /\b(?:avant|before|until|till|qu'a partir|only (?:on|after)|pas avant|not before|des que|as soon as|once)\b/;

const EVERY_PROMISE = everyMatchOf(PROMISE);
const ASIDE = /\([^()]{0,80}\)/g;
// "I'll send you the remittance once it's out", "nous vous enverrons l'avis de virement": the proof
// of a payment still to come.
const PROOF_TO_COME =
  /\b(?:will|'ll|shall|going to|then|once|when|as soon as|enverr\w*|transmettr\w*|ferons parvenir|ferai parvenir|des que)\b[^.!?;]{0,40}?\b(?:remittance(?: advice)?|proof of payment|payment confirmation|avis de (?:virement|paiement)|justificatif(?: de (?:virement|paiement))?|preuve de (?:virement|paiement))\b/g;

/** True when a folded sentence says a payment was made, in a clause that is not negated. */
export function saysPaymentMade(folded: string): boolean {
  // An aside in brackets ("un chèque (n° 4471235, Crédit Mutuel) vous a été envoyé") does not
  // part a payment from its verb.
  const plain = folded.replace(ASIDE, ' ').replace(PROOF_TO_COME, ' ');
  return REMITTANCE.test(plain) && matchesInPlainClause(EVERY_REMITTANCE, plain, isNegated);
}

/** A folded sentence with its words of a payment made blanked out. */
export function withoutPaymentsMade(folded: string): string {
  return folded.replace(EVERY_REMITTANCE, ' ');
}

/** True when a folded sentence commits to pay later ("not before the 15th" included). */
export function saysWillPay(sentence: string): boolean {
  // "small invoices can be paid by card": a way of paying, not a commitment.
  const folded = sentence.replace(MEANS_OF_PAYING, ' ');
  if (!PROMISE.test(folded)) return false;
  return matchesInPlainClause(EVERY_PROMISE, folded, isNegated) || UNTIL.test(folded);
}

function isNegated(folded: string): boolean {
  return NEGATED.test(folded.replace(POLITE, ' '));
}
