import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SitefEmulator } from '../devices/tef/sitef-emulator-harness.js';
import { createHardwareModule } from '../hardware/index.js';
import type { ApplianceModule } from '../kernel/module.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { captureTender, createPaymentsModule, findPayment, paymentsRuntimeOf } from '../payments/index.js';
import { registerCardTerminal } from './card-terminal.js';

const modules = (): ApplianceModule[] => [createPaymentsModule(), createHardwareModule(), { name: 'card-terminal', register: registerCardTerminal }];

describe('SiTef terminal from the hardware registry behind the payments card provider', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-sitef-appliance-'));
  const root = mkdtempSync(join(tmpdir(), 'chefia-sitef-server-'));
  let emulator: SitefEmulator;
  let server: string;
  let app: TestAppliance | null = null;

  beforeAll(async () => {
    emulator = await SitefEmulator.build();
    server = await emulator.server(root);
  });
  afterAll(async () => {
    await app?.close();
    await emulator.remove();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  const configure = (body: unknown) =>
    fetch(`${app!.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app!.bearer(['devices.manage']) },
      body: JSON.stringify(body),
    });

  it('is chosen by configuration, validated, and after a crash settles each approval the way the payments table says', async () => {
    app = await startTestAppliance(modules(), { dataDir });
    const card = paymentsRuntimeOf(app.ctx).card;
    const transport = { type: 'sitef', library: emulator.libraryPath, server, storeCode: '00000000', terminalId: 'SE000001' };

    const invalid = await configure({ id: 'tef-1', kind: 'tef', name: 'PIN pad', profileId: 'pax-d200', transport: { ...transport, terminalId: '1' } });
    expect(invalid.status).toBe(400);
    const configured = await configure({ id: 'tef-1', kind: 'tef', name: 'PIN pad do caixa', profileId: 'pax-d200', transport });
    expect(configured.status).toBe(200);

    const done = await card.authorize({ transactionId: 'paysitefdone1', amountCents: 5000, method: 'CREDIT', installments: 2 });
    const lost = await card.authorize({ transactionId: 'paysiteflost1', amountCents: 2500, method: 'DEBIT' });
    expect([done.status, lost.status]).toEqual(['APPROVED', 'APPROVED']);
    expect(done).toMatchObject({ network: 'REDE', installments: 2 });
    expect(SitefEmulator.networkState(server, 'paysitefdone1')).toBe('PENDING');

    // The sale with the first approval committed; the appliance dies before FinalizaFuncaoSiTefInterativo.
    await app.ctx.commands.run('test.sale', (tx) =>
      captureTender(tx, {
        paymentId: 'paysitefdone1', orderId: 'order-1', orderTotalCents: 5000, businessDayId: 'day-1', businessDate: '2026-11-23',
        method: 'CREDIT', amountCents: 5000, provider: 'TEF', providerRef: done.nsu,
      }),
    );
    await app.close();
    app = null;

    app = await startTestAppliance(modules(), { dataDir });
    expect(SitefEmulator.networkState(server, 'paysitefdone1')).toBe('CONFIRMED');
    expect(findPayment(app.ctx.db, 'paysitefdone1')?.status).toBe('CAPTURED');
    expect(SitefEmulator.networkState(server, 'paysiteflost1')).toBe('UNDONE');
    expect(findPayment(app.ctx.db, 'paysiteflost1')).toBeNull();
    expect(await paymentsRuntimeOf(app.ctx).card.recoverPending(() => true)).toEqual([]);
  });
});
