import { watch, type FSWatcher } from 'node:fs';
import { CREDENTIAL_FILE } from './credential-store.js';

/**
 * Calls `onChange` whenever the relay credential in `dataDir` is written, e.g. by `npm run enroll`
 * while the appliance runs: the credential store writes a temp file and renames it into place, so
 * each write shows up as one complete file. The caller reads and compares it.
 */
export function watchCredential(dataDir: string, onChange: () => void): { close(): void } {
  let watcher: FSWatcher | null = watch(dataDir, { persistent: false }, (_event, filename) => {
    if (filename === CREDENTIAL_FILE) onChange();
  });
  watcher.on('error', () => undefined);
  return {
    close() {
      watcher?.close();
      watcher = null;
    },
  };
}
