import { hash, verify } from '@node-rs/argon2';

/** Shortest password accepted for an account. */
export const MIN_PASSWORD_LENGTH = 10;

/** Hashes a password with argon2id (the library's defaults). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when `password` matches `passwordHash`; false (never throws) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
