import type { Database } from '../db/open-database.js';
import { presentUserRow } from './user-fields.js';

/** Lists every account (admins first, then by name), without password hashes. */
export async function findUsers(db: Database) {
  const users = await db.prisma.user.findMany({ orderBy: [{ role: 'desc' }, { name: 'asc' }] });
  return users.map((user) => ({ ...presentUserRow(user), lastLoginAt: user.lastLoginAt }));
}
