// A store that lost power with a card approved but not yet confirmed must open again even when the
// TEF manager is not running yet: cash sales cannot wait for the card terminal. The approval the
// paid sale used is confirmed as soon as the manager answers again, before the next card sale, so
// the store keeps the money it recorded, and the approval of a sale that never completed is undone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TefManagerSimulator } from '../devices/tef/index.js';
import { createHardwareModule } from '../hardware/index.js';
import type { ApplianceModule } from '../kernel/module.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { captureTender, createPaymentsModule, paymentsRuntimeOf } from '../payments/index.js';
import { registerCardTerminal } from './card-terminal.js';

const modules = (): ApplianceModule[] => [createPaymentsModule(), createHardwareModule(), { name: 'card-terminal', register: registerCardTerminal }];

describe('a store reopening after a power cut while its TEF manager is still down', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-tef-down-'));
  const tefDir = mkdtempSync(join(tmpdir(), 'chefia-tef-down-dial-'));
  const dirs = { reqDir: join(tefDir, 'req'), respDir: join(tefDir, 'resp') };
  const manager = new TefManagerSimulator(dirs);
  let app: TestAppliance | null = null;

  afterAll(async () => {
    await app?.close();
    await manager.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(tefDir, { recursive: true, force: true });
  });

  it('opens, then confirms the paid sale\'s card and undoes the other before the next card sale', async () => {
    await manager.start();
    app = await startTestAppliance(modules(), { dataDir });
    const configured = await fetch(`${app.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['devices.manage']) },
      body: JSON.stringify({ id: 'tef-1', kind: 'tef', name: 'PIN pad do caixa', profileId: 'pax-d200', transport: { type: 'tef-dial', ...dirs } }),
    });
    expect(configured.status).toBe(200);
    const card = paymentsRuntimeOf(app.ctx).card;
    const paid = await card.authorize({ transactionId: 'paypaid1', amountCents: 5000, method: 'CREDIT' });
    const abandoned = await card.authorize({ transactionId: 'payleft1', amountCents: 2500, method: 'DEBIT' });
    expect([paid.status, abandoned.status]).toEqual(['APPROVED', 'APPROVED']);
    await app.ctx.commands.run('test.sale', (tx) =>
      captureTender(tx, {
        paymentId: 'paypaid1', orderId: 'order-1', orderTotalCents: 5000, businessDayId: 'day-1', businessDate: '2026-11-23',
        method: 'CREDIT', amountCents: 5000, provider: 'TEF', providerRef: paid.nsu,
      }),
    );
    // Power cut: neither approval was settled, and the manager comes back after the store.
    await app.close();
    app = null;
    await manager.stop();

    app = await startTestAppliance(modules(), { dataDir });
    expect(manager.byDocument('paypaid1')?.state).toBe('PENDING');

    await manager.start();
    const next = await paymentsRuntimeOf(app.ctx).card.authorize({ transactionId: 'paynext1', amountCents: 1200, method: 'DEBIT' });
    expect(next.status).toBe('APPROVED');
    expect(manager.byDocument('paypaid1')?.state).toBe('CONFIRMED');
    expect(manager.byDocument('payleft1')?.state).toBe('UNDONE');
    expect(await paymentsRuntimeOf(app.ctx).card.recoverPending(() => false)).toEqual([{ transactionId: 'paynext1', action: 'UNDONE' }]);
  }, 30_000);
});
