import type { Kysely } from 'kysely';
import type { UserRef } from '@relance/shared';
import type { Database } from '../db/schema.ts';

/** Loads the people named by ids, as the wire shows them beside their work. */
export async function userRefsByIds(
  db: Kysely<Database>,
  ids: readonly (string | null)[],
): Promise<Map<string, UserRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const refs = new Map<string, UserRef>();
  if (wanted.length === 0) return refs;
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', 'in', wanted)
    .execute();
  for (const row of rows) refs.set(row.id, { id: row.id, name: row.name, email: row.email });
  return refs;
}

/** The ref of a user who must exist (a foreign key says so); a placeholder if the row went. */
export function requiredRef(refs: Map<string, UserRef>, id: string): UserRef {
  return refs.get(id) ?? { id, name: 'unknown user', email: '' };
}
