import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('POST /pricing/simulate: the demo rules on a sample order, with the trace', () => {
  let app: TestAppliance;
  let api: Api;
  beforeAll(async () => {
    app = await startDemoStore();
    api = apiAs(app, ['catalog.read'], 'MANAGER');
  });
  afterAll(() => app.close());

  const verdicts = (line: { trace: { ruleId: string; reason: string; amountCents: number }[] }) => line.trace.map((s) => `${s.ruleId}:${s.reason}:${s.amountCents}`);

  it('prices at the asked instant exactly as an order, and says which rule changed which line and why the others did not', async () => {
    const lines = [
      { productId: 'prod-beer', quantity: 3 },
      { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] },
      { productId: 'prod-fries', quantity: 1 },
    ];
    // Monday 18:00 in São Paulo: inside the demo happy hour on drinks.
    const res = await api.post('/pricing/simulate', { channel: 'TABLE', at: '2026-11-23T18:00:00-03:00', lines });
    expect(res.status).toBe(200);
    const data = res.body.data;
    expect(data.at).toBe('2026-11-23T21:00:00.000Z');
    expect(data.lines.map((l: { name: string; baseCents: number; totalCents: number }) => [l.name, l.baseCents, l.totalCents])).toEqual([
      ['Cerveja long neck', 3570, 2499],
      ['X-Burger clássico', 2990, 2641],
      ['Batata frita', 1290, 1139],
    ]);
    expect(verdicts(data.lines[0])).toEqual(['delivery-markup:OTHER_CHANNEL:0', 'happy-hour-drinks:BEST_DISCOUNT:1071', 'burger-fries-combo:NOT_TARGETED:0']);
    expect(verdicts(data.lines[1])).toEqual(['delivery-markup:OTHER_CHANNEL:0', 'happy-hour-drinks:NOT_TARGETED:0', 'burger-fries-combo:COMBO:349']);
    expect([data.baseCents, data.discountCents, data.totalCents]).toEqual([7850, 1571, 6279]);
    // Noon: the happy hour is out of its window.
    const noon = await api.post('/pricing/simulate', { channel: 'TABLE', at: '2026-11-23T12:00:00-03:00', lines: lines.slice(0, 1) });
    expect(verdicts(noon.body.data.lines[0])).toContain('happy-hour-drinks:OUTSIDE_WINDOW:0');
  });

  it('refuses what an order would refuse, bad input and callers without catalog.read, and writes nothing', async () => {
    const seq = app.ctx.journal.lastSeq();
    const offChannel = await api.post('/pricing/simulate', { channel: 'DELIVERY', lines: [{ productId: 'prod-beer', quantity: 1 }] });
    expect([offChannel.status, offChannel.body.error.code]).toEqual([422, 'ORDER_PRODUCT_NOT_ON_CHANNEL']);
    const bad = await api.post('/pricing/simulate', { channel: 'TABLE', at: 'yesterday', lines: [] });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const stranger = await apiAs(app, ['orders.create']).post('/pricing/simulate', { channel: 'TABLE', lines: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(stranger.status).toBe(403);
    expect(app.ctx.journal.lastSeq()).toBe(seq);
  });
});
