import { readCredential, writeCredential, type RelayCredential } from './credential-store.js';
import { RelayClient } from './relay-client.js';

/**
 * Exchanges an enrollment code for the store credential and keeps it in the data dir. An exchange
 * whose answer was lost may be made again with the same code: the relay then issues a fresh
 * credential in place of the one never received, until the store first uses its credential.
 * With a credential already present for the same relay nothing is sent, so CHEFIA_ENROLLMENT_CODE
 * may stay in the environment across restarts: the store's first request with that credential
 * burns the code.
 */
export async function enrollAppliance(options: { dataDir: string; relayUrl: string; code: string; force?: boolean }): Promise<{
  credential: RelayCredential;
  alreadyEnrolled: boolean;
}> {
  const existing = readCredential(options.dataDir);
  if (existing && existing.relayUrl === options.relayUrl && !options.force) return { credential: existing, alreadyEnrolled: true };
  const result = await new RelayClient(options.relayUrl).enroll(options.code);
  const credential: RelayCredential = {
    relayUrl: options.relayUrl,
    storeId: result.storeId,
    storeCode: result.storeCode,
    storeName: result.storeName,
    credential: result.credential,
    enrolledAt: new Date().toISOString(),
  };
  writeCredential(options.dataDir, credential);
  return { credential, alreadyEnrolled: false };
}
