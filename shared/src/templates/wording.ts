import type { Language, Tone } from '../domain/model.ts';

/** What a reminder is about; the Gmail add-on and the Outlook pane offer the same four. */
export type ReminderTemplateKind = 'pre_due' | 'receipt_check' | 'overdue' | 'promise_follow_up';

/** Values a sentence may mention. */
export interface WordingValues {
  customer: string;
  company: string;
  asOf: string;
  numbers: string;
  count: number;
  promisedAmount: string;
  promisedDate: string;
}

type Line = (v: WordingValues) => string;

/** Everything a template writes in one language. */
export interface Wording {
  greeting: Record<Tone, string>;
  signOff: Record<Tone, string>;
  statementSubject: Line;
  statementIntro: Record<Tone, Line>;
  statementClosing: Record<Tone, string>;
  noOpenItems: string;
  reminderSubject: Record<ReminderTemplateKind, Line>;
  reminderIntro: Record<ReminderTemplateKind, Record<Tone, Line>>;
  reminderClosing: Record<ReminderTemplateKind, Record<Tone, string>>;
  columns: {
    invoice: string;
    issued: string;
    due: string;
    late: string;
    open: string;
    pay: string;
  };
  daysLate: (days: number) => string;
  notDue: string;
  disputed: string;
  payLink: string;
  payAt: string;
  totalDue: string;
  ofWhichOverdue: string;
  unappliedCash: string;
}

const s = (n: number, one: string, many: string) => (n > 1 ? many : one);

const fr: Wording = {
  greeting: { courteous: 'Bonjour,', neutral: 'Bonjour,', firm: 'Madame, Monsieur,' },
  signOff: {
    courteous: 'Bien cordialement,',
    neutral: 'Cordialement,',
    firm: 'Salutations distinguées,',
  },
  statementSubject: (v) => `Relevé de compte ${v.customer} au ${v.asOf} – ${v.company}`,
  statementIntro: {
    courteous: (v) =>
      `Nous espérons que vous allez bien. Vous trouverez ci-dessous le relevé de votre compte chez ${v.company} au ${v.asOf}.`,
    neutral: (v) =>
      `Veuillez trouver ci-dessous le relevé de votre compte chez ${v.company} au ${v.asOf}.`,
    firm: (v) =>
      `Voici le relevé de votre compte chez ${v.company} au ${v.asOf}. Les factures échues doivent être réglées sans attendre.`,
  },
  statementClosing: {
    courteous:
      'Si un règlement est déjà en cours, merci de ne pas tenir compte de ce message. Nous restons à votre disposition pour toute question.',
    neutral: 'Merci de nous indiquer la date de règlement prévue pour les factures échues.',
    firm: 'Nous vous demandons de régler les factures échues sans délai ou de nous indiquer par retour la date de paiement.',
  },
  noOpenItems: 'Votre compte ne présente aucune facture ouverte à ce jour.',
  reminderSubject: {
    pre_due: (v) =>
      `${s(v.count, 'Échéance prochaine de la facture', 'Échéance prochaine des factures')} ${v.numbers}`,
    receipt_check: (v) =>
      `Avez-vous bien reçu ${s(v.count, 'notre facture', 'nos factures')} ${v.numbers} ?`,
    overdue: (v) =>
      `Relance : ${s(v.count, 'facture', 'factures')} ${v.numbers} ${s(v.count, 'échue', 'échues')}`,
    promise_follow_up: (v) => `Suivi de votre règlement annoncé pour le ${v.promisedDate}`,
  },
  reminderIntro: {
    pre_due: {
      courteous: (v) =>
        `Pour faciliter votre organisation, nous vous rappelons que ${s(v.count, 'la facture ci-dessous arrive', 'les factures ci-dessous arrivent')} bientôt à échéance.`,
      neutral: (v) =>
        `Nous vous rappelons que ${s(v.count, 'la facture ci-dessous arrive', 'les factures ci-dessous arrivent')} bientôt à échéance.`,
      firm: (v) =>
        `${s(v.count, 'La facture ci-dessous arrive', 'Les factures ci-dessous arrivent')} à échéance prochainement ; merci d'en prévoir le règlement à la date convenue.`,
    },
    receipt_check: {
      courteous: (v) =>
        `Nous souhaitons simplement nous assurer que vous avez bien reçu ${s(v.count, 'la facture ci-dessous', 'les factures ci-dessous')} et ${s(v.count, "qu'elle ne pose", "qu'elles ne posent")} aucune difficulté.`,
      neutral: (v) =>
        `Pouvez-vous nous confirmer la bonne réception de ${s(v.count, 'la facture ci-dessous', 'des factures ci-dessous')} ?`,
      firm: (v) =>
        `Merci de nous confirmer la réception de ${s(v.count, 'la facture ci-dessous', 'des factures ci-dessous')} et sa mise en paiement à l'échéance.`,
    },
    overdue: {
      courteous: (v) =>
        `Sauf erreur de notre part, ${s(v.count, "la facture ci-dessous n'a", "les factures ci-dessous n'ont")} pas encore été ${s(v.count, 'réglée', 'réglées')}. Il s'agit peut-être d'un simple oubli.`,
      neutral: (v) =>
        `${s(v.count, 'La facture ci-dessous est échue et reste impayée', 'Les factures ci-dessous sont échues et restent impayées')} à ce jour.`,
      firm: (v) =>
        `Malgré nos précédents messages, ${s(v.count, 'la facture ci-dessous reste impayée', 'les factures ci-dessous restent impayées')}. Nous vous demandons d'en effectuer le règlement sans délai.`,
    },
    promise_follow_up: {
      courteous: (v) =>
        `Vous nous aviez annoncé un règlement de ${v.promisedAmount} pour le ${v.promisedDate} ; sauf erreur de notre part, nous ne l'avons pas encore reçu.`,
      neutral: (v) =>
        `Vous nous aviez annoncé un règlement de ${v.promisedAmount} pour le ${v.promisedDate}. Nous ne l'avons pas reçu à ce jour.`,
      firm: (v) =>
        `Le règlement de ${v.promisedAmount} que vous nous aviez promis pour le ${v.promisedDate} ne nous est pas parvenu. Nous vous demandons de l'effectuer sans délai.`,
    },
  },
  reminderClosing: {
    pre_due: {
      courteous: 'Nous restons à votre disposition pour toute question.',
      neutral: 'Nous restons à votre disposition pour toute question.',
      firm: 'Merci de nous signaler dès maintenant toute difficulté.',
    },
    receipt_check: {
      courteous: "N'hésitez pas à nous signaler toute question avant l'échéance.",
      neutral: "Merci de nous signaler toute question avant l'échéance.",
      firm: "Toute contestation doit nous parvenir avant l'échéance.",
    },
    overdue: {
      courteous:
        'Si le règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.',
      neutral: 'Merci de nous indiquer la date de règlement prévue.',
      firm: 'Sans règlement de votre part, nous serons amenés à faire intervenir notre responsable.',
    },
    promise_follow_up: {
      courteous: 'Pouvez-vous nous indiquer où en est ce règlement ?',
      neutral: 'Merci de nous indiquer la nouvelle date de règlement.',
      firm: 'Merci de nous confirmer le paiement par retour.',
    },
  },
  columns: {
    invoice: 'Facture',
    issued: 'Date',
    due: 'Échéance',
    late: 'Retard',
    open: 'Montant dû',
    pay: 'Paiement',
  },
  daysLate: (days) => `${days} ${s(days, 'jour', 'jours')} de retard`,
  notDue: 'non échue',
  disputed: 'en litige',
  payLink: 'Payer en ligne',
  payAt: 'Paiement en ligne :',
  totalDue: 'Total dû :',
  ofWhichOverdue: 'dont échu',
  unappliedCash: 'Règlements non affectés',
};

const en: Wording = {
  greeting: { courteous: 'Hello,', neutral: 'Hello,', firm: 'Dear Sir or Madam,' },
  signOff: { courteous: 'Kind regards,', neutral: 'Regards,', firm: 'Yours faithfully,' },
  statementSubject: (v) => `Statement of account for ${v.customer} as of ${v.asOf} – ${v.company}`,
  statementIntro: {
    courteous: (v) =>
      `We hope all is well. Please find below the statement of your account with ${v.company} as of ${v.asOf}.`,
    neutral: (v) =>
      `Please find below the statement of your account with ${v.company} as of ${v.asOf}.`,
    firm: (v) =>
      `Here is the statement of your account with ${v.company} as of ${v.asOf}. Overdue invoices must be paid without further delay.`,
  },
  statementClosing: {
    courteous:
      'If a payment is already on its way, please disregard this message. Do let us know if you have any question.',
    neutral: 'Please let us know when you plan to pay the overdue invoices.',
    firm: 'Please pay the overdue invoices immediately or reply with the date of payment.',
  },
  noOpenItems: 'Your account has no open invoices today.',
  reminderSubject: {
    pre_due: (v) =>
      `${s(v.count, 'Invoice', 'Invoices')} ${v.numbers} ${s(v.count, 'falls', 'fall')} due soon`,
    receipt_check: (v) => `Did you receive our ${s(v.count, 'invoice', 'invoices')} ${v.numbers}?`,
    overdue: (v) => `Reminder: ${s(v.count, 'invoice', 'invoices')} ${v.numbers} overdue`,
    promise_follow_up: (v) => `Following up on the payment announced for ${v.promisedDate}`,
  },
  reminderIntro: {
    pre_due: {
      courteous: (v) =>
        `To help with your planning, a quick note that the ${s(v.count, 'invoice below falls', 'invoices below fall')} due soon.`,
      neutral: (v) =>
        `A reminder that the ${s(v.count, 'invoice below falls', 'invoices below fall')} due soon.`,
      firm: (v) =>
        `The ${s(v.count, 'invoice below falls', 'invoices below fall')} due shortly; please arrange payment on the agreed date.`,
    },
    receipt_check: {
      courteous: (v) =>
        `We would simply like to make sure the ${s(v.count, 'invoice below reached you and raises', 'invoices below reached you and raise')} no difficulty.`,
      neutral: (v) =>
        `Could you confirm that you received the ${s(v.count, 'invoice', 'invoices')} below?`,
      firm: (v) =>
        `Please confirm receipt of the ${s(v.count, 'invoice', 'invoices')} below and that payment is scheduled for the due date.`,
    },
    overdue: {
      courteous: (v) =>
        `Unless we are mistaken, the ${s(v.count, 'invoice below has', 'invoices below have')} not been paid yet. It may simply have been overlooked.`,
      neutral: (v) =>
        `The ${s(v.count, 'invoice below is', 'invoices below are')} overdue and still unpaid today.`,
      firm: (v) =>
        `Despite our earlier messages, the ${s(v.count, 'invoice below remains', 'invoices below remain')} unpaid. Please pay without further delay.`,
    },
    promise_follow_up: {
      courteous: (v) =>
        `You let us know a payment of ${v.promisedAmount} would be made on ${v.promisedDate}; unless we are mistaken, it has not reached us yet.`,
      neutral: (v) =>
        `You announced a payment of ${v.promisedAmount} for ${v.promisedDate}. We have not received it so far.`,
      firm: (v) =>
        `The payment of ${v.promisedAmount} you promised for ${v.promisedDate} has not reached us. Please make it without delay.`,
    },
  },
  reminderClosing: {
    pre_due: {
      courteous: 'Do let us know if you have any question.',
      neutral: 'Let us know if you have any question.',
      firm: 'Please tell us now about any difficulty.',
    },
    receipt_check: {
      courteous: 'Do let us know of any question before the due date.',
      neutral: 'Please let us know of any question before the due date.',
      firm: 'Any dispute must reach us before the due date.',
    },
    overdue: {
      courteous: 'If payment has been made in the meantime, please disregard this message.',
      neutral: 'Please let us know when you plan to pay.',
      firm: 'Without payment, we will have to involve our manager.',
    },
    promise_follow_up: {
      courteous: 'Could you let us know where this payment stands?',
      neutral: 'Please let us know the new payment date.',
      firm: 'Please confirm the payment by return.',
    },
  },
  columns: {
    invoice: 'Invoice',
    issued: 'Date',
    due: 'Due',
    late: 'Overdue',
    open: 'Open amount',
    pay: 'Payment',
  },
  daysLate: (days) => `${days} ${s(days, 'day', 'days')} overdue`,
  notDue: 'not due',
  disputed: 'disputed',
  payLink: 'Pay online',
  payAt: 'Pay online:',
  totalDue: 'Total due:',
  ofWhichOverdue: 'of which overdue',
  unappliedCash: 'Unapplied payments',
};

/** The wording of each language Relance writes in. */
export const WORDING: Readonly<Record<Language, Wording>> = { fr, en };
