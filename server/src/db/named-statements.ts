// The read side's hand-written statements run on PostgreSQL as named prepared statements:
// each connection parses and plans one of them once instead of at every run, and the context
// runs eight of them. Only texts registered here are named, so that the statements Kysely
// builds (lists of any length, one-off writes) are never kept on the server's connections.

const MAX_NAMED = 200;
const names = new Map<string, string>();

/** Asks that a statement text run as a named prepared statement; past the bound it runs plain. */
export function nameStatement(text: string): void {
  if (names.has(text) || names.size >= MAX_NAMED) return;
  names.set(text, `relance_${names.size + 1}`);
}

/** The prepared statement's name for a registered text. */
export function statementName(text: string): string | undefined {
  return names.get(text);
}
