import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiWith, type Api, startTillStore } from './test-support.js';

/**
 * Two shifts on the same till: Ana closes POS-1 balanced at 15:00, Bia takes it over and closes it
 * R$ 5,00 short. The manager reads the Z the next morning to know whose count was short: each
 * drawer's line names its operator, not only the till both of them used.
 */
describe('the Z report\'s drawers', () => {
  let app: TestAppliance;
  let ana: Api;
  let bia: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore();
    const as = (id: string, name: string, role: string) => apiWith(app, app.bearer([...ROLE_PERMISSIONS[role as 'CASHIER']], { role, id, name }));
    ana = as('cashier-ana', 'Ana Souza', 'CASHIER');
    bia = as('cashier-bia', 'Bia Lima', 'CASHIER');
    manager = as('manager-1', 'Gerente', 'MANAGER');
  });
  afterAll(() => app.close());

  async function shift(cashier: Api, countedCash: number): Promise<void> {
    const drawer = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(drawer.status, JSON.stringify(drawer.body)).toBe(201);
    const closed = await cashier.post(`/cashier-sessions/${drawer.body.data.id}/close`, { counted: { CASH: countedCash } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  }

  it('names the operator of each drawer, on the report and on paper', async () => {
    await shift(ana, 10_000);
    await shift(bia, 9_500);

    const closed = await manager.post('/business-days/current/close', {});
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.data.report.cashiers.map((c: { operatorName: string; status: string }) => [c.operatorName, c.status])).toEqual([
      ['Ana Souza', 'BALANCED'],
      ['Bia Lima', 'SHORT'],
    ]);
    const lines = (closed.body.data.text as string).split('\n');
    expect(lines.find((l) => l.includes('Ana Souza'))).toMatch(/^ {2}POS-1 CONFERIDO Ana Souza +R\$ 0,00$/);
    expect(lines.find((l) => l.includes('Bia Lima'))).toMatch(/^ {2}POS-1 FALTA Bia Lima +-R\$ 5,00$/);
  });
});
