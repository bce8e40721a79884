import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { secureDataDir } from './data-dir.js';

describe('a data dir given as a symbolic link (CHEFIA_DATA_DIR=/var/lib/chefia -> /mnt/ssd/chefia)', () => {
  const root = mkdtempSync(join(tmpdir(), 'chefia-datadir-link-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gets the directory it points to, its database and backups tightened to owner-only at start', () => {
    // A store created by an older version: 0755 dir, 0644 database and backups (docs/security.md, "Secrets and keys").
    const real = join(root, 'ssd-chefia');
    mkdirSync(join(real, 'backups'), { recursive: true });
    chmodSync(real, 0o755);
    chmodSync(join(real, 'backups'), 0o755);
    writeFileSync(join(real, 'store.db'), 'db');
    writeFileSync(join(real, 'backups', 'store-2026-01-01-x.db'), 'backup with customer data');
    chmodSync(join(real, 'store.db'), 0o644);
    chmodSync(join(real, 'backups', 'store-2026-01-01-x.db'), 0o644);
    const configured = join(root, 'var-lib-chefia');
    symlinkSync(real, configured);

    secureDataDir(configured);

    const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
    expect({ dir: mode(real), db: mode(join(real, 'store.db')), backups: mode(join(real, 'backups')), backup: mode(join(real, 'backups', 'store-2026-01-01-x.db')) }).toEqual({
      dir: '700',
      db: '600',
      backups: '700',
      backup: '600',
    });
  });
});
