import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../../appliance/src/kernel/testing/harness.js';
import { applianceModules } from '../../appliance/src/modules.js';
import { useTestRelay } from '../../cloud-relay/src/testing/use-test-relay.js';
import { ApiClient } from '../support/http-client.js';

/** Words of zod's English messages ("Invalid input: expected string, received undefined", "Too small: …"). */
const ENGLISH = /\b(invalid|expected|received|too (small|big)|must|should|unrecognized|required)\b/i;

interface Rejection {
  status: number;
  body: { error: { code: string; message: string; details: { path?: string; message: string }[] } };
}

function expectPortugueseDetails(label: string, res: Rejection): void {
  expect(res.status, label).toBe(400);
  expect(res.body.error.code, label).toBe('VALIDATION_FAILED');
  const details = res.body.error.details;
  expect(Array.isArray(details) && details.length > 0, `${label}: ${JSON.stringify(res.body)}`).toBe(true);
  for (const detail of details) expect(detail.message, `${label} ${detail.path}`).not.toMatch(ENGLISH);
  expect(res.body.error.message, label).not.toMatch(ENGLISH);
}

/** Validation failures a cashier (or an HQ user) may see: every detail message is pt-BR, the code stays stable. */
describe('validation details in pt-BR on the appliance', () => {
  let app: TestAppliance;
  let manager: ApiClient;
  beforeAll(async () => {
    app = await startTestAppliance(applianceModules(), { realAuth: true, env: { CHEFIA_DEMO: '1' } });
    manager = await new ApiClient(app.baseUrl).login('gerente', 'Gerente#2026');
  });
  afterAll(() => app?.close());

  it.each([
    ['order without items', '/orders', {}],
    ['order with a wrong channel and types', '/orders', { channel: 'DRIVE', items: [{ productId: 5, quantity: -1 }] }],
    ['customer with a bad CPF', '/customers', { name: 'Ana', cpf: '123.456.789-00' }],
    ['business day with a bad date', '/business-days/open', { date: 'amanhã' }],
    ['stock adjustment of zero', '/stock/movements', { type: 'ADJUSTMENT', stockItemId: 'x', delta: 0, reason: 'contagem' }],
    ['reconciliation with from after to', '/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-20', to: '2026-11-01' }],
    ['login without a password', '/auth/login', { username: 'caixa' }],
  ])('%s', async (label, path, body) => {
    expectPortugueseDetails(label, (await manager.post(path, body)) as unknown as Rejection);
  });

  it('query strings too', async () => {
    expectPortugueseDetails('orders sorted by an unknown field', (await manager.get('/orders?sort=bogus&limit=0')) as unknown as Rejection);
  });
});

describe('validation details and API messages in pt-BR on the relay', () => {
  const relay = useTestRelay();

  it.each([
    ['login with wrong types', '/api/v1/auth/login', { username: 7 }],
    ['store with a bad code and time zone', '/api/v1/stores', { code: 'loja nova!', name: '', timeZone: 'Lua/Cratera' }],
    ['catalog change without a change', '/api/v1/catalog/products/prod-fries/changes', { storeIds: 'todas', priceCents: -5 }],
    ['catalog change dearer than a store takes', '/api/v1/catalog/products/prod-fries/changes', { storeIds: ['0196f3a0-0000-7000-8000-000000000001'], priceCents: 200_000_000 }],
    ['user with a bad username and role', '/api/v1/hq-users', { username: 'A B', password: 'x', role: 'CHEF' }],
  ])('%s', async (label, path, body) => {
    const res = await relay.api('POST', path, { body, token: await relay.adminToken() });
    expectPortugueseDetails(label, res as Rejection);
  });

  it('answers a wrong password in pt-BR with a stable code', async () => {
    const res = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'admin', password: 'errada-errada' } });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Usuário ou senha inválidos.' });
  });
});
