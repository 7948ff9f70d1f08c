import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import type { UserRole } from '../generated/prisma/client.js';
import { recordAudit } from '../audit/record-audit.js';
import { presentUserRow } from './user-fields.js';

/** Changes an account's role; the last admin cannot be demoted. Audited. */
export async function changeUserRole(db: Database, options: { userId: number; role: UserRole; actingUserId: number }) {
  if (options.role !== 'editor' && options.role !== 'admin') {
    throw new AppError('VALIDATION_FAILED', { details: ['role: must be editor or admin'] });
  }
  return db.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: options.userId } });
    if (!before) throw new AppError('USER_NOT_FOUND');
    if (before.role === options.role) return before;
    if (before.role === 'admin' && (await tx.user.count({ where: { role: 'admin', disabledAt: null } })) <= 1) {
      throw new AppError('VALIDATION_FAILED', { message: 'The last admin cannot be made an editor.' });
    }
    const after = await tx.user.update({ where: { id: options.userId }, data: { role: options.role } });
    await recordAudit(tx, { userId: options.actingUserId, entityType: 'user', entityId: after.id, action: 'change-role', before: presentUserRow(before), after: presentUserRow(after) });
    return after;
  });
}
