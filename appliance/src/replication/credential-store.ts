import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../../contract/lazy-schema.js';
import { writeSecretFile } from '../kernel/secrets/secret-file.js';

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

/**
 * Owner-only, through the durable secret-file writer (temp file, fsync, rename, fsync of the
 * directory), so neither a crash nor a power cut right after enrolling leaves half a credential.
 */
export function writeCredential(dataDir: string, credential: RelayCredential): void {
  writeSecretFile(join(dataDir, CREDENTIAL_FILE), `${JSON.stringify(credentialSchema.parse(credential), null, 2)}\n`);
}
