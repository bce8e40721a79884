/**
 * The split names its parts with neutral labels (`seat 1`, `shared`) that the waiter's phone
 * translates. A part charged a second time is refused with a pt-BR message naming the part as the
 * waiter reads it ("A parte do lugar 1 já foi paga."), the label itself kept in the details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe('a split part charged a second time at the table', () => {
  let app: TestAppliance;
  let waiter: Api;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(new VirtualCardNetwork()) }));
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
  });
  afterAll(() => app.close());

  it('a part charged twice is refused in Portuguese', async () => {
    const tab = (await waiter.post('/tables/table-5/tab', { guests: 2 })).body.data as { id: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2, seat: 1 }, { productId: 'prod-fries', quantity: 1, seat: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const [seat1] = (await waiter.post(`/tabs/${tab.id}/split`, { method: 'SEAT' })).body.data.parts as { label: string; amountCents: number }[];
    const pay = () => waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: seat1.amountCents, payerLabel: seat1.label }, { 'idempotency-key': crypto.randomUUID() });
    expect((await pay()).status).toBe(201);

    const again = await pay();
    expect(again.body.error?.code).toBe('TAB_PART_ALREADY_PAID');
    expect(again.body.error.message).not.toMatch(/\bseat\b|\bshared\b/);
  });
});
