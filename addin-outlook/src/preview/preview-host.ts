// The fake mailbox of /preview/outlook: lists the demo emails, drives the fake Office, and shows
// replies and drafts the pane writes. Loaded before the pane bundle, which it never imports.
import { createFakeOffice } from './fake-office.ts';
import type { PreviewEmail } from './fake-office.ts';

const params = new URLSearchParams(window.location.search);
const lang =
  params.get('lang') ?? (navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
const user = {
  name: params.get('userName') ?? 'Camille Durand',
  email: params.get('user') ?? 'camille.durand@relance-demo.com',
};
const fake = createFakeOffice(user, lang === 'fr' ? 'fr-FR' : 'en-US');
(window as unknown as { Office: unknown }).Office = fake.office;

// A token in the URL (e.g. from the demo's printed link) is stored where the pane's settings keep it.
const token = params.get('token');
if (token) window.localStorage.setItem('relance.outlook.apiToken', token);

const width = Number(params.get('width') ?? '450');
const paneColumn = document.getElementById('pane-column');
if (paneColumn) paneColumn.style.width = `${Number.isFinite(width) ? width : 450}px`;

const list = document.getElementById('message-list');
// One formatter each: building one per call costs a millisecond or more for every email listed.
const dayFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'short' });
const instantFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' });
const reading = document.getElementById('reading');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

// The pane's HTML comes from shared/templates, which escape every value; scripts are dropped anyway.
function appendHtml(target: HTMLElement, html: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, iframe, object, embed').forEach((el) => el.remove());
  target.append(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
}

function showEmail(email: PreviewEmail): void {
  if (!reading) return;
  reading.replaceChildren(
    element('h2', email.subject),
    element(
      'p',
      `${email.from.name} <${email.from.email}> — ${instantFormat.format(new Date(email.sentAt))}`,
    ),
    element('pre', email.text),
  );
}

function markCurrent(button: HTMLButtonElement | null): void {
  list?.querySelectorAll('button').forEach((b) => b.setAttribute('aria-current', 'false'));
  button?.setAttribute('aria-current', 'true');
}

fake.onReply((html) => {
  if (!reading) return;
  const box = element('div', undefined, 'draft');
  box.setAttribute('data-testid', 'reply-form');
  appendHtml(box, html);
  reading.replaceChildren(element('h2', lang === 'fr' ? 'Réponse' : 'Reply'), box);
});

function openCompose(to: { name: string; email: string }): void {
  if (!reading) return;
  markCurrent(null);
  const subject = element('input');
  subject.placeholder = lang === 'fr' ? 'Objet' : 'Subject';
  subject.setAttribute('data-testid', 'draft-subject');
  const body = element('div', undefined, 'draft');
  body.setAttribute('data-testid', 'draft-body');
  reading.replaceChildren(
    element('h2', lang === 'fr' ? 'Nouveau message' : 'New message'),
    element('p', `To: ${to.email}`),
    subject,
    body,
  );
  fake.compose({
    to: [to],
    subject: '',
    onInsert: (data, coercion) => {
      if (coercion === 'html') appendHtml(body, data);
      else body.append(element('pre', data));
    },
    onSubject: (value) => {
      subject.value = value;
    },
  });
}

async function start(): Promise<void> {
  let emails: PreviewEmail[] = [];
  try {
    const response = await fetch('/preview/emails.json');
    if (response.ok) emails = (await response.json()) as PreviewEmail[];
  } catch {
    // No demo data: the mailbox stays empty and the pane shows the worklist.
  }
  performance.mark('preview:emails-loaded');
  if (emails.length === 0 && list) {
    list.append(element('li', 'No demo emails: start the server in demo mode (npm start).'));
  }

  // ?email=<id> opens the pane on that email (benchmarks, links); the first one otherwise.
  const wanted = params.get('email');
  const initial = emails.find((e) => e.id === wanted) ?? emails[0];
  const items = document.createDocumentFragment();
  emails.forEach((email) => {
    const button = element('button');
    button.type = 'button';
    button.setAttribute('data-email-id', email.id);
    button.append(
      element('span', email.from.name || email.from.email, 'from'),
      element('span', email.subject, 'subject'),
      element('span', dayFormat.format(new Date(email.sentAt)), 'when'),
    );
    button.addEventListener('click', () => {
      markCurrent(button);
      showEmail(email);
      fake.select(email);
    });
    const li = element('li');
    li.append(button);
    items.append(li);
    if (email === initial) {
      button.setAttribute('aria-current', 'true');
      showEmail(email);
      fake.select(email);
    }
  });
  list?.append(items);

  document.getElementById('compose-sample')?.addEventListener('click', () => {
    const first = emails[0];
    openCompose(first ? first.from : { name: 'Client', email: 'client@example.com' });
  });
  document.getElementById('deselect')?.addEventListener('click', () => {
    markCurrent(null);
    reading?.replaceChildren();
    fake.select(null);
  });

  fake.ready();
}

void start();
