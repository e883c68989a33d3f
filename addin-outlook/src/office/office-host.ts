/// <reference types="office-js" />
// The only module that touches Office.js: each callback API becomes a Promise that rejects with
// a MailHostError (never a throw inside an *Async callback, which Office swallows).
import { MailHostError } from './host.ts';
import type { MailAddress, MailHost, MailItem } from './host.ts';

type Item = Office.MessageRead | Office.MessageCompose;

/** Waits for Office.js to load and says whether it runs inside Outlook. */
export async function officeReady(): Promise<{ inOutlook: boolean }> {
  if (typeof Office === 'undefined') {
    throw new MailHostError('unavailable', 'Office.js is not loaded: open the pane from Outlook');
  }
  const info = await Office.onReady();
  return { inOutlook: info.host === Office.HostType.Outlook };
}

/** Builds the MailHost over `Office.context.mailbox`. */
export function createOfficeHost(): MailHost {
  return {
    displayLanguage: () => Office.context.displayLanguage || 'en-US',
    user: () => {
      const profile = Office.context.mailbox.userProfile;
      return { name: profile.displayName, email: profile.emailAddress.toLowerCase() };
    },
    supportsNestedAppAuth: () => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
    readItem: async () => {
      const item = currentItem();
      if (!item) return null;
      return isRead(item) ? readModeItem(item) : composeModeItem(item);
    },
    onItemChanged: async (listener) => {
      const mailbox = Office.context.mailbox;
      await settle<void>((done) =>
        mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => listener(), done),
      );
      return () =>
        settle<void>((done) => mailbox.removeHandlerAsync(Office.EventType.ItemChanged, done));
    },
    replyWith: (draft) => {
      const item = currentItem();
      if (!item || !isRead(item)) {
        throw new MailHostError('no_item', 'select a received email to reply to');
      }
      item.displayReplyForm({ htmlBody: draft.html });
    },
    insertIntoDraft: async (draft) => {
      const item = currentItem();
      if (!item || isRead(item)) {
        throw new MailHostError('no_item', 'open a draft to insert into');
      }
      const bodyType = await settle<Office.CoercionType>((done) => item.body.getTypeAsync(done));
      const asHtml = bodyType === Office.CoercionType.Html;
      await settle<void>((done) =>
        item.body.setSelectedDataAsync(
          asHtml ? draft.html : draft.text,
          { coercionType: asHtml ? Office.CoercionType.Html : Office.CoercionType.Text },
          done,
        ),
      );
      const subject = await settle<string>((done) => item.subject.getAsync(done));
      if (subject.trim() === '') {
        await settle<void>((done) => item.subject.setAsync(draft.subject, done));
      }
    },
  };
}

function currentItem(): Item | null {
  return (Office.context.mailbox.item as Item | null | undefined) ?? null;
}

// In read mode `subject` is a string; in compose it is an object with getAsync (Office docs).
function isRead(item: Item): item is Office.MessageRead {
  return typeof item.subject === 'string';
}

async function readModeItem(item: Office.MessageRead): Promise<MailItem> {
  const text = await settle<string>((done) => item.body.getAsync(Office.CoercionType.Text, done));
  const sender = item.from ?? item.sender;
  return {
    mode: 'read',
    from: sender ? address(sender) : null,
    to: (item.to ?? []).map(address),
    cc: (item.cc ?? []).map(address),
    subject: item.subject,
    internetMessageId: item.internetMessageId || null,
    conversationId: item.conversationId || null,
    itemId: item.itemId || null,
    sentAt: item.dateTimeCreated ? new Date(item.dateTimeCreated).toISOString() : null,
    text,
  };
}

// Three calls at once at most: Outlook on the web refuses a fourth concurrent async call.
async function composeModeItem(item: Office.MessageCompose): Promise<MailItem> {
  const [to, cc, subject] = await Promise.all([
    settle<Office.EmailAddressDetails[]>((done) => item.to.getAsync(done)),
    settle<Office.EmailAddressDetails[]>((done) => item.cc.getAsync(done)),
    settle<string>((done) => item.subject.getAsync(done)),
  ]);
  const profile = Office.context.mailbox.userProfile;
  return {
    mode: 'compose',
    from: { name: profile.displayName, email: profile.emailAddress.toLowerCase() },
    to: to.map(address),
    cc: cc.map(address),
    subject,
    internetMessageId: null,
    conversationId: item.conversationId || null,
    itemId: null,
    sentAt: null,
    text: '',
  };
}

function address(details: Office.EmailAddressDetails): MailAddress {
  const email = details.emailAddress.toLowerCase();
  return { name: details.displayName || email, email };
}

/** Runs one Office *Async call and settles with its value or a MailHostError. */
export function settle<T>(
  call: (done: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      call((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) {
          resolve(result.value);
          return;
        }
        const error = result.error as Office.Error | undefined;
        reject(
          new MailHostError('failed', error?.message || 'Outlook refused the request', error?.code),
        );
      });
    } catch (err) {
      reject(new MailHostError('not_supported', err instanceof Error ? err.message : String(err)));
    }
  });
}
