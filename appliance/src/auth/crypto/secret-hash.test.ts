import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../kernel/config.js';
import { startTestAppliance } from '../../kernel/testing/harness.js';
import { TEST_SECRET_HASH_COST } from '../../kernel/testing/test-costs.js';
import { createAuthModule } from '../index.js';
import { AuthTestClient } from '../testing/auth-test-client.js';
import { DEFAULT_SECRET_HASH_COST, hashSecret, setSecretHashCost, verifySecret, verifySecretSync } from './secret-hash.js';

const hashOfUser = (app: { ctx: { db: { prepare(sql: string): any } } }, username: string) =>
  app.ctx.db.prepare('SELECT password_hash FROM users WHERE username = ?').pluck().get(username) as string;

describe('secret hashing cost', () => {
  it('is scrypt N=2^15, r=8 unless the configuration says otherwise', () => {
    expect(DEFAULT_SECRET_HASH_COST).toBe(15);
    expect(loadConfig({}).secretHashCost).toBe(DEFAULT_SECRET_HASH_COST);
    expect(loadConfig({ CHEFIA_SECRET_HASH_COST: '12' }).secretHashCost).toBe(12);
    expect(() => loadConfig({ CHEFIA_SECRET_HASH_COST: '9' })).toThrow(/CHEFIA_SECRET_HASH_COST/);
  });

  it('an appliance configured by default stores its users with the production parameters', async () => {
    // No CHEFIA_SECRET_HASH_COST: what a store runs (the test harness lowers it for other tests).
    const app = await startTestAppliance([createAuthModule()], { realAuth: true, env: { CHEFIA_SECRET_HASH_COST: undefined } });
    try {
      const admin = hashOfUser(app, 'admin');
      expect(admin).toMatch(/^scrypt\$32768\$8\$1\$/);
      const client = new AuthTestClient(app);
      const token = await client.adminToken();
      await client.createUser(token, { username: 'caixa2', role: 'CASHIER', password: 'Caixa#2026x', pin: '2468' });
      expect(hashOfUser(app, 'caixa2')).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(app.ctx.db.prepare('SELECT pin_hash FROM users WHERE username = ?').pluck().get('caixa2')).toMatch(/^scrypt\$32768\$8\$1\$/);
    } finally {
      await app.close();
    }
  });

  it('a lowered cost applies to new hashes only; every stored hash verifies with its own parameters', async () => {
    const app = await startTestAppliance([createAuthModule()], { realAuth: true });
    try {
      expect(hashOfUser(app, 'admin')).toMatch(new RegExp(`^scrypt\\$${2 ** Number(TEST_SECRET_HASH_COST)}\\$8\\$1\\$`));
      const cheap = await hashSecret('Senha#123');
      setSecretHashCost(DEFAULT_SECRET_HASH_COST);
      const strong = await hashSecret('Senha#123');
      expect(strong).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(await verifySecret('Senha#123', cheap)).toBe(true);
      expect(verifySecretSync('Senha#123', cheap)).toBe(true);
      expect(await verifySecret('Senha#124', cheap)).toBe(false);
      expect(await verifySecret('Senha#123', strong)).toBe(true);
    } finally {
      setSecretHashCost(Number(TEST_SECRET_HASH_COST));
      await app.close();
    }
  });
});
