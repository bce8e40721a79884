import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../../contract/lazy-schema.js';

export const CREDENTIAL_FILE = 'relay-credential.json';

const credentialSchema = lazySchema(() => z.object({
  relayUrl: z.string().url(),
  storeId: z.string().uuid(),
  storeCode: z.string(),
  storeName: z.string(),
  credential: z.string().min(20),
  enrolledAt: z.string(),
}));

export type RelayCredential = z.infer<typeof credentialSchema>;

export function readCredential(dataDir: string): RelayCredential | null {
  const file = join(dataDir, CREDENTIAL_FILE);
  if (!existsSync(file)) return null;
  return credentialSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Written to a temp file and renamed, owner-only, so a crash never leaves half a credential behind. */
export function writeCredential(dataDir: string, credential: RelayCredential): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, CREDENTIAL_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(credentialSchema.parse(credential), null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}
