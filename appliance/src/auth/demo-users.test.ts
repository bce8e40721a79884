import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../kernel/paths.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { DEMO_USERS } from './demo-users.js';
import { createAuthModule } from './index.js';
import { AuthTestClient } from './testing/auth-test-client.js';

describe('demo store users', () => {
  let app: TestAppliance;
  let client: AuthTestClient;
  beforeAll(async () => {
    app = await startTestAppliance([createAuthModule()], { realAuth: true, env: { CHEFIA_DEMO: '1' } });
    client = new AuthTestClient(app);
  });
  afterAll(() => app.close());

  it('seeds one user per role, each able to log in with the documented password and PIN', async () => {
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(['MANAGER', 'CASHIER', 'WAITER', 'KITCHEN', 'CUSTOMER']));
    for (const user of DEMO_USERS) {
      const byPin = await client.post('/auth/pin-login', { username: user.username, pin: user.pin });
      expect(byPin.status).toBe(200);
      expect(byPin.body.data.user.role).toBe(user.role);
      expect((await client.post('/auth/login', { username: user.username, password: user.password })).status).toBe(200);
    }
  });

  it('matches the README table', () => {
    const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
    for (const user of DEMO_USERS) expect(readme).toContain(`| \`${user.username}\` | ${user.role}`);
    for (const user of DEMO_USERS) expect(readme).toContain(`| \`${user.password}\` | \`${user.pin}\` |`);
  });
});
