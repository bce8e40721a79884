import { createHash, randomBytes, randomInt } from 'node:crypto';

/** High-entropy tokens need no slow KDF: a SHA-256 digest is enough to keep them useless at rest. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function randomToken(prefix: string, bytes = 32): string {
  return prefix + randomBytes(bytes).toString('base64url');
}

/** Upper-case letters and digits without look-alikes (0/O, 1/I/L), easy to type on a tablet. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A random password that satisfies the password policy (for the first `admin` start). */
export function randomPassword(): string {
  return `${randomBytes(12).toString('base64url')}-A${randomInt(10)}#`;
}
