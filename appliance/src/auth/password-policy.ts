import { businessRule } from '../kernel/errors.js';
import type { Db } from '../kernel/db/open.js';
import { isCommonPassword } from './common-passwords.js';
import { verifySecret } from './crypto/secret-hash.js';

export const PASSWORD_MAX_AGE_DAYS = 90;
export const PASSWORD_HISTORY_SIZE = 5;
const DAY_MS = 24 * 3600 * 1000;

/** The rules a new password breaks (empty when it is acceptable), as stable rule names. */
export function passwordPolicyViolations(password: string): string[] {
  const broken: string[] = [];
  if (password.length < 8) broken.push('MIN_LENGTH_8');
  if (!/[A-Z]/.test(password)) broken.push('UPPERCASE');
  if (!/[0-9]/.test(password)) broken.push('DIGIT');
  if (!/[^A-Za-z0-9]/.test(password)) broken.push('SPECIAL_CHARACTER');
  if (password.length > 256) broken.push('MAX_LENGTH_256');
  if (isCommonPassword(password)) broken.push('COMMON_PASSWORD');
  return broken;
}

export function assertPasswordPolicy(password: string): void {
  const broken = passwordPolicyViolations(password);
  if (broken.length > 0) throw businessRule('PASSWORD_POLICY', { rules: broken });
}

export function passwordExpiresAt(changedAt: string): string {
  return new Date(Date.parse(changedAt) + PASSWORD_MAX_AGE_DAYS * DAY_MS).toISOString();
}

export function isPasswordExpired(changedAt: string, now: Date): boolean {
  return now.getTime() >= Date.parse(passwordExpiresAt(changedAt));
}

/**
 * Checks the new password against the current one and the history, off the event loop; call it
 * before the command that stores the new hash.
 */
export async function assertNotRecentlyUsed(db: Db, userId: string, password: string): Promise<void> {
  const recent = db
    .prepare('SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?')
    .pluck()
    .all(userId, PASSWORD_HISTORY_SIZE) as string[];
  const matches = await Promise.all(recent.map((hash) => verifySecret(password, hash)));
  if (matches.some(Boolean)) throw businessRule('PASSWORD_REUSED', { historySize: PASSWORD_HISTORY_SIZE });
}
