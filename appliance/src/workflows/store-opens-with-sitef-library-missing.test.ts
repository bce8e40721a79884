// A store that lost power with a SiTef card payment not yet finalized must open again even when the
// CliSiTef library cannot be loaded at that moment (being reinstalled, its disk not mounted yet):
// cash sales cannot wait for the card terminal. Once the library is back, before the next card
// payment, the paid sale's card is confirmed and the card of a sale that never completed is undone.
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SitefEmulator } from '../devices/tef/sitef-emulator-harness.js';
import { createHardwareModule } from '../hardware/index.js';
import type { ApplianceModule } from '../kernel/module.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { captureTender, createPaymentsModule, paymentsRuntimeOf } from '../payments/index.js';
import { registerCardTerminal } from './card-terminal.js';

const modules = (): ApplianceModule[] => [createPaymentsModule(), createHardwareModule(), { name: 'card-terminal', register: registerCardTerminal }];

describe('a store reopening after a power cut while its SiTef library is missing', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-sitef-missing-'));
  const root = mkdtempSync(join(tmpdir(), 'chefia-sitef-missing-server-'));
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

  it('opens, then finalizes the previous payments before the next card payment', async () => {
    app = await startTestAppliance(modules(), { dataDir });
    const transport = { type: 'sitef', library: emulator.libraryPath, server, storeCode: '00000000', terminalId: 'SE000001' };
    const configured = await fetch(`${app.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['devices.manage']) },
      body: JSON.stringify({ id: 'tef-1', kind: 'tef', name: 'PIN pad do caixa', profileId: 'pax-d200', transport }),
    });
    expect(configured.status).toBe(200);
    const card = paymentsRuntimeOf(app.ctx).card;
    const paid = await card.authorize({ transactionId: 'paysitefpaid1', amountCents: 5000, method: 'CREDIT' });
    const abandoned = await card.authorize({ transactionId: 'paysitefleft1', amountCents: 2500, method: 'DEBIT' });
    expect([paid.status, abandoned.status]).toEqual(['APPROVED', 'APPROVED']);
    await app.ctx.commands.run('test.sale', (tx) =>
      captureTender(tx, {
        paymentId: 'paysitefpaid1', orderId: 'order-1', orderTotalCents: 5000, businessDayId: 'day-1', businessDate: '2026-11-23',
        method: 'CREDIT', amountCents: 5000, provider: 'TEF', providerRef: paid.nsu,
      }),
    );
    await app.close();
    app = null;

    const away = `${emulator.libraryPath}.away`;
    renameSync(emulator.libraryPath, away);
    try {
      app = await startTestAppliance(modules(), { dataDir });
    } finally {
      renameSync(away, emulator.libraryPath);
    }
    expect(SitefEmulator.networkState(server, 'paysitefpaid1')).toBe('PENDING');

    const next = await paymentsRuntimeOf(app.ctx).card.authorize({ transactionId: 'paysitefnext1', amountCents: 1200, method: 'DEBIT' });
    expect(next.status).toBe('APPROVED');
    expect(SitefEmulator.networkState(server, 'paysitefpaid1')).toBe('CONFIRMED');
    expect(SitefEmulator.networkState(server, 'paysitefleft1')).toBe('UNDONE');
  });
});
