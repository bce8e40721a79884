import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Db } from '../../kernel/db/open.js';
import { readSecretFile, writeSecretFile } from '../../kernel/secrets/secret-file.js';

/** The generated HS256 key of the access tokens, owner-only, next to (never inside) the database. */
export const SIGNING_SECRET_FILE = 'jwt-secret';
/** Where earlier versions kept the generated key: a `settings` row any reader of store.db could see. */
const LEGACY_SETTINGS_KEY = 'auth.jwt_secret';

/**
 * The access-token signing key: CHEFIA_JWT_SECRET when set, otherwise `<data>/jwt-secret` (0600),
 * generated on first start. A store whose key is still the legacy settings row has it moved to the
 * file (same value, so tokens already handed out keep working) and the row deleted; a copy of the
 * database or of a backup then no longer lets anyone mint tokens.
 */
export function loadSigningSecret(db: Db, dataDir: string, configured: string | undefined): Uint8Array {
  const file = join(dataDir, SIGNING_SECRET_FILE);
  const legacy = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(LEGACY_SETTINGS_KEY) as string | undefined;
  let secret = readSecretFile(file)?.trim() || null;
  if (!secret && !configured) {
    secret = legacy ?? randomBytes(48).toString('base64url');
    writeSecretFile(file, `${secret}\n`);
  }
  // Only once the file is durable does the row go; a crash in between repeats the move.
  if (legacy !== undefined) db.prepare('DELETE FROM settings WHERE key = ?').run(LEGACY_SETTINGS_KEY);
  return new TextEncoder().encode(configured ?? secret!);
}
