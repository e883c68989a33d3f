// All patterns read folded text (see foldText): lower case, no accents, straight apostrophes.

const OUT_OF_OFFICE_SUBJECT =
  /\b(?:reponse automatique|automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|absence du bureau|absent du bureau|i am away|ooo)\b/;
const OUT_OF_OFFICE_BODY =
  /\b(?:je suis (?:actuellement )?(?:absente?|en conges|en deplacement)|je serai (?:absente?|de retour)|de retour (?:le|au bureau|a partir)|absente? (?:du bureau|jusqu'au)|en conges jusqu'au|out of (?:the )?office (?:until|from|and)|i am (?:currently )?(?:away|out of (?:the )?office|on (?:annual |parental )?leave|on vacation|on holiday|travelling)|i'm (?:currently )?(?:away|out of (?:the )?office|on (?:annual |parental )?leave|on vacation|on holiday)|i will be back|i'll be back|back in the office on|returning (?:to the office )?on|limited access to (?:my )?e-?mail|acces limite a (?:mes e-?mails|ma messagerie))/;

/** True when an email is an out-of-office reply. */
export function isOutOfOffice(foldedSubject: string, foldedFresh: string): boolean {
  return OUT_OF_OFFICE_SUBJECT.test(foldedSubject) || OUT_OF_OFFICE_BODY.test(foldedFresh);
}

const REMITTANCE =
  /\b(?:avis de (?:virement|paiement|reglement)|remittance(?: advice)?|proof of payment|justificatif de (?:paiement|virement|reglement)|preuve de (?:paiement|virement)|payment confirmation|confirmation de (?:paiement|virement)|swift (?:copy|confirmation)|copie (?:du|de l'ordre de) (?:swift|virement))\b|\b(?:avons|ai)\s+(?:bien\s+|aujourd'hui\s+|ce jour\s+|ce matin\s+)?(?:regle|paye|effectue|vire|envoye|procede|emis|transmis|verse|solde|initie|lance|passe|ordonne)\b(?!\s+(?:un |le |votre |notre )?(?:mail|message|e-mail|courriel|commande|question|demande))|\b(?:virement|paiement|reglement|cheque|versement|factures?)\b[^!?]{0,40}?\b(?:a|ont)\s+(?:bien\s+)?ete\s+(?:regle|paye|effectue|vire|envoye|emis|transmis|verse|solde|initie|execute|mis en paiement|poste)|\b(?:virement|paiement|reglement|versement)\s+(?:effectue|emis|execute|passe|envoye|realise)\b|\b(?:we|i)\s+(?:have\s+|'ve\s+|just\s+|today\s+)*(?:paid|sent|wired|transferred|settled|remitted|made|processed|released|initiated|mailed)\b(?!\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:e-?mail|message|question|request|goods|back|copy|order|po|purchase order|reminder))|\b(?:payment|transfer|wire|remittance|check|cheque|ach)\b[^!?]{0,40}?\b(?:has\s+been|have\s+been|was|were|went)\s+(?:sent|made|paid|processed|released|initiated|issued|executed|out|mailed)|\bpaid (?:today|yesterday|this morning|in full)\b/;

const PROMISE =
  /\b(?:reglerons|paierons|payerons|verserons|virerons|solderons|procederons au (?:reglement|paiement|virement)|(?:allons|vais|va|pouvons|pourrons|comptons|prevoyons|souhaitons) (?:vous )?(?:regler|payer|proceder|effectuer|virer|solder|lancer|faire le necessaire|mettre en paiement)|(?:sera|seront) (?:reglee?s?|payee?s?|vire(?:e|s)?|verse(?:e|s)?|effectue(?:e|s)?|mise?s? en paiement|soldee?s?|programme(?:e|s)?|traitee?s?)|mettrons en paiement|(?:paiement|reglement|virement|versement) (?:est |sera )?(?:prevu|programme|planifie|valide)|nous engageons a (?:regler|payer)|ferons le necessaire|ce sera fait)\b|\b(?:will|'ll|shall|going to|plan to|intend to|expect to|can)\s+(?:be\s+)?(?:pay|paid|settle|settled|process|processed|release|released|wire|wired|transfer|transferred|remit|remitted|clear|cleared|make (?:the |a )?payment|send (?:the |a )?payment|issue (?:the |a )?payment|schedule|scheduled)\b|\b(?:payment|transfer|wire|check|cheque)\s+(?:is|has been|was)\s+(?:scheduled|planned|approved|queued)|\b(?:will|'ll|going to) get (?:\S+ ){0,4}?(?:paid|settled|processed)\b|\bscheduled for payment|\b(?:next|our) (?:payment|check) run\b/;

const NEGATED = /\b(?:ne|pas|jamais|not|cannot|never|unable)\b|\bn'|n't\b/;
const POLITE =
  /\b(?:n'hesitez pas|ne manquerons pas|ne manquerai pas|pas de (?:souci|probleme)|no problem|not a problem|don't hesitate|do not hesitate|without fail)\b/g;
const UNTIL =
  /\b(?:avant|before|until|till|qu'a partir|only (?:on|after)|pas avant|not before|des que|as soon as|once)\b/;

/** True when a folded sentence says a payment was made. */
export function saysPaymentMade(folded: string): boolean {
  return REMITTANCE.test(folded) && !isNegated(folded);
}

/** True when a folded sentence commits to pay later. */
export function saysWillPay(folded: string): boolean {
  return PROMISE.test(folded) && (!isNegated(folded) || UNTIL.test(folded));
}

function isNegated(folded: string): boolean {
  return NEGATED.test(folded.replace(POLITE, ' '));
}
