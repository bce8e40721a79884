import crypto from 'node:crypto';

/** Crockford-like alphabet without 0/O/1/I/L so codes survive being read aloud or typed. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function sha256Hex(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/** A one-time enrollment code such as `7KQ4-MZ2X-P9AT` (about 59 bits of entropy). */
export function newEnrollmentCode(): string {
  const bytes = crypto.randomBytes(12);
  const chars = Array.from(bytes, (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((group) => group.join('')).join('-');
}

export function normalizeEnrollmentCode(code: string): string {
  return code.trim().toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/(.{4})(?=.)/g, '$1-');
}

/** Store credentials and session tokens are 256-bit random values, so a plain SHA-256 hash at rest suffices. */
export function newSecretToken(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(32).toString('base64url')}`;
}
