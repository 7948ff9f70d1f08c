import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import { hashPassword, verifyPassword } from './hash-password.js';

/** A hash to verify against when the user does not exist, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;

/**
 * Checks a login (email or username, and password); returns the user or
 * throws LOGIN_FAILED without saying which part was wrong. Records the login time.
 */
export async function authenticateUser(db: Database, options: { login: string; password: string }) {
  const login = options.login.trim().toLowerCase();
  const user = login === '' ? null : await db.prisma.user.findFirst({ where: { OR: [{ email: login }, { username: login }] } });
  dummyHash ??= hashPassword('not-a-real-password-used-for-timing');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), options.password);
  if (!user || !ok || user.disabledAt !== null) throw new AppError('LOGIN_FAILED');
  return db.prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
}
