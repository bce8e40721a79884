import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { captureTender, createPaymentsModule, type ReconciliationAlert } from './index.js';

/**
 * An acquirer's "vendas e recebimentos" export as a pt-BR spreadsheet saves it: Windows-1252,
 * `;`-separated, quoted, amounts with a decimal comma and thousands dot, a product name with a `;`
 * inside quotes, and a totals line at the end.
 */
const ACQUIRER_FILE = [
  '"Data da venda";"Data do pagamento";"NSU";"Código de autorização";"Bandeira";"Produto";"Valor bruto";"Taxa";"Valor líquido"',
  '"01/12/2026";"02/12/2026";"100001";"A00001";"Mastercard";"Crédito à vista";"R$ 1.234,56";"R$ 24,69";"R$ 1.209,87"',
  '"01/12/2026";"02/12/2026";"100002";"A00002";"Visa";"Crédito; parcelado loja";"33,00";"0,66";"32,34"',
  '"01/12/2026";"02/12/2026";"100009";"A00009";"Elo";"Débito";"12,50";"0,12";"12,38"',
  '"Total";"";"";"";"";"";"1.280,06";"25,47";"1.254,59"',
].join('\r\n');

describe('daily reconciliation', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-recon-'));
  const inboxDir = mkdtempSync(join(tmpdir(), 'chefia-settlements-'));
  let now = new Date('2026-12-01T15:00:00Z'); // 12:00 in São Paulo
  const clock: Clock = { now: () => now };
  const options = { reconciliation: { runAt: '06:00', inboxDir, checkEveryMs: 20 } };
  let app: TestAppliance | null = null;
  let audit: MqttClient | null = null;

  const start = async () => {
    app = await startTestAppliance([createPaymentsModule(options)], { dataDir, clock });
  };
  const lastDate = () => app!.ctx.db.prepare("SELECT value FROM settings WHERE key = 'payments.reconciliation.last_date'").pluck().get();
  const journal = (type: string) => app!.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === type);

  beforeAll(start);
  afterAll(async () => {
    await audit?.endAsync();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(inboxDir, { recursive: true, force: true });
  });

  it("reconciles yesterday's acquirer file after the morning run time and alerts every difference", async () => {
    // Before 06:00 on Dec 1st, the day to do was Nov 29th; at noon it is Nov 30th, with nothing to match.
    await waitUntil('the first scheduled day', lastDate, (date) => date === '2026-11-30');
    expect(journal('payment.reconciled')).toEqual([]);

    const sale = (paymentId: string, nsu: string, amountCents: number) =>
      app!.ctx.commands.run('test.sale', (tx) =>
        captureTender(tx, {
          paymentId, orderId: `order-${paymentId}`, orderTotalCents: amountCents, businessDayId: 'day-1', businessDate: '2026-12-01',
          method: 'CREDIT', amountCents, provider: 'TEF', providerRef: nsu,
        }),
      );
    await sale('pay-match', '100001', 123_456);
    await sale('pay-short', '100002', 3_000);
    await sale('pay-missing', '100003', 4_500);
    mkdirSync(join(inboxDir, 'TEF'), { recursive: true });
    writeFileSync(join(inboxDir, 'TEF', 'vendas-2026-12-01.csv'), Buffer.from(ACQUIRER_FILE, 'latin1'));

    audit = await mqtt.connectAsync(`mqtt://127.0.0.1:${app!.mqttPort}`, { username: 'user:ADMIN', password: 'test', reconnectPeriod: 0 });
    const published: { kind: string; gatewayPaymentId: string }[] = [];
    audit.on('message', (_topic, payload) => published.push(JSON.parse(String(payload)).payload));
    await audit.subscribeAsync(`store/${app!.ctx.config.storeId}/audit/payment.reconciliation_difference`, { qos: 1 });

    // 05:59 the next morning is still too early; 06:00 runs Dec 1st.
    now = new Date('2026-12-02T08:59:00Z');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lastDate()).toBe('2026-11-30');
    now = new Date('2026-12-02T09:00:00Z');
    await waitUntil('the Dec 1st run', lastDate, (date) => date === '2026-12-01');

    const [reconciled] = journal('payment.reconciled');
    expect(reconciled.payload).toMatchObject({
      gateway: 'TEF', from: '2026-12-01', to: '2026-12-01',
      totals: { recordedCents: 130_956, settledCents: 128_006, matchedCents: 123_456, netSettledCents: 125_459, differenceCents: -2_950 },
      counts: { matched: 1, amountMismatch: 1, missingInSettlement: 1, unknownToStore: 1 },
    });
    const expected = [
      { kind: 'AMOUNT_MISMATCH', gatewayPaymentId: '100002', paymentId: 'pay-short', recordedCents: 3_000, settledCents: 3_300, differenceCents: 300 },
      { kind: 'MISSING_IN_SETTLEMENT', gatewayPaymentId: '100003', paymentId: 'pay-missing', recordedCents: 4_500, settledCents: null, differenceCents: -4_500 },
      { kind: 'UNKNOWN_TO_STORE', gatewayPaymentId: '100009', paymentId: null, recordedCents: null, settledCents: 1_250, differenceCents: 1_250 },
    ];
    expect(journal('payment.reconciliation_difference').map((e) => e.payload)).toEqual(expected.map((alert) => expect.objectContaining(alert)));
    await waitUntil('the audit messages', () => published.length, (n) => n === 3);
    expect(published.map((p) => p.gatewayPaymentId).sort()).toEqual(['100002', '100003', '100009']);

    const res = await fetch(`${app!.baseUrl}/api/v1/payments/reconciliation-alerts?from=2026-12-01&to=2026-12-01`, { headers: { authorization: app!.bearer(['reports.read']) } });
    expect(res.status).toBe(200);
    const alerts = (await res.json()).data as ReconciliationAlert[];
    expect(alerts.map(({ kind, gatewayPaymentId, paymentId, recordedCents, settledCents, differenceCents }) => ({ kind, gatewayPaymentId, paymentId, recordedCents, settledCents, differenceCents })).sort((a, b) => a.gatewayPaymentId.localeCompare(b.gatewayPaymentId))).toEqual(expected);
    expect(existsSync(join(inboxDir, 'TEF', 'processed', 'vendas-2026-12-01.csv'))).toBe(true);
    expect(journal('payment.reconciliation_day_completed').map((e) => e.payload)).toEqual([
      { businessDate: '2026-12-01', reconciliationIds: [reconciled.aggregateId], files: [{ provider: 'TEF', file: 'vendas-2026-12-01.csv', reconciliationId: reconciled.aggregateId, alreadyReconciled: false, rejected: null }] },
    ]);
  });

  it('catches up day by day after the appliance was off at run time, sets a broken file aside with the reason, and never reconciles a file twice', async () => {
    const [first] = journal('payment.reconciled');
    await audit?.endAsync();
    audit = null;
    await app!.close();
    app = null;
    writeFileSync(join(inboxDir, 'TEF', 'quebrado.csv'), '"Data";"Valor"\r\n"01/12/2026";"10,00"\r\n');
    writeFileSync(join(inboxDir, 'TEF', 'vendas-2026-12-01-copia.csv'), Buffer.from(ACQUIRER_FILE, 'latin1'));
    now = new Date('2026-12-05T12:00:00Z');
    await start();
    await waitUntil('the catch-up', lastDate, (date) => date === '2026-12-04');
    expect(existsSync(join(inboxDir, 'TEF', 'rejected', 'quebrado.csv'))).toBe(true);
    const [completed] = journal('payment.reconciliation_day_completed').slice(1).map((e) => e.payload);
    expect(completed).toEqual({
      businessDate: '2026-12-04',
      reconciliationIds: [],
      files: [
        { provider: 'TEF', file: 'quebrado.csv', reconciliationId: null, alreadyReconciled: false, rejected: 'Relatório de liquidação inválido: cabeçalho' },
        { provider: 'TEF', file: 'vendas-2026-12-01-copia.csv', reconciliationId: first.aggregateId, alreadyReconciled: true, rejected: null },
      ],
    });
    expect(journal('payment.reconciled')).toHaveLength(1);
    expect(existsSync(join(inboxDir, 'TEF', 'processed', 'vendas-2026-12-01-copia.csv'))).toBe(true);
  });

  it('reads the pt-BR file uploaded by the back office too', async () => {
    const res = await fetch(`${app!.baseUrl}/api/v1/payments/reconciliations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app!.bearer(['reports.read']) },
      body: JSON.stringify({ gateway: 'TEF', from: '2026-12-01', to: '2026-12-01', report: ACQUIRER_FILE }),
    });
    expect(res.status).toBe(201);
    expect((await res.json()).data.totals).toMatchObject({ settledCents: 128_006, netSettledCents: 125_459 });
    const broken = await fetch(`${app!.baseUrl}/api/v1/payments/reconciliations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app!.bearer(['reports.read']) },
      body: JSON.stringify({ gateway: 'TEF', from: '2026-12-01', to: '2026-12-01', report: '"NSU";"Valor bruto";"Data do pagamento"\n"1";"abc";"02/12/2026"\n' }),
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.code).toBe('RECONCILIATION_REPORT_INVALID');
  });
});
