import type {
  AgingBucket,
  DisputeCategory,
  Language,
  MatchStep,
  Segment,
  Tone,
  WorklistItem,
} from '@relance/shared';

/** Every string the pane shows, in one language. */
export interface Messages {
  appName: string;
  loading: string;
  retry: string;
  cancel: string;
  save: string;
  settings: string;
  back: string;
  errorTitle: string;
  errors: {
    context: string;
    worklist: string;
    office: string;
    signIn: string;
    save: string;
    search: string;
    insert: string;
    /** The server did not answer at all. */
    unreachable: string;
    /** The server failed; its own reason (English, from the API) follows for support. */
    server: (status: number, reason: string) => string;
  };
  /** "Label: value", with the space French puts before the colon. */
  labelled: (label: string, value: string) => string;
  offlineTitle: string;
  waitingToSync: (count: number) => string;
  waitingBadge: string;
  syncFailed: (label: string, reason: string) => string;
  queuedNote: string;
  who: {
    assignedTo: (name: string) => string;
    unassigned: string;
    strategic: string;
    matchedBy: (step: MatchStep, evidence: string) => string;
    notThisCustomer: string;
    segment: Record<Segment, string>;
  };
  unknown: {
    title: string;
    body: (email: string) => string;
    ambiguous: (email: string, evidence: string) => string;
    candidates: string;
    searchLabel: string;
    searchPlaceholder: string;
    link: string;
    linked: (name: string) => string;
    noResults: string;
  };
  internal: { title: string; body: string };
  excluded: (reason: string) => string;
  balance: {
    title: string;
    outstanding: string;
    overdue: string;
    disputed: string;
    bucket: Record<AgingBucket, string>;
    nothingOpen: string;
  };
  invoices: {
    title: string;
    due: (date: string) => string;
    daysOverdue: (days: number) => string;
    notDue: string;
    disputed: string;
    promised: string;
    mentioned: string;
    select: (number: string) => string;
  };
  activity: {
    disputes: string;
    promises: string;
    lastResolved: string;
    exchanges: string;
    none: string;
    promiseLine: (amount: string, date: string) => string;
    promiseStatus: Record<'pending' | 'kept' | 'broken' | 'cancelled', string>;
    exchangeBy: (who: string, when: string, client: string) => string;
  };
  category: Record<DisputeCategory, string>;
  actions: {
    logPromise: string;
    logDispute: string;
    logEmail: string;
    emailLogged: (who: string, when: string) => string;
    emailAutoLogged: string;
    replyStatement: string;
    insertStatement: string;
    insertReminder: string;
    template: string;
    statement: string;
    reminderKind: Record<'pre_due' | 'receipt_check' | 'overdue' | 'promise_follow_up', string>;
    tone: string;
    toneName: Record<Tone, string>;
    language: string;
    inserted: string;
  };
  promise: {
    title: string;
    amount: string;
    currency: string;
    date: string;
    invoices: string;
    quote: string;
    note: string;
    saved: (amount: string, date: string) => string;
    prefilled: string;
    amountInvalid: string;
    dateInvalid: string;
  };
  dispute: {
    title: string;
    category: string;
    invoices: string;
    note: string;
    saved: string;
    needInvoice: string;
  };
  worklist: {
    title: string;
    empty: string;
    noItem: string;
    kind: Record<WorklistItem['kind'], string>;
    escalate: string;
    invoiceCount: (count: number) => string;
    dueIn: (days: number) => string;
    overdueBy: (days: number, invoices: number) => string;
    promisedFor: (date: string) => string;
  };
  settingsView: {
    title: string;
    tokenLabel: string;
    tokenHint: string;
    tokenSaved: string;
    tokenCleared: string;
    clear: string;
    signedInAs: (name: string) => string;
    microsoft: string;
    needToken: string;
  };
  languageName: Record<Language, string>;
}

const fr: Messages = {
  appName: 'Relance',
  loading: 'Chargement…',
  retry: 'Réessayer',
  cancel: 'Annuler',
  save: 'Enregistrer',
  settings: 'Réglages',
  back: 'Retour',
  errorTitle: 'Échec',
  errors: {
    context: 'Impossible de charger le compte de ce client',
    worklist: 'Impossible de charger vos tâches',
    office: "Outlook n'a pas pu lire cet email",
    signIn: 'Connexion refusée : vérifiez votre jeton dans les réglages',
    save: "L'enregistrement a échoué",
    search: 'La recherche a échoué',
    insert: "Outlook n'a pas pu insérer le texte",
    unreachable: 'le serveur Relance ne répond pas ; vérifiez votre connexion',
    server: (status, reason) => `erreur du serveur Relance (${status}) : ${reason}`,
  },
  labelled: (label, value) => `${label} : ${value}`,
  offlineTitle: 'Serveur injoignable',
  waitingToSync: (n) =>
    n > 1
      ? `${n} enregistrements en attente de synchronisation`
      : '1 enregistrement en attente de synchronisation',
  syncFailed: (label, reason) => `« ${label} » refusé par le serveur : ${reason}`,
  waitingBadge: 'En attente de synchronisation',
  queuedNote: 'En attente de synchronisation : sera envoyé dès que le serveur répondra.',
  who: {
    assignedTo: (name) => `Suivi par ${name}`,
    unassigned: 'Aucun gestionnaire',
    strategic: 'Stratégique',
    matchedBy: (step, evidence) =>
      ({
        contact: `par adresse (${evidence})`,
        invoice: `par la facture ${evidence} citée dans l'email`,
        domain: `par domaine ${evidence}`,
        thread: 'par la conversation déjà enregistrée',
        manual: 'choisi à la main',
      })[step],
    notThisCustomer: "Ce n'est pas ce client",
    segment: {
      strategic: 'Stratégique',
      new: 'Nouveau client',
      recurring_late: 'Retards récurrents',
      occasional_late: 'Retards occasionnels',
      good_payer: 'Bon payeur',
    },
  },
  unknown: {
    title: 'Expéditeur inconnu',
    body: (email) => `${email} n'est rattaché à aucun client.`,
    ambiguous: (email, evidence) => `${email} correspond à plusieurs clients (${evidence}).`,
    candidates: 'Clients possibles',
    searchLabel: 'Rechercher un client',
    searchPlaceholder: 'Nom ou code client',
    link: 'Rattacher',
    linked: (name) => `Adresse rattachée à ${name}`,
    noResults: 'Aucun client trouvé',
  },
  internal: {
    title: 'Email interne',
    body: 'Cet email vient de votre entreprise : rien à enregistrer.',
  },
  excluded: (reason) => `Email exclu du suivi (${reason}).`,
  balance: {
    title: 'Situation du compte',
    outstanding: 'Encours',
    overdue: 'Échu',
    disputed: 'En litige',
    bucket: {
      not_due: 'Non échu',
      d1_30: '1–30 j',
      d31_60: '31–60 j',
      d61_90: '61–90 j',
      over_90: '+90 j',
    },
    nothingOpen: 'Aucune facture ouverte',
  },
  invoices: {
    title: 'Factures ouvertes',
    due: (date) => `échéance ${date}`,
    daysOverdue: (d) => `${d} j de retard`,
    notDue: 'non échue',
    disputed: 'En litige',
    promised: 'Promise',
    mentioned: "Citée dans l'email",
    select: (n) => `Sélectionner ${n}`,
  },
  activity: {
    disputes: 'Litiges ouverts',
    promises: 'Promesses en cours',
    lastResolved: 'Dernière promesse',
    exchanges: "Échanges récents de l'équipe",
    none: 'Aucun',
    promiseLine: (amount, date) => `${amount} pour le ${date}`,
    promiseStatus: {
      pending: 'en cours',
      kept: 'tenue',
      broken: 'non tenue',
      cancelled: 'annulée',
    },
    exchangeBy: (who, when, client) => `${who} · ${when} · ${client}`,
  },
  category: {
    price: 'Prix',
    quantity: 'Quantité',
    quality: 'Qualité',
    not_received: 'Non reçu',
    missing_po: 'Bon de commande manquant',
    duplicate: 'Doublon',
    already_paid: 'Déjà payée',
    other: 'Autre',
  },
  actions: {
    logPromise: 'Noter une promesse',
    logDispute: 'Ouvrir un litige',
    logEmail: "Enregistrer l'email",
    emailLogged: (who, when) => `Enregistré par ${who} le ${when}`,
    emailAutoLogged: 'Email enregistré automatiquement',
    replyStatement: 'Répondre avec un relevé',
    insertStatement: 'Insérer le relevé',
    insertReminder: 'Insérer la relance',
    template: 'Modèle',
    statement: 'Relevé de compte',
    reminderKind: {
      pre_due: 'Échéance prochaine',
      receipt_check: 'Bonne réception',
      overdue: 'Relance impayé',
      promise_follow_up: 'Suivi de promesse',
    },
    tone: 'Ton',
    toneName: { courteous: 'Courtois', neutral: 'Neutre', firm: 'Ferme' },
    language: 'Langue',
    inserted: 'Texte inséré dans le brouillon',
  },
  promise: {
    title: 'Promesse de paiement',
    amount: 'Montant',
    currency: 'Devise',
    date: 'Date promise',
    invoices: 'Factures',
    quote: 'Phrase du client',
    note: 'Note',
    saved: (amount, date) => `Promesse enregistrée : ${amount} pour le ${date}`,
    prefilled: "Prérempli d'après l'email : vérifiez avant d'enregistrer.",
    amountInvalid: 'Saisissez un montant positif, par exemple 1250,00',
    dateInvalid: 'Choisissez une date',
  },
  dispute: {
    title: 'Litige',
    category: 'Motif',
    invoices: 'Factures concernées',
    note: 'Note',
    saved: 'Litige ouvert',
    needInvoice: 'Choisissez au moins une facture',
  },
  worklist: {
    title: 'Vos tâches du jour',
    empty: 'Rien à faire pour le moment.',
    noItem: 'Sélectionnez un email pour voir le compte du client.',
    kind: {
      promise_due_today: "Paiement promis pour aujourd'hui",
      promise_broken: 'Promesse non tenue',
      dispute_owned: 'Litige à suivre',
      pre_due_reminder: 'Rappel avant échéance',
      receipt_check: 'Vérifier la bonne réception',
      overdue_reminder: 'Relance impayé',
    },
    escalate: 'À remonter au responsable',
    invoiceCount: (n) => (n > 1 ? `${n} factures` : '1 facture'),
    dueIn: (d) =>
      d <= 0 ? "échéance aujourd'hui" : d === 1 ? 'échéance demain' : `échéance dans ${d} jours`,
    overdueBy: (d, n) =>
      `${n > 1 ? 'la plus ancienne en retard' : 'en retard'} de ${d} jour${d > 1 ? 's' : ''}`,
    promisedFor: (date) => `promis pour le ${date}`,
  },
  settingsView: {
    title: 'Réglages',
    tokenLabel: "Jeton d'API personnel",
    tokenHint: 'Créé par un administrateur Relance ; commence par rl_. Gardé dans ce navigateur.',
    tokenSaved: 'Jeton enregistré',
    tokenCleared: 'Jeton effacé',
    clear: 'Effacer',
    signedInAs: (name) => `Connecté en tant que ${name}`,
    microsoft: 'Connexion avec votre compte Microsoft',
    needToken: "Saisissez votre jeton d'API dans les réglages pour commencer.",
  },
  languageName: { fr: 'Français', en: 'Anglais' },
};

const en: Messages = {
  appName: 'Relance',
  loading: 'Loading…',
  retry: 'Retry',
  cancel: 'Cancel',
  save: 'Save',
  settings: 'Settings',
  back: 'Back',
  errorTitle: 'Failed',
  errors: {
    context: "Could not load this customer's account",
    worklist: 'Could not load your work list',
    office: 'Outlook could not read this email',
    signIn: 'Sign-in refused: check your token in the settings',
    save: 'Saving failed',
    search: 'Search failed',
    insert: 'Outlook could not insert the text',
    unreachable: 'the Relance server does not answer; check your connection',
    server: (status, reason) => `Relance server error (${status}): ${reason}`,
  },
  labelled: (label, value) => `${label}: ${value}`,
  offlineTitle: 'Server unreachable',
  waitingToSync: (n) => (n > 1 ? `${n} records waiting to sync` : '1 record waiting to sync'),
  syncFailed: (label, reason) => `"${label}" refused by the server: ${reason}`,
  waitingBadge: 'Waiting to sync',
  queuedNote: 'Waiting to sync: it will be sent as soon as the server answers.',
  who: {
    assignedTo: (name) => `Handled by ${name}`,
    unassigned: 'No collector assigned',
    strategic: 'Strategic',
    matchedBy: (step, evidence) =>
      ({
        contact: `by address (${evidence})`,
        invoice: `by invoice ${evidence} in the email`,
        domain: `by domain ${evidence}`,
        thread: 'by the conversation already logged',
        manual: 'chosen by hand',
      })[step],
    notThisCustomer: 'Not this customer',
    segment: {
      strategic: 'Strategic',
      new: 'New customer',
      recurring_late: 'Recurring late payer',
      occasional_late: 'Occasional late payer',
      good_payer: 'Good payer',
    },
  },
  unknown: {
    title: 'Unknown sender',
    body: (email) => `${email} is not linked to any customer.`,
    ambiguous: (email, evidence) => `${email} matches several customers (${evidence}).`,
    candidates: 'Possible customers',
    searchLabel: 'Find a customer',
    searchPlaceholder: 'Name or customer code',
    link: 'Link',
    linked: (name) => `Address linked to ${name}`,
    noResults: 'No customer found',
  },
  internal: {
    title: 'Internal email',
    body: 'This email comes from your own company: nothing to log.',
  },
  excluded: (reason) => `Email excluded from tracking (${reason}).`,
  balance: {
    title: 'Where the account stands',
    outstanding: 'Outstanding',
    overdue: 'Overdue',
    disputed: 'Disputed',
    bucket: {
      not_due: 'Not due',
      d1_30: '1–30 d',
      d31_60: '31–60 d',
      d61_90: '61–90 d',
      over_90: '90+ d',
    },
    nothingOpen: 'No open invoices',
  },
  invoices: {
    title: 'Open invoices',
    due: (date) => `due ${date}`,
    daysOverdue: (d) => `${d} d overdue`,
    notDue: 'not due',
    disputed: 'Disputed',
    promised: 'Promised',
    mentioned: 'In the email',
    select: (n) => `Select ${n}`,
  },
  activity: {
    disputes: 'Open disputes',
    promises: 'Pending promises',
    lastResolved: 'Last promise',
    exchanges: "Team's recent exchanges",
    none: 'None',
    promiseLine: (amount, date) => `${amount} by ${date}`,
    promiseStatus: { pending: 'pending', kept: 'kept', broken: 'broken', cancelled: 'cancelled' },
    exchangeBy: (who, when, client) => `${who} · ${when} · ${client}`,
  },
  category: {
    price: 'Price',
    quantity: 'Quantity',
    quality: 'Quality',
    not_received: 'Not received',
    missing_po: 'Missing PO',
    duplicate: 'Duplicate',
    already_paid: 'Already paid',
    other: 'Other',
  },
  actions: {
    logPromise: 'Log a promise',
    logDispute: 'Log a dispute',
    logEmail: 'Log the email',
    emailLogged: (who, when) => `Logged by ${who} on ${when}`,
    emailAutoLogged: 'Email logged automatically',
    replyStatement: 'Reply with a statement',
    insertStatement: 'Insert the statement',
    insertReminder: 'Insert the reminder',
    template: 'Template',
    statement: 'Statement of account',
    reminderKind: {
      pre_due: 'Due soon',
      receipt_check: 'Receipt check',
      overdue: 'Overdue reminder',
      promise_follow_up: 'Promise follow-up',
    },
    tone: 'Tone',
    toneName: { courteous: 'Courteous', neutral: 'Neutral', firm: 'Firm' },
    language: 'Language',
    inserted: 'Text inserted into the draft',
  },
  promise: {
    title: 'Payment promise',
    amount: 'Amount',
    currency: 'Currency',
    date: 'Promised date',
    invoices: 'Invoices',
    quote: "Customer's words",
    note: 'Note',
    saved: (amount, date) => `Promise logged: ${amount} by ${date}`,
    prefilled: 'Prefilled from the email: check before saving.',
    amountInvalid: 'Enter a positive amount, such as 1250.00',
    dateInvalid: 'Pick a date',
  },
  dispute: {
    title: 'Dispute',
    category: 'Reason',
    invoices: 'Invoices concerned',
    note: 'Note',
    saved: 'Dispute opened',
    needInvoice: 'Pick at least one invoice',
  },
  worklist: {
    title: 'Your work today',
    empty: 'Nothing to do right now.',
    noItem: "Select an email to see the customer's account.",
    kind: {
      promise_due_today: 'Promised payment due today',
      promise_broken: 'Broken promise',
      dispute_owned: 'Dispute to follow up',
      pre_due_reminder: 'Pre-due reminder',
      receipt_check: 'Check the invoice arrived',
      overdue_reminder: 'Overdue reminder',
    },
    escalate: 'Escalate to your manager',
    invoiceCount: (n) => (n > 1 ? `${n} invoices` : '1 invoice'),
    dueIn: (d) => (d <= 0 ? 'due today' : d === 1 ? 'due tomorrow' : `due in ${d} days`),
    overdueBy: (d, n) => `${n > 1 ? 'oldest ' : ''}${d} day${d > 1 ? 's' : ''} overdue`,
    promisedFor: (date) => `promised for ${date}`,
  },
  settingsView: {
    title: 'Settings',
    tokenLabel: 'Personal API token',
    tokenHint: 'Made by a Relance admin; starts with rl_. Kept in this browser.',
    tokenSaved: 'Token saved',
    tokenCleared: 'Token cleared',
    clear: 'Clear',
    signedInAs: (name) => `Signed in as ${name}`,
    microsoft: 'Signed in with your Microsoft account',
    needToken: 'Enter your API token in the settings to start.',
  },
  languageName: { fr: 'French', en: 'English' },
};

/** The pane's strings in each language. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { fr, en };

/** The pane's language from Office's display language: French for fr-*, English otherwise. */
export function languageFromDisplay(displayLanguage: string): Language {
  return displayLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
