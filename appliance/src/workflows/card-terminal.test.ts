import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TefManagerSimulator } from '../devices/tef/index.js';
import { createHardwareModule } from '../hardware/index.js';
import type { ApplianceModule } from '../kernel/module.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { captureTender, createPaymentsModule, paymentsRuntimeOf } from '../payments/index.js';
import { registerCardTerminal } from './card-terminal.js';

const modules = (): ApplianceModule[] => [createPaymentsModule(), createHardwareModule(), { name: 'card-terminal', register: registerCardTerminal }];

describe('TEF terminal from the hardware registry behind the payments card provider', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-tef-appliance-'));
  const tefDir = mkdtempSync(join(tmpdir(), 'chefia-tef-dial-'));
  const dirs = { reqDir: join(tefDir, 'req'), respDir: join(tefDir, 'resp') };
  const simulator = new TefManagerSimulator(dirs);
  let app: TestAppliance | null = null;

  beforeAll(() => simulator.start());
  afterAll(async () => {
    await app?.close();
    await simulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(tefDir, { recursive: true, force: true });
  });

  it('recovers approvals left pending by a crash on the next start: the recorded sale is confirmed, the other undone', async () => {
    app = await startTestAppliance(modules(), { dataDir });
    const card = paymentsRuntimeOf(app.ctx).card;

    // Until a terminal is configured, a store that is not a demo charges no integrated card:
    // the cashier is sent to the standalone machine instead of getting an invented approval.
    await expect(card.authorize({ transactionId: 'paynone1', amountCents: 1000, method: 'DEBIT' })).rejects.toMatchObject({ code: 'PAYMENT_TEF_NOT_CONFIGURED', status: 422 });

    const configured = await fetch(`${app.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['devices.manage']) },
      body: JSON.stringify({ id: 'tef-1', kind: 'tef', name: 'PIN pad do caixa', profileId: 'pax-d200', transport: { type: 'tef-dial', ...dirs } }),
    });
    expect(configured.status).toBe(200);

    const done = await card.authorize({ transactionId: 'paydone1', amountCents: 5000, method: 'CREDIT' });
    const lost = await card.authorize({ transactionId: 'paylost1', amountCents: 2500, method: 'DEBIT' });
    expect([done.status, lost.status]).toEqual(['APPROVED', 'APPROVED']);
    expect(simulator.byDocument('paydone1')?.state).toBe('PENDING');

    // The sale with the first approval committed; the appliance stops before either is confirmed.
    await app.ctx.commands.run('test.sale', (tx) =>
      captureTender(tx, {
        paymentId: 'paydone1', orderId: 'order-1', orderTotalCents: 5000, businessDayId: 'day-1', businessDate: '2026-11-23',
        method: 'CREDIT', amountCents: 5000, provider: 'TEF', providerRef: done.nsu,
      }),
    );
    await app.close();
    app = null;

    app = await startTestAppliance(modules(), { dataDir });
    expect(simulator.byDocument('paydone1')?.state).toBe('CONFIRMED');
    expect(simulator.byDocument('paylost1')?.state).toBe('UNDONE');
    expect(await paymentsRuntimeOf(app.ctx).card.recoverPending(() => true)).toEqual([]);
  });
});
