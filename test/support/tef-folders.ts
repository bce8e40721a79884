import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TefManagerSimulator } from '../../appliance/src/devices/tef/index.js';

/**
 * A card terminal for e2e tests: the TEF manager simulator on the other side of a pair of TEF Dial
 * folders in a temp dir, as a store's PIN pad would be. `env` points the appliance's default card
 * provider at it; a test may instead register the folders as a `tef-dial` hardware device.
 */
export function tefFolders(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const dirs = { reqDir: join(root, 'req'), respDir: join(root, 'resp') };
  const tef = new TefManagerSimulator(dirs);
  return {
    dirs,
    tef,
    env: { CHEFIA_TEF_DIAL_REQ_DIR: dirs.reqDir, CHEFIA_TEF_DIAL_RESP_DIR: dirs.respDir },
    async stop(): Promise<void> {
      await tef.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
