import type { findUsers } from '../../users/find-users.js';
import { presentDate } from './present-date.js';

type Users = Awaited<ReturnType<typeof findUsers>>;

/** The admins' user page: every account with its role switch, and the new-account form. */
export function presentUsers(
  users: Users,
  options: { viewerId: number; minPassword: number; notice?: string; error?: { message: string; details: string[] }; values?: { email: string; name: string; role: string } },
) {
  return {
    users: users.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      isViewer: user.id === options.viewerId,
      lastLogin: presentDate(user.lastLoginAt)?.label ?? 'never',
      roleAction: `/users/${user.id}/role`,
      otherRole: user.role === 'admin' ? 'editor' : 'admin',
    })),
    values: options.values ?? { email: '', name: '', role: 'editor' },
    minPassword: options.minPassword,
    notice: options.notice ?? null,
    error: options.error ?? null,
  };
}
