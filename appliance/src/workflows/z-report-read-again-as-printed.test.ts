import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { storeProfileInput, writeStoreProfile } from './store-profile.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * The Z the manager or the accountant opens days later is the Z the close printed and sent to HQ,
 * under the store's name on its receipts ("Cantina do Bairro"), not the appliance's default name;
 * and a leitura X taken during the day says when it was read, never that the day closed then.
 */
describe('the day\'s reports read again', () => {
  let app: TestAppliance;
  let manager: Api;
  let cashier: Api;

  beforeAll(async () => {
    app = await startTillStore();
    await app.ctx.commands.run('store.profile', (tx) => writeStoreProfile(tx, app.ctx.config.storeId, storeProfileInput.parse({ name: 'Cantina do Bairro' })), {
      actor: { type: 'system', id: 'test' },
    });
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
  });
  afterAll(() => app.close());

  it('answers a leitura X that reads as a partial reading', async () => {
    const x = await manager.get('/business-days/current/x-report');
    expect(x.status, JSON.stringify(x.body)).toBe(200);
    const text: string = x.body.data.text;
    expect(text).toContain('LEITURA X - PARCIAL DO DIA');
    expect(text).toContain('Cantina do Bairro');
    expect(text).toMatch(/\nLeitura em +23\/11\/2026, 12:00\n/);
    expect(text).not.toContain('Fechamento');
  });

  it('answers the closed day\'s Z as the close printed it', async () => {
    const drawer = (await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).body.data.id as string;
    expect((await cashier.post(`/cashier-sessions/${drawer}/close`, { counted: { CASH: 10_000 } })).status).toBe(200);
    const closed = await manager.post('/business-days/current/close', {});
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.data.text).toContain('Cantina do Bairro');

    const again = await manager.get(`/business-days/${closed.body.data.day.id}/report`);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.data.text).toBe(closed.body.data.text);
  });
});
