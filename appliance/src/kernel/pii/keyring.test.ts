import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PiiKeyring, PII_KEY_FILE } from './keyring.js';

describe('personal-data keyring', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-pii-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an owner-only key file and round-trips values bound to their row and column', () => {
    const keyring = PiiKeyring.open(dir);
    expect(statSync(join(dir, PII_KEY_FILE)).mode & 0o777).toBe(0o600);
    const sealed = keyring.encrypt('52998224725', 'customers.cpf:c1');
    expect(sealed).toMatch(/^pii1\.k1\./);
    expect(sealed).not.toContain('52998224725');
    expect(keyring.encrypt('52998224725', 'customers.cpf:c1')).not.toBe(sealed);
    expect(keyring.decrypt(sealed, 'customers.cpf:c1')).toBe('52998224725');
    expect(() => keyring.decrypt(sealed, 'customers.cpf:c2')).toThrow();
    const [prefix, kid, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[flipped.length - 1] ^= 1;
    expect(() => keyring.decrypt(`${prefix}.${kid}.${flipped.toString('base64url')}`, 'customers.cpf:c1')).toThrow();
  });

  it('keys the blind index apart from the cipher, stable across opens, new after a rotation', () => {
    const first = PiiKeyring.open(dir);
    const index = first.blindIndex('cpf', '52998224725');
    expect(PiiKeyring.open(dir).blindIndex('cpf', '52998224725')).toBe(index);
    expect(first.blindIndex('phone', '52998224725')).not.toBe(index);
    const old = first.encrypt('maria@example.com', 'customers.email:c1');
    expect(first.rotate()).toBe('k2');
    expect(first.blindIndex('cpf', '52998224725')).not.toBe(index);
    const reopened = PiiKeyring.open(dir);
    expect(reopened.currentKeyId).toBe('k2');
    expect(reopened.decrypt(old, 'customers.email:c1')).toBe('maria@example.com');
    expect(reopened.retireAllBut(new Set(['k2']))).toEqual(['k1']);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, PII_KEY_FILE), 'utf8')).keys)).toEqual(['k2']);
    expect(() => reopened.decrypt(old, 'customers.email:c1')).toThrow(/k1/);
  });
});
