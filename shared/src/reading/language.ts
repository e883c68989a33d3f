/** The two languages the reader understands. */
export type MailLanguage = 'fr' | 'en';

const FRENCH_WORDS =
  /\b(?:le|la|les|des|du|nous|vous|est|sont|pour|avec|facture|factures|merci|bonjour|madame|monsieur|votre|notre|nos|vos|pas|une|sera|avons|cordialement|règlement|paiement|virement|qui|que|dans|sur|mais|donc)\b/gi;
const ENGLISH_WORDS =
  /\b(?:the|and|we|you|is|are|for|with|invoice|invoices|thanks|thank|hello|hi|dear|your|our|not|will|have|has|been|payment|paid|please|this|that|regards|of|to)\b/gi;

/** Guesses whether a text is French or English by counting common words of each. */
export function detectLanguage(text: string): MailLanguage {
  const sample = text.slice(0, 4000);
  const french = sample.match(FRENCH_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return french >= english && french > 0 ? 'fr' : english > 0 ? 'en' : 'fr';
}
