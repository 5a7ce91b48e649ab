import DataLoader from 'dataloader';
import type { ApiDb } from '../db.js';
import { actorRow, dateRow, roleSources } from '../graph-rows.js';
import type { RoleRow } from '../rows.js';
import { inKeyOrder } from './batch.js';

/**
 * Actor key → roles, `first` per actor: `held`, the offices the actor (a person) holds, or
 * `in`, the offices people hold in the actor (a state, court or organisation).
 */
export function actorRoles(
  db: ApiDb,
  options: { side: 'held' | 'in'; first: number; current: boolean | null },
): DataLoader<string, RoleRow[]> {
  const statement = options.side === 'held' ? 'roles-held' : 'roles-in';
  return new DataLoader(async (keys) => {
    const rows = await db.read(statement, { keys, rolesFirst: options.first, rolesCurrent: options.current });
    return inKeyOrder(keys, rows, 'key', (row) => roleRows(row.roles), 'actor');
  });
}

/** The roles of one actor as roles-held, roles-in and actor-page read them. */
export function roleRows(roles: unknown): RoleRow[] {
  return (roles as Array<Record<string, unknown>>).map((role) => ({
    role: String(role.role),
    current: role.current !== false,
    since: dateRow(role.since),
    until: dateRow(role.until),
    person: actorRow(role.person as Record<string, unknown>),
    holder: actorRow(role.holder as Record<string, unknown>),
    sources: roleSources(role),
  }));
}
