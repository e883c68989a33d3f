import { gmail } from '@googleapis/gmail';
import type { gmail_v1 } from '@googleapis/gmail';
import { OAuth2Client } from 'google-auth-library';

/** The open message as the cards need it. */
export interface OpenMessage {
  /** Gmail's own id of the message. */
  gmailId: string;
  threadId: string | null;
  /** The RFC 5322 Message-ID header, angle brackets kept, as Outlook reports it too. */
  messageId: string;
  from: string;
  fromName: string | null;
  to: string[];
  cc: string[];
  subject: string;
  /** When it was sent, ISO UTC. */
  sentAt: string;
  /** The text/plain body, or the HTML body reduced to text. */
  text: string;
}

/** Why the open message could not be read. */
export class MessageReadError extends Error {
  constructor(
    readonly reason: 'not_found' | 'unavailable' | 'unauthorized',
    message: string,
  ) {
    super(message);
  }
}

/** A contextual request without the message it needs (no Gmail ids or tokens). */
export class NoOpenMessage extends Error {}

/** What reading one message takes: the user's token and the event's message token. */
export interface MessageReadRequest {
  gmailMessageId: string;
  userOAuthToken: string;
  messageAccessToken: string;
  /** Overrides the reader's Gmail API root for this call (the demo's same-server fake). */
  rootUrl?: string;
}

/** Reads the message a contextual event points at. */
export type MessageReader = (request: MessageReadRequest) => Promise<OpenMessage>;

/**
 * A reader over the Gmail API's `users.messages.get` (format FULL): the user's OAuth token
 * as bearer and the event's message token in `X-Goog-Gmail-Access-Token`, as Google's
 * current-message scopes require. `rootUrl` points it at a fake in tests and the demo.
 */
export function gmailApiReader(options: { rootUrl?: string } = {}): MessageReader {
  const clients = new Map<string, gmail_v1.Gmail>();
  const clientFor = (rootUrl: string | undefined) => {
    const key = rootUrl ?? '';
    let client = clients.get(key);
    if (!client) {
      client = gmail(rootUrl ? { version: 'v1', rootUrl } : { version: 'v1' });
      clients.set(key, client);
    }
    return client;
  };

  return async (request) => {
    const rootUrl = request.rootUrl ?? options.rootUrl;
    try {
      // An explicit client: without one the library looks for default credentials (and
      // probes the metadata server) on every call, which costs hundreds of milliseconds.
      const auth = new OAuth2Client();
      auth.setCredentials({ access_token: request.userOAuthToken });
      const response = await clientFor(rootUrl).users.messages.get(
        { userId: 'me', id: request.gmailMessageId, format: 'full', auth },
        { headers: { 'X-Goog-Gmail-Access-Token': request.messageAccessToken }, retry: false },
      );
      return openMessageOf(response.data);
    } catch (err) {
      if (err instanceof MessageReadError) throw err;
      const status = statusOf(err);
      if (status === 404) throw new MessageReadError('not_found', 'Gmail has no such message');
      if (status === 401 || status === 403) {
        throw new MessageReadError('unauthorized', 'Gmail refused to share this message');
      }
      throw new MessageReadError(
        'unavailable',
        `Gmail could not be reached (${status ?? 'network'})`,
      );
    }
  };
}

function statusOf(err: unknown): number | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { status?: unknown; response?: { status?: unknown } };
  const status = e.status ?? e.response?.status;
  return typeof status === 'number' ? status : null;
}

/** Turns a Gmail API message into the fields the cards use. */
export function openMessageOf(message: gmail_v1.Schema$Message): OpenMessage {
  const payload = message.payload ?? {};
  const header = (name: string) =>
    payload.headers?.find((h) => h.name?.toLowerCase() === name.toLowerCase())?.value ?? '';
  const from = parseAddresses(header('From'))[0];
  if (!message.id || !from) {
    throw new MessageReadError('not_found', 'the message has no id or no sender');
  }
  return {
    gmailId: message.id,
    threadId: message.threadId ?? null,
    messageId: header('Message-ID') || `<${message.id}@mail.gmail.com>`,
    from: from.email,
    fromName: from.name,
    to: parseAddresses(header('To')).map((a) => a.email),
    cc: parseAddresses(header('Cc')).map((a) => a.email),
    subject: header('Subject'),
    sentAt: sentAtOf(header('Date'), message.internalDate),
    text: bodyTextOf(payload),
  };
}

function sentAtOf(dateHeader: string, internalDate: string | null | undefined): string {
  const fromHeader = Date.parse(dateHeader);
  if (Number.isFinite(fromHeader)) return new Date(fromHeader).toISOString();
  const internal = Number(internalDate);
  return new Date(Number.isFinite(internal) ? internal : 0).toISOString();
}

/** Splits an address header into addresses, honouring quoted display names with commas. */
export function parseAddresses(value: string): { email: string; name: string | null }[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '<') angle = true;
    if (!quoted && ch === '>') angle = false;
    if (ch === ',' && !quoted && !angle) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);

  return parts.flatMap((part) => {
    const trimmed = part.trim();
    const bracketed = /<([^>]+)>/.exec(trimmed);
    const email = (bracketed?.[1] ?? trimmed).trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return [];
    const name = bracketed ? trimmed.slice(0, bracketed.index).trim().replace(/^"|"$/g, '') : '';
    return [{ email, name: name || null }];
  });
}

function bodyTextOf(payload: gmail_v1.Schema$MessagePart): string {
  const plain = findPart(payload, 'text/plain');
  if (plain) return decodeBody(plain);
  const html = findPart(payload, 'text/html');
  return html ? htmlToText(decodeBody(html)) : '';
}

function findPart(
  part: gmail_v1.Schema$MessagePart,
  mimeType: string,
): gmail_v1.Schema$MessagePart | null {
  if (part.mimeType?.toLowerCase() === mimeType && !part.filename && part.body?.data) return part;
  for (const child of part.parts ?? []) {
    const found = findPart(child, mimeType);
    if (found) return found;
  }
  return null;
}

function decodeBody(part: gmail_v1.Schema$MessagePart): string {
  return Buffer.from(part.body?.data ?? '', 'base64url').toString('utf8');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  euro: '€',
};

/** Reduces an HTML body to readable text: blocks become lines, tags and scripts go. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) {
        return String.fromCodePoint(parseInt(code.slice(2), 16));
      }
      if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
