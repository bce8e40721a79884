import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../db/migrations.js';
import { kernelMigrations } from '../db/kernel-migrations.js';
import { openDatabase } from '../db/open.js';
import { PiiKeyring } from './keyring.js';
import { SealedColumn } from './sealed-column.js';
import { PersonalDataVault } from './vault.js';

const NOW = '2026-12-01T12:00:00.000Z';
const CPF = '52998224725';

/**
 * The day backups are copies of the store database a restore brings back. A key rotation seals
 * them under the new key as well; one it cannot (a backup of an older version, without a column
 * the store has now) keeps the key its values need in the key file, so restoring it still works.
 */
describe('backups and the personal-data keys they need', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-vault-copies-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const column = new SealedColumn({ table: 'notes', column: 'tax_id', blindIndex: { column: 'tax_index', kind: 'cpf' } });

  const storeAt = (file: string, withIndex: boolean, keyring: PiiKeyring) => {
    const db = openDatabase(file);
    applyMigrations(db, kernelMigrations);
    db.exec(`CREATE TABLE notes (id TEXT PRIMARY KEY, tax_id TEXT${withIndex ? ', tax_index TEXT' : ''}) STRICT`);
    const sealed = column.seal(keyring, 'n1', CPF);
    if (withIndex) db.prepare('INSERT INTO notes VALUES (?, ?, ?)').run('n1', sealed, column.indexOf(keyring, CPF));
    else db.prepare('INSERT INTO notes VALUES (?, ?)').run('n1', sealed);
    return db;
  };

  it('reseals the backups it can, and keeps the old key while a backup it cannot still needs it', async () => {
    const vault = PersonalDataVault.open(dir);
    vault.register(column);
    const backups = join(dir, 'backups');
    mkdirSync(backups);
    const live = storeAt(join(dir, 'store.db'), true, vault.keyring);
    storeAt(join(backups, 'store-close-1.db'), true, vault.keyring).close();
    storeAt(join(backups, 'store-older-version.db'), false, vault.keyring).close();
    const copies = [join(backups, 'store-close-1.db'), join(backups, 'store-older-version.db')];
    vault.registerCopies(() => copies.slice());

    const kid = vault.keyring.rotate();
    live.transaction(() => vault.resealAll(live, NOW))();
    const { resealed, failed } = await vault.resealCopies(NOW);
    expect(failed).toEqual([]);
    expect(resealed).toEqual({ [copies[0]]: 1, [copies[1]]: 0 });
    const current = openDatabase(copies[0]);
    const value = current.prepare('SELECT tax_id FROM notes').pluck().get() as string;
    expect(PiiKeyring.keyIdOf(value)).toBe(kid);
    expect(column.open(vault.keyring, 'n1', value)).toBe(CPF);
    expect(current.prepare('SELECT tax_index FROM notes').pluck().get()).toBe(column.indexOf(vault.keyring, CPF));
    current.close();

    // The older backup still holds its value under k1: k1 stays.
    expect(vault.retireUnused(live)).toEqual([]);
    expect(vault.keyring.keyIds()).toContain('k1');
    // Once that backup is gone (pruned), nothing needs k1 any more.
    copies.pop();
    expect(vault.retireUnused(live)).toEqual(['k1']);
    live.close();
  });
});
