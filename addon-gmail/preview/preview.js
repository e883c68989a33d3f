/* global document, window, DOMParser */
// The Gmail preview: draws the add-on's card JSON as HTML beside a fake mailbox, and posts
// real event objects (signed with the demo's development key) to the real endpoints.

const API = '/preview/gmail/api';
const state = {
  endpoints: {},
  users: [],
  messages: [],
  user: '',
  locale: 'fr',
  message: null,
  mode: 'home',
  draftTo: '',
  stack: [],
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

// The sidebar accepts basic HTML in texts; keep only those tags, never attributes but href.
const ALLOWED = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'BR', 'FONT', 'A', 'P']);
function basicHtml(html) {
  const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  const copy = (from, to) => {
    for (const child of from.childNodes) {
      if (child.nodeType === 3) to.append(child.textContent);
      else if (child.nodeType === 1 && ALLOWED.has(child.tagName)) {
        const made = document.createElement(child.tagName === 'FONT' ? 'span' : child.tagName);
        const href = child.getAttribute('href');
        if (child.tagName === 'A' && href && href.startsWith('https://')) {
          made.setAttribute('href', href);
          made.setAttribute('target', '_blank');
        }
        copy(child, made);
        to.append(made);
      } else if (child.nodeType === 1) copy(child, to);
    }
  };
  const span = el('span');
  copy(parsed.body.firstChild, span);
  return span;
}

function toast(text) {
  const box = $('toast');
  box.textContent = text;
  box.hidden = false;
  window.clearTimeout(toast.timer);
  toast.timer = window.setTimeout(() => (box.hidden = true), 4000);
}

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

// ---------- events ----------

function formInputsOf(root) {
  const inputs = {};
  for (const field of root.querySelectorAll('[data-name]')) {
    const name = field.dataset.name;
    if (field.dataset.kind === 'date') {
      if (field.value)
        inputs[name] = {
          dateInput: { msSinceEpoch: String(Date.parse(`${field.value}T00:00:00Z`)) },
        };
    } else if (field.dataset.kind === 'checks') {
      const values = [...field.querySelectorAll('input:checked')].map((i) => i.value);
      inputs[name] = { stringInputs: { value: values } };
    } else {
      inputs[name] = { stringInputs: { value: [field.value] } };
    }
  }
  return inputs;
}

async function post(endpointUrl, parameters = {}) {
  $('sidebar').classList.add('busy');
  try {
    const tokens = await json(`${API}/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpointUrl, userEmail: state.user }),
    });
    const zone = window.Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
    const event = {
      commonEventObject: {
        hostApp: 'GMAIL',
        platform: 'WEB',
        userLocale: state.locale,
        timeZone: { id: zone, offset: -new Date().getTimezoneOffset() * 60000 },
        parameters,
        formInputs: formInputsOf($('card')),
      },
      authorizationEventObject: {
        userOAuthToken: tokens.userOAuthToken,
        userIdToken: tokens.userIdToken,
        systemIdToken: tokens.systemIdToken,
      },
    };
    if (state.mode === 'read' && state.message) {
      event.gmail = {
        messageId: state.message.id,
        threadId: state.message.id,
        accessToken: tokens.messageAccessToken,
      };
    } else if (state.mode === 'compose') {
      const to = state.draftTo
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      event.gmail = { toRecipients: to, ccRecipients: [] };
    }
    const answer = await json(new URL(endpointUrl).pathname, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens.systemIdToken}`,
      },
      body: JSON.stringify(event),
    });
    apply(answer);
  } catch (err) {
    toast(`Preview: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    $('sidebar').classList.remove('busy');
  }
}

function apply(answer) {
  if (answer.action && !answer.renderActions) {
    state.stack = answer.action.navigations
      .filter((n) => n.pushCard)
      .map((n) => n.pushCard)
      .slice(-1);
    render();
    return;
  }
  const render_ = answer.renderActions || {};
  const action = render_.action || {};
  for (const step of action.navigations || []) {
    if (step.pushCard) state.stack.push(step.pushCard);
    else if (step.updateCard) state.stack[Math.max(0, state.stack.length - 1)] = step.updateCard;
    else if (step.popCard) {
      if (state.stack.length > 1) state.stack.pop();
    } else if (step.popToRoot) state.stack = state.stack.slice(0, 1);
  }
  if (action.notification) toast(action.notification.text);
  const draft = render_.hostAppAction?.gmailAction?.updateDraftActionMarkup?.updateBody;
  if (draft) {
    for (const part of draft.insertContents || []) {
      $('draft-body').append(part.contentType === 'TEXT' ? part.content : draftHtml(part.content));
    }
    // Gmail itself says nothing after an insert; the preview confirms it happened.
    toast(state.locale === 'fr' ? 'Inséré dans le brouillon.' : 'Inserted into the draft.');
  }
  render();
}

// Inserted templates are our own escaped HTML; it is still parsed inertly and scripts dropped.
function draftHtml(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const bad of parsed.querySelectorAll('script, iframe, object')) bad.remove();
  const box = el('div', { class: 'inserted' });
  box.append(...parsed.body.childNodes);
  return box;
}

// ---------- the card renderer ----------

function buttonOf(button, primary) {
  const click = button.onClick || {};
  return el('button', {
    type: 'button',
    class: button.type === 'FILLED' || primary ? 'btn filled' : 'btn',
    disabled: button.disabled,
    text: button.text,
    onclick: () => {
      if (click.openLink) window.open(click.openLink.url, '_blank', 'noopener');
      else if (click.action) {
        const params = Object.fromEntries(
          (click.action.parameters || []).map((p) => [p.key, p.value]),
        );
        void post(click.action.function, params);
      }
    },
  });
}

function widgetOf(w) {
  if (w.textParagraph) return el('div', { class: 'para' }, [basicHtml(w.textParagraph.text)]);
  if (w.decoratedText) {
    const d = w.decoratedText;
    return el('div', { class: 'decorated' }, [
      el('div', { class: 'decorated-body' }, [
        d.topLabel ? el('div', { class: 'dt-top' }, [basicHtml(d.topLabel)]) : null,
        el('div', { class: 'main' }, [basicHtml(d.text || '')]),
        d.bottomLabel ? el('div', { class: 'dt-bottom' }, [basicHtml(d.bottomLabel)]) : null,
      ]),
      d.button ? buttonOf(d.button) : null,
    ]);
  }
  if (w.buttonList)
    return el(
      'div',
      { class: 'buttons' },
      w.buttonList.buttons.map((b) => buttonOf(b)),
    );
  if (w.divider) return el('hr');
  if (w.textInput) {
    const t = w.textInput;
    const field =
      t.type === 'MULTIPLE_LINE'
        ? el('textarea', { 'data-name': t.name, placeholder: t.hintText, rows: 3 })
        : el('input', { 'data-name': t.name, placeholder: t.hintText, type: 'text' });
    field.value = t.value || '';
    return el('label', { class: 'field' }, [el('span', { text: t.label }), field]);
  }
  if (w.selectionInput) {
    const s = w.selectionInput;
    if (s.type === 'DROPDOWN') {
      const select = el(
        'select',
        { 'data-name': s.name },
        s.items.map((i) => el('option', { value: i.value, selected: i.selected, text: i.text })),
      );
      return el('label', { class: 'field' }, [el('span', { text: s.label }), select]);
    }
    return el('fieldset', { class: 'checks', 'data-name': s.name, 'data-kind': 'checks' }, [
      el('legend', { text: s.label }),
      ...s.items.map((i) =>
        el('label', {}, [
          el('input', {
            type: s.type === 'RADIO_BUTTON' ? 'radio' : 'checkbox',
            name: s.name,
            value: i.value,
            checked: i.selected,
          }),
          el('span', { text: i.text }),
        ]),
      ),
    ]);
  }
  if (w.dateTimePicker) {
    const p = w.dateTimePicker;
    const input = el('input', { type: 'date', 'data-name': p.name, 'data-kind': 'date' });
    if (p.valueMsEpoch) input.value = new Date(Number(p.valueMsEpoch)).toISOString().slice(0, 10);
    return el('label', { class: 'field' }, [el('span', { text: p.label }), input]);
  }
  return el('div', { class: 'unknown', text: `(${Object.keys(w).join(', ')})` });
}

function sectionOf(section) {
  const widgets = (section.widgets || []).map(widgetOf);
  const box = el('section', { class: 'card-section' }, [
    section.header ? el('h3', { text: section.header }) : null,
  ]);
  const visible = section.collapsible ? section.uncollapsibleWidgetsCount || 0 : widgets.length;
  widgets.forEach((w, i) => {
    if (i >= visible) w.hidden = true;
    box.append(w);
  });
  if (visible < widgets.length) {
    const more = el('button', {
      type: 'button',
      class: 'link',
      text: `▾ ${widgets.length - visible}`,
      onclick: () => {
        widgets.forEach((w) => (w.hidden = false));
        more.remove();
      },
    });
    box.append(more);
  }
  return box;
}

function render() {
  const card = state.stack[state.stack.length - 1];
  const box = $('card');
  box.replaceChildren();
  $('back').hidden = state.stack.length < 2;
  if (!card) return;
  box.append(
    el('header', { class: 'card-header' }, [
      el('h2', { text: card.header?.title || '' }),
      card.header?.subtitle ? el('p', { text: card.header.subtitle }) : null,
    ]),
    ...(card.sections || []).map(sectionOf),
  );
  if (card.fixedFooter?.primaryButton) {
    box.append(
      el('footer', { class: 'card-footer' }, [buttonOf(card.fixedFooter.primaryButton, true)]),
    );
  }
}

// ---------- the fake mailbox ----------

function showMessage(message) {
  state.mode = 'read';
  state.message = message;
  $('compose').hidden = true;
  $('reader').hidden = false;
  $('reader-subject').textContent = message.subject;
  $('reader-from').textContent = `${message.from.name} <${message.from.email}>`;
  $('reader-body').textContent = message.text;
  for (const item of document.querySelectorAll('.message'))
    item.classList.toggle('open', item.dataset.id === message.id);
  void post(state.endpoints.contextual);
}

function showCompose() {
  state.mode = 'compose';
  state.message = null;
  $('reader').hidden = true;
  $('compose').hidden = false;
  $('draft-body').replaceChildren();
  state.draftTo = $('draft-to').value;
  void post(state.endpoints.compose);
}

function home() {
  state.mode = 'home';
  void post(state.endpoints.homepage);
}

async function start() {
  const box = await json(`${API}/mailbox`);
  Object.assign(state, { endpoints: box.endpoints, users: box.users, messages: box.messages });
  $('draft-to').value = box.draftTo;
  const gmailUser = box.users.find((u) => u.client === 'gmail') || box.users[0];
  state.user = gmailUser.email;
  $('user').replaceChildren(
    ...box.users.map((u) =>
      el('option', {
        value: u.email,
        selected: u.email === state.user,
        text: `${u.name} (${u.email})`,
      }),
    ),
  );
  $('user').addEventListener('change', (e) => {
    state.user = e.target.value;
    home();
  });
  $('locale').addEventListener('change', (e) => {
    state.locale = e.target.value;
    home();
  });
  $('home').addEventListener('click', home);
  $('settings').addEventListener('click', () => void post(state.endpoints.settings));
  $('back').addEventListener('click', () => {
    state.stack.pop();
    render();
  });
  $('new-draft').addEventListener('click', showCompose);
  $('draft-refresh').addEventListener('click', showCompose);
  $('messages').replaceChildren(
    ...box.messages.map((m) =>
      el(
        'li',
        {
          class: 'message',
          'data-id': m.id,
          tabindex: 0,
          onclick: () => showMessage(m),
          onkeydown: (e) => e.key === 'Enter' && showMessage(m),
        },
        [
          el('div', { class: 'from', text: m.from.name }),
          el('div', { class: 'subject', text: m.subject }),
          el('div', { class: 'snippet', text: m.snippet }),
        ],
      ),
    ),
  );
  home();
}

void start();
