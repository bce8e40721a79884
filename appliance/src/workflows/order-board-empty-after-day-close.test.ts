import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import type { OrderBoardView } from '../../contract/screens.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * The day closes with a counter order the kitchen never finished: the closing manager writes it off
 * and the close hands it over. The order is over, nobody will collect it: its number must not jump
 * to *Pronto* on the board by the counter (with the chime) as if it were waiting at the counter.
 */
describe('the order board after the day close', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
  });
  afterAll(() => app.close());

  const board = async (): Promise<OrderBoardView> => {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'user:MANAGER', password: 'test', reconnectPeriod: 0, connectTimeout: 5000 });
    try {
      let view: OrderBoardView | null = null;
      client.on('message', (_topic, payload) => (view = JSON.parse(payload.toString()) as OrderBoardView));
      await client.subscribeAsync('store/demo-store/board/orders', { qos: 1 });
      return await waitUntil('the retained board', () => view, (seen) => seen !== null, { timeoutMs: 5000 }) as OrderBoardView;
    } finally {
      await client.endAsync(true);
    }
  };

  it('shows no number of an order the close wrote off and handed over', async () => {
    const placed = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const number = placed.body.data.number as number;
    await waitUntil(`order ${number} under Preparando`, board, (view) => view.preparing.some((o) => o.number === number));

    const closed = await manager.post('/business-days/current/close', { resolve: { writeOffUnpaid: { kind: 'LOSS', reason: 'cliente desistiu' } } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    await app.ctx.events.settle();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const after = await board();
    expect({ preparing: after.preparing.map((o) => o.number), ready: after.ready.map((o) => o.number) }).toEqual({ preparing: [], ready: [] });
  });
});
