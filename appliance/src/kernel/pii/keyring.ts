import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { readSecretFile, writeSecretFile } from '../secrets/secret-file.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

/** `<data>/pii-keys.json` (0600): the master keys of the store's personal data, never in the database. */
export const PII_KEY_FILE = 'pii-keys.json';

const CIPHERTEXT_PREFIX = 'pii1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const keyFileSchema = lazySchema(() => z.object({
  version: z.literal(1),
  current: z.string().regex(/^k\d+$/),
  keys: z.record(z.string().regex(/^k\d+$/), z.string().regex(/^[\w-]{43}$/)),
}));
type KeyFile = z.infer<typeof keyFileSchema>;

interface DerivedKeys {
  /** AES-256-GCM key of the ciphertexts. */
  encryption: Buffer;
  /** HMAC-SHA256 key of the blind indexes; derived apart so the index reveals nothing about the cipher key. */
  index: Buffer;
}

function derive(master: Buffer): DerivedKeys {
  const key = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { encryption: key('chefia/pii/aes-256-gcm'), index: key('chefia/pii/blind-index') };
}

export class PiiKeyError extends Error {}

/**
 * The store's personal-data keys. Each ciphertext names its key id (`pii1.<kid>.<iv|tag|data>`),
 * so after a rotation old rows still decrypt until they are re-encrypted; the blind indexes always
 * use the current key. The authenticated data binds a ciphertext to its column and row, so a
 * value cannot be moved to another customer or field unnoticed.
 */
export class PiiKeyring {
  private readonly derived = new Map<string, DerivedKeys>();

  private constructor(
    private readonly file: string,
    private state: KeyFile,
  ) {
    for (const [kid, master] of Object.entries(state.keys)) this.derived.set(kid, derive(Buffer.from(master, 'base64url')));
  }

  /** Reads `<data>/pii-keys.json`, creating it with a fresh key on first start. */
  static open(dataDir: string): PiiKeyring {
    const file = join(dataDir, PII_KEY_FILE);
    const text = readSecretFile(file);
    if (text === null) {
      const state: KeyFile = { version: 1, current: 'k1', keys: { k1: randomBytes(32).toString('base64url') } };
      writeSecretFile(file, `${JSON.stringify(state, null, 2)}\n`);
      return new PiiKeyring(file, state);
    }
    const parsed = keyFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success || !parsed.data.keys[parsed.data.current]) throw new PiiKeyError(`${file} is not a valid personal-data key file`);
    return new PiiKeyring(file, parsed.data);
  }

  get currentKeyId(): string {
    return this.state.current;
  }

  keyIds(): string[] {
    return Object.keys(this.state.keys);
  }

  encrypt(plain: string, context: string): string {
    const kid = this.state.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys(kid).encryption, iv).setAAD(Buffer.from(context));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${CIPHERTEXT_PREFIX}.${kid}.${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')}`;
  }

  decrypt(sealed: string, context: string): string {
    const [prefix, kid, body] = sealed.split('.');
    if (prefix !== CIPHERTEXT_PREFIX || !kid || body === undefined) throw new PiiKeyError('not a personal-data ciphertext');
    const raw = Buffer.from(body, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', this.keys(kid).encryption, raw.subarray(0, IV_BYTES)).setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Key id of a stored value; null for plaintext written before encryption at rest. */
  static keyIdOf(stored: string): string | null {
    const [prefix, kid] = stored.split('.');
    return prefix === CIPHERTEXT_PREFIX && kid ? kid : null;
  }

  /** Keyed digest for equality lookups (CPF, phone) without storing the value. */
  blindIndex(kind: string, normalized: string): string {
    return createHmac('sha256', this.keys(this.state.current).index).update(`${kind}\0${normalized}`).digest('base64url');
  }

  /** Adds a new key and makes it current; older keys stay until nothing is encrypted under them. */
  rotate(): string {
    const kid = this.addKey();
    this.use(kid);
    this.persistCurrent();
    return kid;
  }

  /**
   * Adds a new key to the key file, not current yet: values are sealed and indexed under the
   * current key until `use` switches, so a rotation that does not get to re-seal the store leaves
   * every blind index matching the key lookups use.
   */
  addKey(): string {
    const next = Math.max(...this.keyIds().map((kid) => Number(kid.slice(1)))) + 1;
    const kid = `k${next}`;
    const master = randomBytes(32).toString('base64url');
    this.save({ ...this.state, keys: { ...this.state.keys, [kid]: master } });
    this.derived.set(kid, derive(Buffer.from(master, 'base64url')));
    return kid;
  }

  /** Seals and indexes under `kid` from now on, in this process; `persistCurrent` records it in the key file. */
  use(kid: string): void {
    this.keys(kid);
    this.state = { ...this.state, current: kid };
  }

  persistCurrent(): void {
    this.save(this.state);
  }

  /** Drops keys no stored value uses any more, so a leaked old key file opens nothing new. */
  retireAllBut(inUse: ReadonlySet<string>): string[] {
    const retired = this.keyIds().filter((kid) => kid !== this.state.current && !inUse.has(kid));
    if (retired.length === 0) return [];
    const keys = Object.fromEntries(Object.entries(this.state.keys).filter(([kid]) => !retired.includes(kid)));
    this.save({ ...this.state, keys });
    for (const kid of retired) this.derived.delete(kid);
    return retired;
  }

  private save(state: KeyFile): void {
    writeSecretFile(this.file, `${JSON.stringify(state, null, 2)}\n`);
    this.state = state;
  }

  private keys(kid: string): DerivedKeys {
    const keys = this.derived.get(kid);
    if (!keys) throw new PiiKeyError(`personal-data key ${kid} is not in ${PII_KEY_FILE}`);
    return keys;
  }
}
