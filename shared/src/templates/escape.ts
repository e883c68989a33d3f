/** Escapes text for use in HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A fragment of HTML whose every interpolated value went through `escapeHtml`. */
export interface SafeHtml {
  readonly html: string;
}

/**
 * Tagged template that escapes each interpolated value, except fragments it built itself
 * (SafeHtml) and arrays of them; the only way templates produce HTML.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += interpolate(value) + (strings[i + 1] ?? '');
  });
  return { html: out };
}

function interpolate(value: unknown): string {
  if (Array.isArray(value)) return value.map(interpolate).join('');
  if (isSafeHtml(value)) return value.html;
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

function isSafeHtml(value: unknown): value is SafeHtml {
  return (
    typeof value === 'object' &&
    value !== null &&
    'html' in value &&
    Object.keys(value).length === 1
  );
}

/** Only http(s) links may go into an href; anything else is dropped. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? url : null;
}
