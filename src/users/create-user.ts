import type { Database } from '../db/open-database.js';
import { AppError } from '../errors.js';
import type { UserRole } from '../generated/prisma/client.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './hash-password.js';
import { presentUserRow } from './user-fields.js';

/** A new account. `username` defaults to the email address. */
export interface CreateUserOptions {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  username?: string;
  /** The admin creating the account (null from the command line). */
  actingUserId: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates an editor or admin account with an argon2 password hash; audited. */
export async function createUser(db: Database, options: CreateUserOptions) {
  const email = options.email.trim().toLowerCase();
  const name = options.name.trim();
  const username = (options.username ?? email).trim().toLowerCase();
  const problems: string[] = [];
  if (!EMAIL.test(email)) problems.push('email: must be an email address');
  if (name === '') problems.push('name: must not be empty');
  if (username === '') problems.push('username: must not be empty');
  if (options.role !== 'editor' && options.role !== 'admin') problems.push('role: must be editor or admin');
  if (options.password.length < MIN_PASSWORD_LENGTH) problems.push(`password: must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { message: 'The account details are not valid.', details: problems });

  const taken = await db.prisma.user.findFirst({ where: { OR: [{ email }, { username }] }, select: { id: true } });
  if (taken) throw new AppError('USER_EXISTS');
  const passwordHash = await hashPassword(options.password);
  return db.prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, username, name, role: options.role, passwordHash } });
    await recordAudit(tx, { userId: options.actingUserId, entityType: 'user', entityId: user.id, action: 'create', after: presentUserRow(user) });
    return user;
  });
}
