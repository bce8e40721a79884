import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt with N=2^15, r=8 (32 MiB per hash, ~70 ms on the store mini-PC): memory-hard, so a
 * stolen database cannot be brute-forced on GPUs cheaply. Parameters are stored with each hash
 * so they can be raised later without invalidating existing passwords.
 */
export const DEFAULT_SECRET_HASH_COST = 15;
let PARAMS: { N: number; r: number; p: number } = { N: 2 ** DEFAULT_SECRET_HASH_COST, r: 8, p: 1 };

/**
 * Sets log2(N) for new hashes and for the dummy check of an unknown user, from the configuration
 * (`CHEFIA_SECRET_HASH_COST`, read by the auth module when it registers). Process-wide: every
 * appliance in one process is configured from the same environment. Only the test suite lowers it,
 * where the cost of hashing is not what a test is about.
 */
export function setSecretHashCost(log2N: number): void {
  PARAMS = { ...PARAMS, N: 2 ** log2N };
}
const KEY_LENGTH = 32;
const MAX_MEM = 96 * 1024 * 1024;

interface ParsedHash {
  options: ScryptOptions;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, n, r, p, salt, key] = parts;
  return { options: { N: Number(n), r: Number(r), p: Number(p), maxmem: MAX_MEM }, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

function format(params: typeof PARAMS, salt: Buffer, key: Buffer): string {
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function scryptAsync(secret: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(secret, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Hashes off the event loop (libuv thread pool). */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const params = PARAMS;
  return format(params, salt, await scryptAsync(secret, salt, KEY_LENGTH, { ...params, maxmem: MAX_MEM }));
}

export async function verifySecret(secret: string, stored: string | null): Promise<boolean> {
  const parsed = stored ? parse(stored) : null;
  if (!parsed) {
    // Same work for an unknown user as for a wrong password, so timing does not reveal usernames.
    await scryptAsync(secret, DUMMY_SALT, KEY_LENGTH, { ...PARAMS, maxmem: MAX_MEM });
    return false;
  }
  const key = await scryptAsync(secret, parsed.salt, parsed.key.length, parsed.options);
  return timingSafeEqual(key, parsed.key);
}

/** For the synchronous path: a manager override checked inside a command. */
export function verifySecretSync(secret: string, stored: string | null): boolean {
  const parsed = stored ? parse(stored) : null;
  if (!parsed) {
    scryptSync(secret, DUMMY_SALT, KEY_LENGTH, { ...PARAMS, maxmem: MAX_MEM });
    return false;
  }
  return timingSafeEqual(scryptSync(secret, parsed.salt, parsed.key.length, parsed.options), parsed.key);
}

const DUMMY_SALT = randomBytes(16);
