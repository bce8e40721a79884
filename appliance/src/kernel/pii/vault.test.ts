import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

describe('personal-data vault over a sealed column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-vault-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const db = openDatabase(join(dir, 'store.db'));
  applyMigrations(db, kernelMigrations);
  db.exec("CREATE TABLE notes (id TEXT PRIMARY KEY, tax_id TEXT) STRICT; INSERT INTO notes VALUES ('n1', '52998224725'), ('n2', NULL), ('n3', '')");
  const column = new SealedColumn({ table: 'notes', column: 'tax_id' });
  const stored = (id: string) => db.prepare('SELECT tax_id FROM notes WHERE id = ?').pluck().get(id) as string | null;

  it('seals what an older version left in clear once, bound to its row, and does not scan again', () => {
    const vault = PersonalDataVault.open(dir);
    vault.register(column);
    expect(vault.sealStored(db, NOW)).toEqual({ 'notes.tax_id': 1 });
    expect(stored('n1')).toMatch(/^pii1\.k1\./);
    expect([stored('n2'), stored('n3')]).toEqual([null, '']);
    expect(column.open(vault.keyring, 'n1', stored('n1'))).toBe(CPF);
    expect(() => column.open(vault.keyring, 'n2', stored('n1'))).toThrow();
    // Recorded as sealed under k1: a plaintext slipped in behind the vault's back is not looked for.
    db.prepare("UPDATE notes SET tax_id = '11144477735' WHERE id = 'n2'").run();
    expect(vault.sealStored(db, NOW)).toEqual({});
    db.prepare("UPDATE notes SET tax_id = NULL WHERE id = 'n2'").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(dir, 'store.db')).toString('latin1')).not.toContain(CPF);
  });

  it('re-seals every registered store under a new key and retires the old one', () => {
    const vault = PersonalDataVault.open(dir);
    vault.register(column);
    const kid = vault.keyring.rotate();
    expect(db.transaction(() => vault.resealAll(db, NOW))()).toEqual({ 'notes.tax_id': 1 });
    expect(PiiKeyring.keyIdOf(stored('n1')!)).toBe(kid);
    expect(vault.retireUnused(db)).toEqual(['k1']);
    expect(column.open(PersonalDataVault.open(dir).keyring, 'n1', stored('n1'))).toBe(CPF);
  });

  it('finishes a rotation a crash interrupted at the next start', () => {
    const vault = PersonalDataVault.open(dir);
    vault.register(column);
    const before = vault.keyring.currentKeyId;
    const kid = vault.keyring.rotate();
    // The key file names the new key, the rows are still under the old one.
    const restarted = PersonalDataVault.open(dir);
    restarted.register(column);
    expect(restarted.sealStored(db, NOW)).toEqual({ 'notes.tax_id': 1 });
    expect(PiiKeyring.keyIdOf(stored('n1')!)).toBe(kid);
    expect(restarted.keyring.keyIds()).toEqual([kid]);
    expect(restarted.keyring.keyIds()).not.toContain(before);
    db.close();
  });
});
