import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { CUSTOMER_DATA_RETENTION_DAYS, getMarketplaceOrder } from '../marketplace/index.js';
import { marketplaceDriver, platformOrder, startMarketplaceStore } from './marketplace-test-support.js';

const DAY_MS = 86_400_000;

/**
 * A marketplace order's customer (name, phone, address) serves its delivery and the operator's
 * call about it; the platform, not the store, is where the customer is known. A week after the
 * order reached the store they are forgotten: at start and hourly, one command, journaled.
 */
describe('marketplace customers are kept for the delivery, then forgotten', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-marketplace-retention-'));
  let now = new Date('2026-11-23T15:00:00.000Z');
  const clock = { now: () => now };
  let app: TestAppliance;
  const driver = marketplaceDriver(() => app);
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps them for the retention period and forgets them after, leaving the order\'s lines and money', async () => {
    app = await startMarketplaceStore({ clock, dataDir });
    const address = { street: 'Rua dos Pinheiros', number: '100', complement: null, district: 'Pinheiros', city: 'São Paulo', state: 'SP', postalCode: '05422000', reference: null, latitude: null, longitude: null };
    await driver.push('marketplace.order_received', platformOrder('old', { customerName: 'Maria Oliveira', deliveryAddress: address }));
    now = new Date(now.getTime() + 2 * DAY_MS);
    await driver.push('marketplace.order_received', platformOrder('recent', { createdAt: now.toISOString(), confirmDeadline: null, customerName: 'João Souza' }));

    // Still within the week: a restart (the start-up pass) forgets nothing.
    await app.close();
    now = new Date(Date.parse('2026-11-23T15:00:00.000Z') + (CUSTOMER_DATA_RETENTION_DAYS - 1) * DAY_MS);
    app = await startMarketplaceStore({ clock, dataDir });
    expect(getMarketplaceOrder(app.ctx.db, 'mo-old')).toMatchObject({ customerName: 'Maria Oliveira', deliveryAddress: { street: 'Rua dos Pinheiros' } });

    await app.close();
    now = new Date(Date.parse('2026-11-23T15:00:00.000Z') + (CUSTOMER_DATA_RETENTION_DAYS + 1) * DAY_MS);
    app = await startMarketplaceStore({ clock, dataDir });
    await expect.poll(() => getMarketplaceOrder(app.ctx.db, 'mo-old')?.customerName ?? null).toBeNull();
    expect(getMarketplaceOrder(app.ctx.db, 'mo-old')).toMatchObject({ customerName: null, customerPhone: null, deliveryAddress: null, totalCents: 6270, lines: [{ quantity: 2 }, { quantity: 1 }] });
    // Received two days later: still the delivery's.
    expect(getMarketplaceOrder(app.ctx.db, 'mo-recent')?.customerName).toBe('João Souza');
    const forgotten = app.ctx.journal.readAfter(0).filter((e) => e.type === 'marketplace.customer_data_forgotten');
    expect(forgotten.map((e) => e.payload)).toEqual([{ count: 1, receivedBefore: new Date(now.getTime() - CUSTOMER_DATA_RETENTION_DAYS * DAY_MS).toISOString() }]);
  });
});
