import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { fiscalModule, writeDemoSettings } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, type Api } from './test-support.js';

/**
 * An NFC-e lists at most 990 items (a CF-e SAT 500). A sale with more lines than the store's fiscal
 * document takes could never be documented: paid, it would sit in the fiscal backlog until a
 * manager waived its note. The till refuses to take the money instead (422, a pt-BR text naming
 * the limit and asking to split the order), before any tender is booked; the same order within
 * the limit, or one whose lines need no note (billiards time, an ISS service), is paid as usual.
 */
const storeModules = () => [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];

/** A till of the demo store taking money, and its orders of many lines. */
function useFiscalTill(options: { dataDir?: string } = {}) {
  const till = {} as { app: TestAppliance; cashier: Api };
  beforeAll(async () => {
    // Real clock: the demo A1 certificate is made at start and valid from then on.
    till.app = await startTestAppliance(storeModules(), { env: { CHEFIA_DEMO: '1' }, dataDir: options.dataDir });
    till.cashier = apiAs(till.app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await till.cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  }, 60_000);
  afterAll(() => till.app?.close());
  return till;
}

/** A confirmed counter order of `lines` lines of one product, sent in batches as the till sends them. */
async function orderOf(cashier: Api, productId: string, lines: number, quantity = 1): Promise<{ id: string; totalCents: number }> {
  const batch = (size: number) => Array.from({ length: size }, () => ({ productId, quantity }));
  const created = await cashier.post('/orders', { channel: 'COUNTER', items: batch(Math.min(lines, 100)) });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.data.id as string;
  for (let added = 100; added < lines; added += 100) {
    const more = await cashier.post(`/orders/${id}/items`, { items: batch(Math.min(lines - added, 100)) });
    expect(more.status, JSON.stringify(more.body)).toBe(200);
  }
  const confirmed = await cashier.post(`/orders/${id}/confirm`);
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  expect(confirmed.body.data.items).toHaveLength(lines);
  return { id, totalCents: confirmed.body.data.totalCents };
}

describe('a sale longer than its NFC-e', () => {
  const till = useFiscalTill();

  it('refuses the payment of an order with more items than the NFC-e takes, and takes no money', async () => {
    const order = await orderOf(till.cashier, 'prod-fries', 991);
    const paid = await till.cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect([paid.status, paid.body.error?.code]).toEqual([422, 'ORDER_TOO_MANY_ITEMS_FOR_FISCAL_DOCUMENT']);
    expect(paid.body.error.message).toBe('Este pedido tem 991 itens e o documento fiscal da loja aceita no máximo 990: divida o pedido em mais de uma venda antes de receber.');
    const card = await till.cashier.post(`/orders/${order.id}/payments`, { method: 'CREDIT', amountCents: 100, standaloneCard: { brand: 'VISA' } });
    expect([card.status, card.body.error?.code]).toEqual([422, 'ORDER_TOO_MANY_ITEMS_FOR_FISCAL_DOCUMENT']);

    const payments = (await till.cashier.get(`/orders/${order.id}/payments`)).body.data;
    expect(payments.payments).toEqual([]);
    expect(payments.balance.paidCents).toBe(0);
    expect((await till.cashier.get(`/orders/${order.id}`)).body.data.paidAt).toBeNull();
  }, 60_000);

  it('takes the payment of an order of exactly as many items as the NFC-e takes', async () => {
    const order = await orderOf(till.cashier, 'prod-fries', 990);
    const paid = await till.cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.balance.remainingCents).toBe(0);
  }, 60_000);

  it('takes the payment of a long order whose lines need no fiscal note', async () => {
    // Billiards time is an ISS service: it never goes on the NFC-e.
    const order = await orderOf(till.cashier, 'prod-billiards', 991, 15);
    const paid = await till.cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
  }, 60_000);
});

describe('a sale longer than the CF-e of a SAT store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-sat-store-'));
  beforeAll(() => {
    // The demo store's fiscal settings, on a SAT: its CF-e takes 500 items. The equipment is never
    // called here, as no sale of this store is paid.
    const file = writeDemoSettings(dataDir);
    const sat = { libraryPath: 'libsat.so', activationCode: '12345678', softwareHouseCnpj: '16716114000172', signAC: 'assinatura-ac', checkoutNumber: 1 };
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), documentType: 'SAT', sat }));
  });
  // Registered before the store's hooks: after-hooks run in reverse, so the store closes first.
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const till = useFiscalTill({ dataDir });

  it('refuses the payment of an order of more items than the CF-e takes', async () => {
    const order = await orderOf(till.cashier, 'prod-fries', 501);
    const paid = await till.cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect([paid.status, paid.body.error?.code]).toEqual([422, 'ORDER_TOO_MANY_ITEMS_FOR_FISCAL_DOCUMENT']);
    expect(paid.body.error.message).toBe('Este pedido tem 501 itens e o documento fiscal da loja aceita no máximo 500: divida o pedido em mais de uma venda antes de receber.');
    expect((await till.cashier.get(`/orders/${order.id}/payments`)).body.data.payments).toEqual([]);
  }, 60_000);
});
