// A stand-in for Office.js implementing exactly what src/office/office-host.ts calls, so the real
// pane bundle runs in a plain browser page. Preview and browser tests only.

/** One email of the demo mailbox (`GET /preview/emails.json`). */
export interface PreviewEmail {
  id: string;
  messageId: string;
  threadId: string | null;
  from: { name: string; email: string };
  to: { name: string; email: string }[];
  cc: { name: string; email: string }[];
  subject: string;
  sentAt: string;
  text: string;
  language: string;
  kind: string;
}

/** A draft of the compose sample, as the fake lets the page show it. */
export interface FakeDraft {
  to: { name: string; email: string }[];
  subject: string;
  /** Called with what the pane inserts at the cursor. */
  onInsert: (data: string, coercion: string) => void;
  onSubject: (subject: string) => void;
}

type Callback<T> = (result: {
  status: string;
  value: T;
  error?: { code: number; message: string };
}) => void;

const SUCCEEDED = 'succeeded';
const ok = <T>(cb: Callback<T> | undefined, value: T) => {
  // Office calls back asynchronously; so does the fake, so ordering bugs show up here too.
  setTimeout(() => cb?.({ status: SUCCEEDED, value }), 0);
};
const details = (a: { name: string; email: string }) => ({
  displayName: a.name,
  emailAddress: a.email,
  recipientType: 'externalUser',
});

/** The fake Office and the handles the preview page drives it with. */
export interface FakeOffice {
  office: unknown;
  select(email: PreviewEmail | null): void;
  compose(draft: FakeDraft): void;
  /** Resolves Office.onReady; call once the first item is in place. */
  ready(): void;
  onReply(listener: (html: string) => void): void;
}

/** Builds the fake `Office` global for a user and a display language. */
export function createFakeOffice(
  user: { name: string; email: string },
  displayLanguage: string,
): FakeOffice {
  let item: unknown = null;
  const handlers = new Set<() => void>();
  let replyListener: (html: string) => void = () => undefined;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const mailbox = {
    get item() {
      return item;
    },
    userProfile: { displayName: user.name, emailAddress: user.email },
    addHandlerAsync(_type: string, handler: () => void, cb?: Callback<void>) {
      handlers.add(handler);
      ok(cb, undefined);
    },
    removeHandlerAsync(_type: string, cb?: Callback<void>) {
      handlers.clear();
      ok(cb, undefined);
    },
  };

  const office = {
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    onReady: async () => {
      await readyPromise;
      return { host: 'Outlook', platform: 'OfficeOnline' };
    },
    context: {
      displayLanguage,
      requirements: { isSetSupported: () => false },
      mailbox,
    },
  };

  const fire = () => {
    for (const handler of handlers) handler();
  };

  return {
    office,
    ready: () => markReady(),
    onReply: (listener) => {
      replyListener = listener;
    },
    select(email) {
      item = email ? readItem(email, (html) => replyListener(html)) : null;
      fire();
    },
    compose(draft) {
      item = composeItem(draft);
      fire();
    },
  };
}

function readItem(email: PreviewEmail, onReply: (html: string) => void) {
  return {
    itemType: 'message',
    subject: email.subject,
    from: details(email.from),
    sender: details(email.from),
    to: email.to.map(details),
    cc: email.cc.map(details),
    internetMessageId: email.messageId,
    conversationId: email.threadId ?? email.id,
    itemId: email.id,
    dateTimeCreated: new Date(email.sentAt),
    body: {
      getAsync(_coercion: string, cb: Callback<string>) {
        ok(cb, email.text);
      },
    },
    displayReplyForm(form: { htmlBody?: string } | string) {
      onReply(typeof form === 'string' ? form : (form.htmlBody ?? ''));
    },
  };
}

function composeItem(draft: FakeDraft) {
  let subject = draft.subject;
  return {
    itemType: 'message',
    conversationId: '',
    subject: {
      getAsync: (cb: Callback<string>) => ok(cb, subject),
      setAsync: (value: string, cb?: Callback<void>) => {
        subject = value;
        draft.onSubject(value);
        ok(cb, undefined);
      },
    },
    to: { getAsync: (cb: Callback<unknown[]>) => ok(cb, draft.to.map(details)) },
    cc: { getAsync: (cb: Callback<unknown[]>) => ok(cb, []) },
    body: {
      getTypeAsync: (cb: Callback<string>) => ok(cb, 'html'),
      setSelectedDataAsync: (
        data: string,
        options: { coercionType?: string },
        cb?: Callback<void>,
      ) => {
        draft.onInsert(data, options.coercionType ?? 'text');
        ok(cb, undefined);
      },
    },
  };
}
