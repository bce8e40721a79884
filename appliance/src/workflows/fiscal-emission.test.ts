import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaleProduct } from '../catalog/index.js';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { documentText } from '../devices/printer/document.js';
import { fiscalModule, referencePaths, type DanfeNfce } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { findOpenBusinessDay } from '../business-day/index.js';
import { createOrder, type Order, type OrderItem } from '../orders/index.js';
import { createPaymentsModule, paymentsRuntimeOf, type Payment } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { validateXml } from '../fiscal/shared/xmllint.js';
import { danfePrintDocument } from './fiscal-danfe-document.js';
import { answeredDocumentOf } from './fiscal-test-support.js';
import { danfeDedupeKey } from './fiscal-emission.js';
import { allocateOrderDiscount, buildPaidOrder, paymentsCovering } from './fiscal-paid-order.js';
import { priceOrderLines } from './order-lines.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, type Api } from './test-support.js';

const food = { ncm: '21069090', cfop: '5102', cest: null, taxGroup: 'FOOD' };
const service = { ncm: null, cfop: '5933', cest: null, taxGroup: 'SERVICE' };

function item(overrides: Partial<OrderItem> & Pick<OrderItem, 'productId' | 'quantity' | 'unitPriceCents' | 'grossCents'>): OrderItem {
  const discountCents = overrides.discountCents ?? 0;
  return {
    itemId: `item-${overrides.productId}`,
    name: overrides.productId,
    categoryId: 'cat',
    unit: 'UNIT',
    discountCents,
    totalCents: overrides.grossCents - discountCents,
    appliedRules: [],
    options: [],
    components: [],
    notes: null,
    seat: null,
    station: null,
    prepSeconds: 0,
    round: 1,
    status: 'CONFIRMED',
    ...overrides,
  };
}

function order(items: OrderItem[], manualDiscountCents = 0, deliveryFeeCents = 0): Order {
  const live = items.filter((i) => i.status !== 'CANCELLED');
  const lines = live.reduce((s, i) => s + i.totalCents, 0);
  return {
    id: 'order-1', number: 1, businessDate: '2026-11-23', businessDayId: 'day-1', channel: 'COUNTER', status: 'COMPLETED', tableId: null, customerId: null, consumerTaxId: null, notes: null,
    subtotalCents: live.reduce((s, i) => s + i.grossCents, 0), discountCents: live.reduce((s, i) => s + i.discountCents, 0) + manualDiscountCents, manualDiscountCents,
    manualDiscountReason: null, deliveryFeeCents, totalCents: lines - manualDiscountCents + deliveryFeeCents, cancelReason: null, paidAt: null, writeOff: null, createdBy: null, createdAt: '', confirmedAt: null, updatedAt: '', items,
  };
}

const product = (id: string, fiscal: SaleProduct['fiscal'], barcode: string | null = null) => ({ id, sku: `SKU-${id}`, barcode, fiscal }) as SaleProduct;
const payment = (method: Payment['method'], amountCents: number, changeCents = 0, status: Payment['status'] = 'CAPTURED', extra: Partial<Payment> = {}) =>
  ({ method, amountCents, changeCents, refundedCents: 0, status, provider: method === 'CASH' ? 'CASH' : 'MANUAL', providerRef: null, details: {}, ...extra }) as Payment;
const net = (line: { unit: string; quantity: number; unitPriceCents: number; discountCents?: number }) =>
  (line.unit === 'UNIT' ? line.quantity * line.unitPriceCents : Math.floor((line.quantity * line.unitPriceCents + 500) / 1000)) - (line.discountCents ?? 0);

describe('a paid order for the NFC-e', () => {
  it('keeps weighed lines in grams at a price per kg, and spreads the manual discount to the centavo', () => {
    const paid = buildPaidOrder(
      order([item({ productId: 'fries', quantity: 3, unitPriceCents: 1290, grossCents: 3870, discountCents: 387 }), item({ productId: 'salad', unit: 'GRAM', quantity: 347, unitPriceCents: 6990, grossCents: 2426 })], 1001),
      [product('fries', food, '7894900011517'), product('salad', food, '2000000000016')],
      [payment('CASH', 4908, 92)],
    )!;
    expect(paid.lines.map((l) => [l.code, l.unit, l.quantity, l.unitPriceCents])).toEqual([['SKU-fries', 'UNIT', 3, 1290], ['SKU-salad', 'GRAM', 347, 6990]]);
    expect(paid.lines.reduce((s, l) => s + net(l), 0)).toBe(4908);
    expect(paid.lines[0].discountCents! - 387 + paid.lines[1].discountCents!).toBe(1001);
    expect(paid.lines[0].gtin).toBe('7894900011517');
    expect(paid.lines[1].gtin).toBeNull(); // not a valid GTIN check digit: "SEM GTIN"
    expect(paid.payments).toEqual([{ method: 'CASH', amountCents: 4908, changeCents: 92 }]);
  });

  it('leaves out services, cancelled and free lines, and trims the last tenders to what the NFC-e covers', () => {
    const paid = buildPaidOrder(
      order([
        item({ productId: 'burger', quantity: 1, unitPriceCents: 2990, grossCents: 2990 }),
        item({ productId: 'free-coke', quantity: 1, unitPriceCents: 600, grossCents: 600, discountCents: 600 }),
        item({ productId: 'old', quantity: 1, unitPriceCents: 500, grossCents: 500, status: 'CANCELLED' }),
        item({ productId: 'billiards', quantity: 2, unitPriceCents: 1000, grossCents: 2000 }),
      ]),
      [product('burger', food), product('free-coke', food), product('old', food), product('billiards', service)],
      [payment('CASH', 3000, 1000), payment('PIX', 1990), payment('DEBIT', 700, 0, 'CANCELLED')],
    )!;
    expect(paid.lines.map((l) => l.code)).toEqual(['SKU-burger']);
    expect(paid.payments).toEqual([{ method: 'CASH', amountCents: 2990, changeCents: 1000 }]);
  });

  it('shares the delivery fee over the documented lines as vFrete, to the centavo, and keeps the tenders that paid it', () => {
    const paid = buildPaidOrder(
      order([
        item({ productId: 'burger', quantity: 2, unitPriceCents: 3290, grossCents: 6580 }),
        item({ productId: 'coke', quantity: 1, unitPriceCents: 700, grossCents: 700 }),
        item({ productId: 'billiards', quantity: 1, unitPriceCents: 1000, grossCents: 1000 }),
      ], 280, 700),
      [product('burger', food), product('coke', food), product('billiards', service)],
      [payment('PIX', 8700)],
    )!;
    expect(paid.lines.map((l) => l.code)).toEqual(['SKU-burger', 'SKU-coke']);
    // 700 over what each line costs after its share of the discount (6358 and 676 of 7034).
    expect(paid.lines.map((l) => l.freightCents)).toEqual([633, 67]);
    const documented = paid.lines.reduce((s, l) => s + net(l) + (l.freightCents ?? 0), 0);
    expect(documented).toBe(7034 + 700);
    // The billiards time (R$ 9,66 after its discount share) is on the NFS-e, not in this document.
    expect(paid.payments).toEqual([{ method: 'PIX', amountCents: 7734, changeCents: 0 }]);
  });

  it('has nothing to document for a service-only bill', () => {
    expect(buildPaidOrder(order([item({ productId: 'billiards', quantity: 1, unitPriceCents: 1000, grossCents: 1000 })]), [product('billiards', service)], [payment('CASH', 1000)])).toBeNull();
  });

  it('allocates any discount exactly, never more than a line costs', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 30 }), fc.nat(), (nets, seed) => {
        const total = nets.reduce((a, b) => a + b, 0);
        const discount = seed % (total + 1);
        const shares = allocateOrderDiscount(nets, discount);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(discount);
        for (const [i, share] of shares.entries()) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(nets[i]);
        }
      }),
    );
  });

  it('gives the centavos left over to the largest remainders exactly on a bill over R$ 1 million', () => {
    // R$ 1.207.527,29 off R$ 1.517.047,51: the second line's remainder is one 151,704,751th above
    // the first's, and the single centavo left over is its.
    expect(allocateOrderDiscount([37_298_313, 82_221_625, 32_184_813], 120_752_729)).toEqual([29_688_411, 65_446_109, 25_618_209]);
  });

  it('splits discounts up to the order cap as the exact largest-remainder method does', () => {
    const exactSplit = (nets: number[], discount: number): number[] => {
      const base = BigInt(nets.reduce((a, b) => a + b, 0));
      const shares = nets.map((net) => (BigInt(net) * BigInt(discount)) / base);
      const byRemainder = nets.map((net, i) => ({ i, r: (BigInt(net) * BigInt(discount)) % base })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
      let left = BigInt(discount) - shares.reduce((a, b) => a + b, 0n);
      for (const { i } of byRemainder) if (left > 0n) (shares[i] += 1n), (left -= 1n);
      return shares.map(Number);
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000_000 }), { minLength: 2, maxLength: 10 }), fc.nat(), (nets, seed) => {
        const discount = seed % (nets.reduce((a, b) => a + b, 0) + 1);
        expect(allocateOrderDiscount(nets, discount)).toEqual(exactSplit(nets, discount));
      }),
      { numRuns: 2000 },
    );
  });

  it('marks TEF and PIX-gateway tenders as integrated, with their authorization code', () => {
    const paid = buildPaidOrder(order([item({ productId: 'burger', quantity: 1, unitPriceCents: 3000, grossCents: 3000 })]), [product('burger', food)], [
      payment('CREDIT', 1000, 0, 'CAPTURED', { provider: 'TEF', details: { authorizationCode: ' 123456 ' } }),
      payment('PIX', 1000, 0, 'CAPTURED', { provider: 'ASAAS', providerRef: 'pay_abc' }),
      payment('DEBIT', 1000),
    ])!;
    expect(paid.payments).toEqual([
      { method: 'CREDIT', amountCents: 1000, changeCents: 0, card: { integrated: true, authorizationCode: '123456' } },
      { method: 'PIX', amountCents: 1000, changeCents: 0, card: { integrated: true, authorizationCode: 'pay_abc' } },
      { method: 'DEBIT', amountCents: 1000, changeCents: 0 },
    ]);
  });

  it('trims tenders from the last one and drops the ones left at zero', () => {
    expect(paymentsCovering([{ method: 'CASH', amountCents: 500, changeCents: 0 }, { method: 'PIX', amountCents: 300, changeCents: 0 }], 400)).toEqual([{ method: 'CASH', amountCents: 400, changeCents: 0 }]);
  });
});

describe('the DANFE as a print document', () => {
  const danfe: DanfeNfce = {
    columns: 20,
    qrCode: 'https://sefaz.example/qr?p=1|2|3',
    lines: [],
    blocks: [
      { kind: 'text', text: 'LOJA', align: 'center', bold: true },
      { kind: 'text', text: 'Total         12,90', align: 'left', bold: false },
      { kind: 'text', text: '3526 1111 2222 3333 4444 5555', align: 'center', bold: false },
      { kind: 'qr', data: 'https://sefaz.example/qr?p=1|2|3' },
    ],
  };

  it('keeps padded lines, wraps long ones to the paper, carries the QR and cuts', () => {
    const doc = danfePrintDocument(danfe);
    const text = documentText(doc);
    expect(text).toContain('Total         12,90');
    expect(text).toContain('3526 1111 2222 3333');
    expect(text).toContain('4444 5555');
    expect(text.every((line) => line.startsWith('[QR]') || line.length <= 20)).toBe(true);
    expect(doc.ops).toContainEqual(expect.objectContaining({ op: 'qr', data: danfe.qrCode }));
    expect(doc.ops.at(-1)).toEqual({ op: 'cut', partial: true });
  });
});

describe('NFC-e emission workflow on the demo store', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    // Real clock: the demo A1 certificate is made at start and valid from then on.
    app = await startTestAppliance(modules, { env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, ['orders.create', 'orders.read', 'customers.read', 'customers.manage', 'orders.confirm', 'cashier.operate', 'payments.capture'], 'CASHIER');
    manager = apiAs(app, ['catalog.write', 'catalog.read', 'fiscal.read', 'fiscal.cancel', 'fiscal.manage', 'printing.read'], 'MANAGER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  }, 60_000);
  afterAll(() => app?.close());

  async function sell(items: unknown[], tender: Record<string, unknown> = { method: 'CASH', tenderedCents: 100_000 }): Promise<string> {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.data.id as string;
    expect((await cashier.post(`/orders/${id}/confirm`)).status).toBe(200);
    const paid = await cashier.post(`/orders/${id}/payments`, tender);
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    return id;
  }

  const documentOf = (orderId: string): Promise<any> => answeredDocumentOf(manager, orderId);

  /** The backlog once at most `pending` sales wait in it (or as it is after 10 s: the assertion that follows then says what stayed). */
  async function backlogDownTo(pending: number): Promise<any> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const backlog = (await manager.get('/fiscal/backlog')).body.data;
      if (backlog.pending <= pending || Date.now() > deadline) return backlog;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const danfeJobs = async (documentId: string) =>
    ((await manager.get('/print-jobs?size=100')).body.data as { dedupeKey: string | null; printerId: string }[]).filter((j) => j.dedupeKey === danfeDedupeKey(documentId));

  it('issues an authorized NFC-e for a paid order, queues one DANFE and stays single on a replay', async () => {
    const orderId = await sell([{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-salad-bar', quantity: 250 }]);
    const doc = await documentOf(orderId);
    expect(doc).toMatchObject({ status: 'AUTHORIZED', cStat: 100 });
    const xml = await (await fetch(`${app.baseUrl}/api/v1/fiscal/documents/${doc.id}/xml`, { headers: { authorization: app.bearer(['fiscal.read']) } })).text();
    expect(xml).toContain('<uCom>KG</uCom>');
    expect(xml).toContain('<qCom>0.2500</qCom>');
    expect(await danfeJobs(doc.id)).toHaveLength(1);
    // Issued in the commit of the payment that settled the order: the same clock reading.
    const settled = app.ctx.db.prepare("SELECT occurred_at FROM journal WHERE type = 'payment.order_settled' AND aggregate_id = ?").pluck().get(orderId);
    const issued = app.ctx.db.prepare("SELECT occurred_at FROM journal WHERE type = 'fiscal.document_issued' AND aggregate_id = ?").pluck().get(doc.id);
    expect(issued).toBe(settled);
    // Queued in the authorization's own transaction: the next journal entry, the same clock reading.
    const authorized = app.ctx.db.prepare("SELECT seq, occurred_at FROM journal WHERE type = 'fiscal.document_authorized' AND aggregate_id = ?").get(doc.id) as { seq: number; occurred_at: string };
    const next = app.ctx.db.prepare('SELECT type, occurred_at, payload FROM journal WHERE seq = ?').get(authorized.seq + 1) as { type: string; occurred_at: string; payload: string };
    expect([next.type, next.occurred_at, JSON.parse(next.payload).kind]).toEqual(['print_job.queued', authorized.occurred_at, 'danfe_nfce']);

    // The payments consumer delivers at least once: a second delivery changes nothing.
    await paymentsRuntimeOf(app.ctx).fiscal.requestEmission({ orderId, businessDate: doc.issuedAt.slice(0, 10), totalCents: doc.totalCents, payments: [] });
    expect((await manager.get(`/fiscal/documents?orderId=${orderId}`)).body.data).toHaveLength(1);
    expect(await danfeJobs(doc.id)).toHaveLength(1);
  });

  it('authorizes sales paid together, numbered in settlement order, one DANFE each', async () => {
    const orders = await Promise.all(Array.from({ length: 8 }, () => sell([{ productId: 'prod-coke', quantity: 1 }])));
    const documents = await Promise.all(orders.map((orderId) => documentOf(orderId)));
    expect(documents.map((d) => [d.status, Number.isInteger(d.number)])).toEqual(Array(8).fill(['AUTHORIZED', true]));
    const settledOrder = app.ctx.db
      .prepare(`SELECT aggregate_id FROM journal WHERE type = 'payment.order_settled' AND aggregate_id IN (${orders.map(() => '?').join(', ')}) ORDER BY seq`)
      .pluck()
      .all(...orders) as string[];
    const byNumber = [...documents].sort((a, b) => (a.number as number) - (b.number as number)).map((d) => d.orderId);
    expect(byNumber).toEqual(settledOrder);
    for (const document of documents) expect(await danfeJobs(document.id)).toHaveLength(1);
  });

  const xmlOf = async (documentId: string) =>
    (await fetch(`${app.baseUrl}/api/v1/fiscal/documents/${documentId}/xml`, { headers: { authorization: app.bearer(['fiscal.read']) } })).text();
  const schemaValid = async (xml: string) => {
    const result = await validateXml(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), xml);
    expect(result.valid, result.output).toBe(true);
  };

  it('documents an order delivered with a fee to a customer who gave no CPF: vFrete on the lines and in the totals, the fee in vNF and the tenders, in person without transport (SEFAZ refuses such a home delivery, 787), schema-valid', async () => {
    const created = await app.ctx.commands.run('test.delivered_order', (tx) => {
      const day = findOpenBusinessDay(tx.db)!;
      const items = priceOrderLines(tx, 'DELIVERY', [{ productId: 'prod-fries', quantity: 2, options: [] }], app.ctx.config.timeZone);
      return createOrder(tx, { businessDate: day.date, businessDayId: day.id, channel: 'WHATSAPP', items, deliveryFeeCents: 700 });
    });
    const goods = created.items.reduce((sum, i) => sum + i.totalCents, 0);
    expect(created).toMatchObject({ deliveryFeeCents: 700, totalCents: goods + 700 });
    expect((await cashier.post(`/orders/${created.id}/confirm`)).status).toBe(200);
    // The till takes the total, fee included, and gives the change.
    const paid = await cashier.post(`/orders/${created.id}/payments`, { method: 'CASH', tenderedCents: goods + 700 + 300 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const doc = await documentOf(created.id);
    expect(doc).toMatchObject({ status: 'AUTHORIZED', totalCents: goods + 700 });
    const xml = await xmlOf(doc.id);
    expect(xml).toContain('<vFrete>7.00</vFrete>');
    expect(xml).toContain(`<vNF>${((goods + 700) / 100).toFixed(2)}</vNF>`);
    expect(xml).toContain('<indPres>1</indPres>');
    expect(xml).toContain('<transp><modFrete>9</modFrete></transp>');
    expect(xml).toContain(`<vPag>${((goods + 1000) / 100).toFixed(2)}</vPag></detPag><vTroco>3.00</vTroco>`);
    await schemaValid(xml);
  });

  it("declares the demo's simulated TEF card as not integrated, with no invented authorization, and says so on the DANFE", async () => {
    const doc = await documentOf(await sell([{ productId: 'prod-onion-rings', quantity: 1 }], { method: 'CREDIT' }));
    expect(doc.status).toBe('AUTHORIZED');
    const xml = await xmlOf(doc.id);
    expect(xml).toMatch(/<tPag>03<\/tPag><vPag>[\d.]+<\/vPag><card><tpIntegra>2<\/tpIntegra><\/card>/);
    expect(xml).not.toContain('<cAut>');
    await schemaValid(xml);
    const danfe = (await manager.get(`/fiscal/documents/${doc.id}/danfe`)).body.data as DanfeNfce;
    expect(danfe.lines.join('\n')).toContain('TEF SIMULADO - SEM VALOR');
  });

  it('takes a card on the standalone machine with the brand and NSU typed by the cashier: tpIntegra 2, tBand, no cAut', async () => {
    const orderId = await sell([{ productId: 'prod-fries', quantity: 1 }], { method: 'DEBIT', standaloneCard: { brand: 'ELO', nsu: '004512' } });
    const [payment] = (await cashier.get(`/orders/${orderId}/payments`)).body.data.payments;
    expect(payment).toMatchObject({ method: 'DEBIT', provider: 'CARD_MACHINE', providerRef: '004512', details: { entry: 'STANDALONE', brand: 'ELO', nsu: '004512' } });
    const doc = await documentOf(orderId);
    const xml = await xmlOf(doc.id);
    expect(xml).toMatch(/<tPag>04<\/tPag><vPag>[\d.]+<\/vPag><card><tpIntegra>2<\/tpIntegra><tBand>06<\/tBand><\/card>/);
    expect(xml).not.toContain('<cAut>');
    await schemaValid(xml);

    // Nothing typed is fine too; a standalone "card" paid in cash is not.
    const bare = await documentOf(await sell([{ productId: 'prod-coke', quantity: 1 }], { method: 'CREDIT', standaloneCard: {} }));
    expect(await xmlOf(bare.id)).toMatch(/<card><tpIntegra>2<\/tpIntegra><\/card>/);
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect((await cashier.post(`/orders/${created.body.data.id}/confirm`)).status).toBe(200);
    const cash = await cashier.post(`/orders/${created.body.data.id}/payments`, { method: 'CASH', standaloneCard: { brand: 'VISA' } });
    expect(cash.status).toBe(422);
    expect(cash.body.error.code).toBe('PAYMENT_STANDALONE_CARD_METHOD_INVALID');
  });

  it('puts the CPF (or CNPJ) na nota from the till into dest, checked before payment', async () => {
    const withCpf = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-brownie', quantity: 1 }], consumerTaxId: '529.982.247-25' });
    expect(withCpf.status, JSON.stringify(withCpf.body)).toBe(201);
    expect(withCpf.body.data.consumerTaxId).toBe('52998224725');
    const orderId = withCpf.body.data.id as string;
    expect((await cashier.post(`/orders/${orderId}/confirm`)).status).toBe(200);
    expect((await cashier.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: 100_000 })).status).toBe(201);
    const xml = await xmlOf((await documentOf(orderId)).id);
    expect(xml).toContain('<dest><CPF>52998224725</CPF>');
    await schemaValid(xml);
    const late = await cashier.post(`/orders/${orderId}/consumer-tax-id`, { taxId: '11.222.333/0001-81' });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('ORDER_CONSUMER_TAX_ID_AFTER_PAYMENT');

    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-brownie', quantity: 1 }] });
    const companyOrder = created.body.data.id as string;
    const wrong = await cashier.post(`/orders/${companyOrder}/consumer-tax-id`, { taxId: '11.222.333/0001-82' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('ORDER_CONSUMER_TAX_ID_INVALID');
    expect((await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }], consumerTaxId: '111.111.111-11' })).status).toBe(422);
    const set = await cashier.post(`/orders/${companyOrder}/consumer-tax-id`, { taxId: '11.222.333/0001-81' });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.data.consumerTaxId).toBe('11222333000181');
    expect((await cashier.post(`/orders/${companyOrder}/confirm`)).status).toBe(200);
    expect((await cashier.post(`/orders/${companyOrder}/payments`, { method: 'CASH', tenderedCents: 100_000 })).status).toBe(201);
    const companyXml = await xmlOf((await documentOf(companyOrder)).id);
    expect(companyXml).toContain('<dest><CNPJ>11222333000181</CNPJ>');
    await schemaValid(companyXml);

    // The number reaches the document, never the journal (and so neither MQTT nor the relay).
    const events = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.aggregateId === orderId || e.aggregateId === companyOrder);
    expect(events.find((e) => e.type === 'order.created' && e.aggregateId === orderId)?.payload).toMatchObject({ consumerTaxIdGiven: true });
    expect(events.find((e) => e.type === 'order.consumer_tax_id_set')?.payload).toEqual({ orderId: companyOrder, consumerTaxIdGiven: true });
    const payloads = JSON.stringify(events.map((e) => e.payload));
    expect(payloads).not.toContain('52998224725');
    expect(payloads).not.toContain('11222333000181');

    // At rest the number is sealed on the order and in the document; a key rotation re-seals both.
    const sealed = () =>
      app.ctx.db.prepare('SELECT o.consumer_tax_id AS order_value, d.signed_xml AS xml FROM orders o JOIN fiscal_documents d ON d.order_id = o.id WHERE o.id = ?').get(orderId) as { order_value: string; xml: string };
    const before = sealed();
    expect([before.order_value, before.xml].map((value) => value.split('.').slice(0, 2).join('.'))).toEqual(['pii1.k1', 'pii1.k1']);
    const keys = apiAs(app, ['privacy.keys'], 'ADMIN');
    const rotation = await keys.post('/customers/pii-keys/rotate');
    expect(rotation.status, JSON.stringify(rotation.body)).toBe(200);
    expect(rotation.body.data).toMatchObject({ keyId: 'k2', retired: ['k1'] });
    expect(rotation.body.data.resealedByStore['orders.consumer_tax_id']).toBeGreaterThanOrEqual(2);
    expect(rotation.body.data.resealedByStore['fiscal_documents.signed_xml']).toBeGreaterThanOrEqual(2);
    const after = sealed();
    expect([after.order_value, after.xml].map((value) => value.split('.').slice(0, 2).join('.'))).toEqual(['pii1.k2', 'pii1.k2']);
    expect((await cashier.get(`/orders/${orderId}`)).body.data.consumerTaxId).toBe('52998224725');
    expect(await xmlOf((await documentOf(orderId)).id)).toContain('<dest><CPF>52998224725</CPF>');
  });

  it('keeps an order whose product lacks fiscal data in the backlog without holding back the next sales, until a manager waives it', async () => {
    const created = await manager.post('/products', { categoryId: 'cat-desserts', sku: 'SOB-900', name: 'Doce sem NCM', type: 'SIMPLE', priceCents: 500, sendToKitchen: false });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const refused = await sell([{ productId: created.body.data.id, quantity: 1 }]);
    const next = await sell([{ productId: 'prod-coke', quantity: 1 }]);
    expect((await documentOf(next)).status).toBe('AUTHORIZED');
    expect((await manager.get(`/fiscal/documents?orderId=${refused}`)).body.data).toEqual([]);

    // Not silently: the sale waits in the backlog, /health says so, until a manager decides.
    // The next sale's entry is resolved in its own commit just after its document is authorized.
    const backlog = await backlogDownTo(1);
    expect(backlog).toMatchObject({ pending: 1, oldestOrderId: refused });
    expect(backlog.entries[0]).toMatchObject({ orderId: refused, deferredReason: 'FISCAL_DATA_REFUSED', lastErrorCode: 'FISCAL_ITEM_FISCAL_DATA_MISSING', status: 'PENDING' });
    const degraded = await (await fetch(`${app.baseUrl}/health`)).json();
    expect(degraded.data.checks.fiscal).toMatchObject({ status: 'degraded', emission: 'on', backlog: 1, oldestPendingOrderId: refused });
    const tooShort = await manager.post(`/fiscal/backlog/${refused}/waive`, { reason: 'brinde' });
    expect(tooShort.status).toBe(400);
    const waived = await manager.post(`/fiscal/backlog/${refused}/waive`, { reason: 'Doce de cortesia do chef, devolvido ao estoque' });
    expect(waived.status, JSON.stringify(waived.body)).toBe(200);
    expect(waived.body.data).toMatchObject({ status: 'WAIVED', waiverReason: 'Doce de cortesia do chef, devolvido ao estoque' });
    expect((await manager.post(`/fiscal/backlog/${refused}/waive`, { reason: 'Doce de cortesia do chef, de novo' })).status).toBe(409);
    const ok = await (await fetch(`${app.baseUrl}/health`)).json();
    expect(ok.data.checks.fiscal).toMatchObject({ status: 'ok', backlog: 0 });
    const journal = app.ctx.journal.readAfter(0, 100_000);
    const of = (orderId: string) => journal.filter((e) => e.aggregateId === orderId && e.type.startsWith('fiscal.') && e.aggregateType === 'order');
    expect(of(refused).map((e) => e.type)).toEqual(['fiscal.emission_deferred', 'fiscal.emission_waived']);
    // The next sale queued behind it (sale order) and was emitted in the same pass.
    const reasonOrOutcome = (e: (typeof journal)[number]) => ('reason' in e.payload ? e.payload.reason : 'outcome' in e.payload ? e.payload.outcome : undefined);
    expect(of(next).map((e) => [e.type, reasonOrOutcome(e)])).toEqual([
      ['fiscal.emission_deferred', 'BEHIND_BACKLOG'],
      ['fiscal.deferred_emission_resolved', 'DOCUMENTED'],
    ]);
  });

  it('prints the DANFE on the printer of the till that took the sale', async () => {
    const put = (path: string, body: unknown) =>
      fetch(`${app.baseUrl}/api/v1${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: app.bearer(['printing.manage']) }, body: JSON.stringify(body) });
    const printer = { name: 'Caixa 1', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: 9 } };
    expect((await put('/printers/caixa-pos-1', printer)).status).toBe(200);
    expect((await put('/print-routing', { tillPrinters: { 'POS-1': 'caixa-pos-1' } })).status).toBe(200);
    try {
      const doc = await documentOf(await sell([{ productId: 'prod-coke', quantity: 1 }]));
      expect((await danfeJobs(doc.id)).map((j) => j.printerId)).toEqual(['caixa-pos-1']);
    } finally {
      expect((await put('/print-routing', { tillPrinters: {} })).status).toBe(200);
    }
  });
});
