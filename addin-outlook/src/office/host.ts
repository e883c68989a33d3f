// What the pane needs from its mail host; Office implements it in office-host.ts, tests fake it.

/** A person on an email. */
export interface MailAddress {
  name: string;
  email: string;
}

/** The open email as the pane reads it, in read or compose mode. */
export interface MailItem {
  mode: 'read' | 'compose';
  /** Sender in read mode; the signed-in user in compose mode. */
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** RFC 5322 Message-ID (read mode only). */
  internetMessageId: string | null;
  conversationId: string | null;
  itemId: string | null;
  /** When the message was sent or received, ISO UTC (read mode only). */
  sentAt: string | null;
  /** Plain text of the body (read mode only; '' in compose). */
  text: string;
}

/** A message to put in front of the user: subject, HTML and plain text saying the same. */
export interface MailDraft {
  subject: string;
  html: string;
  text: string;
}

/** Why a host call failed. */
export type MailHostErrorCode = 'unavailable' | 'not_supported' | 'no_item' | 'failed';

/** A failed host call, typed so the pane can say what went wrong. */
export class MailHostError extends Error {
  constructor(
    readonly code: MailHostErrorCode,
    message: string,
    /** Office's numeric error code when Office gave one. */
    readonly officeCode?: number,
  ) {
    super(message);
    this.name = 'MailHostError';
  }
}

/** The mail host as the pane sees it. */
export interface MailHost {
  /** BCP 47 tag of the user's Office display language, e.g. 'fr-FR'. */
  displayLanguage(): string;
  /** The signed-in mailbox user. */
  user(): MailAddress;
  /** True when the host offers Nested App Authentication. */
  supportsNestedAppAuth(): boolean;
  /** Reads the selected item; null when nothing is selected (pinned pane between messages). */
  readItem(): Promise<MailItem | null>;
  /** Calls `listener` each time the selected item changes; resolves to an unsubscribe. */
  onItemChanged(listener: () => void): Promise<() => Promise<void>>;
  /** Opens a reply to the selected message, prefilled with the draft (read mode). */
  replyWith(draft: MailDraft): void;
  /** Inserts the draft at the cursor and sets the subject when it is empty (compose mode). */
  insertIntoDraft(draft: MailDraft): Promise<void>;
}
