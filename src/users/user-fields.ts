import type { User } from '../generated/prisma/client.js';

/** The fields of a user that may be shown or audited (never the password hash). */
export function presentUserRow(user: User) {
  return { id: user.id, email: user.email, username: user.username, name: user.name, role: user.role, disabledAt: user.disabledAt };
}
