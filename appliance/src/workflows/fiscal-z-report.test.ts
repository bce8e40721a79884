import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZReport, zReportText } from '../business-day/index.js';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { fiscalModule, writeDemoSettings } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { answeredDocumentOf } from './fiscal-test-support.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, type Api } from './test-support.js';

const NFE = 'http://www.portalfiscal.inf.br/nfe';
const reform = { cst: '000', classCode: '000001', ibsStateRateBasisPoints: 10, ibsCityRateBasisPoints: 0, cbsRateBasisPoints: 90 };

/** "12.34" → 1234 without floating point. */
const cents = (decimal: string) => {
  const [units, fraction = ''] = decimal.split('.');
  return Number(units) * 100 + Number(fraction.padEnd(2, '0'));
};

/** The tax totals one procNFe declares, read with a real XML parser. */
function declaredTaxes(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const total = doc.getElementsByTagNameNS(NFE, 'total')[0];
  const icmsTot = total.getElementsByTagNameNS(NFE, 'ICMSTot')[0];
  const text = (parent: Element | undefined, tag: string) => (parent ? (parent.getElementsByTagNameNS(NFE, tag)[0]?.textContent ?? '0') : '0');
  const ibsCbs = total.getElementsByTagNameNS(NFE, 'IBSCBSTot')[0];
  return {
    icmsBaseCents: cents(text(icmsTot, 'vBC')),
    icmsCents: cents(text(icmsTot, 'vICMS')),
    pisCents: cents(text(icmsTot, 'vPIS')),
    cofinsCents: cents(text(icmsTot, 'vCOFINS')),
    ibsCents: cents(text(ibsCbs?.getElementsByTagNameNS(NFE, 'gIBS')[0], 'vIBS')),
    cbsCents: cents(text(ibsCbs?.getElementsByTagNameNS(NFE, 'gCBS')[0], 'vCBS')),
  };
}

describe('taxes in the Z report from the authorized NFC-e', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-z-taxes-'));
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    // The demo store in regime normal (ICMS 18 %, PIS/COFINS by rate) with the 2026 IBS/CBS groups.
    const file = writeDemoSettings(dataDir);
    const settings = JSON.parse(readFileSync(file, 'utf8'));
    const pisCofins = { kind: 'ALIQ', cst: '01', pisRateBasisPoints: 165, cofinsRateBasisPoints: 760 };
    Object.assign(settings, {
      crt: 3,
      taxReformGroups: true,
      taxGroups: {
        FOOD: { icms: { kind: 'CST_00', rateBasisPoints: 1800 }, pisCofins, ibsCbs: reform },
        DRINK_ST: { icms: { kind: 'CST_60' }, pisCofins: { kind: 'NT', cst: '04' }, ibsCbs: reform },
      },
    });
    writeFileSync(file, JSON.stringify(settings, null, 2));
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { env: { CHEFIA_DEMO: '1' }, dataDir });
    cashier = apiAs(app, ['orders.create', 'orders.read', 'orders.confirm', 'cashier.operate', 'payments.capture'], 'CASHIER');
    manager = apiAs(app, ['fiscal.read', 'fiscal.cancel', 'fiscal.manage', 'reports.read', 'orders.read', 'orders.fulfil', 'business_day.manage'], 'MANAGER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function sell(items: unknown[]): Promise<{ id: string; orderId: string; status: string }> {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const orderId = created.body.data.id as string;
    expect((await cashier.post(`/orders/${orderId}/confirm`)).status).toBe(200);
    expect((await cashier.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: 100_000 })).status).toBe(201);
    return answeredDocumentOf(manager, orderId);
  }

  it('adds up ICMS, PIS, COFINS, IBS and CBS over the authorized XMLs of the day in the X and Z reports, and counts documents by status', async () => {
    const sold = [
      await sell([{ productId: 'prod-fries', quantity: 3 }, { productId: 'prod-coke', quantity: 2 }]),
      await sell([{ productId: 'prod-salad-bar', quantity: 437 }, { productId: 'prod-guarana', quantity: 1 }]),
      await sell([{ productId: 'prod-veggie-burger', quantity: 1 }, { productId: 'prod-brownie', quantity: 2 }]),
      await sell([{ productId: 'prod-onion-rings', quantity: 1 }]),
    ];
    expect(sold.map((d) => d.status)).toEqual(['AUTHORIZED', 'AUTHORIZED', 'AUTHORIZED', 'AUTHORIZED']);
    const cancelled = await manager.post(`/fiscal/documents/${sold[3].id}/cancel`, { justification: 'Cliente desistiu da compra no caixa' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    const authorized = (await manager.get('/fiscal/documents?limit=500')).body.data.filter((d: { status: string }) => d.status === 'AUTHORIZED') as { id: string }[];
    expect(authorized).toHaveLength(3);
    const expected = { icmsBaseCents: 0, icmsCents: 0, pisCents: 0, cofinsCents: 0, ibsCents: 0, cbsCents: 0 };
    for (const doc of authorized) {
      const xml = await (await fetch(`${app.baseUrl}/api/v1/fiscal/documents/${doc.id}/xml`, { headers: { authorization: app.bearer(['fiscal.read']) } })).text();
      const taxes = declaredTaxes(xml);
      for (const key of Object.keys(expected) as (keyof typeof expected)[]) expected[key] += taxes[key];
    }
    // Real amounts, not zeros: the sum means something.
    for (const value of Object.values(expected)) expect(value).toBeGreaterThan(0);

    const x = await manager.get('/business-days/current/x-report');
    expect(x.status, JSON.stringify(x.body)).toBe(200);
    const { report, text } = x.body.data;
    expect(report.taxes).toEqual({ source: 'AUTHORIZED_DOCUMENTS', taxReform: true, ...expected });
    expect(report.fiscalDocuments).toMatchObject({ authorized: 3, cancelled: 1, contingencyPending: 0, inutilized: 0, awaitingEmission: 0 });
    expect(text).toContain('DOCUMENTOS FISCAIS');
    expect(text).toMatch(/ICMS +R\$/);
    expect(text).toMatch(/CBS +R\$/);
    expect(text).not.toMatch(/PENDING|BALANCED|AUTHORIZED/);

    // The Z report of the closed day says the same.
    for (const doc of sold) {
      const order = (await manager.get(`/orders/${doc.orderId}`)).body.data;
      if (order.status === 'COMPLETED') continue;
      if (order.status !== 'READY') expect((await manager.post(`/orders/${doc.orderId}/status`, { status: 'READY' })).status).toBe(200);
      expect((await manager.post(`/orders/${doc.orderId}/status`, { status: 'COMPLETED' })).status).toBe(200);
    }
    const [session] = (await cashier.get('/cashier-sessions')).body.data;
    expect((await cashier.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: 0 } })).status).toBe(200);
    const closed = await manager.post('/business-days/current/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.data.report.taxes).toEqual({ source: 'AUTHORIZED_DOCUMENTS', taxReform: true, ...expected });
    expect(closed.body.data.report.fiscalDocuments).toMatchObject({ authorized: 3, cancelled: 1 });
    expect(closed.body.data.text).toContain('REDUÇÃO Z');
    expect(closed.body.data.text).toContain('IMPOSTOS (NOTAS AUTORIZADAS)');
  }, 90_000);
});

describe('the printed Z report', () => {
  it('speaks pt-BR only: drawer results, channels and the system operator in Portuguese', () => {
    const report = buildZReport({
      businessDayId: 'day-1', date: '2026-11-23', openedAt: '2026-11-23T11:00:00.000Z', closedAt: '2026-11-24T02:00:00.000Z', timeZone: 'America/Sao_Paulo',
      payments: [{ method: 'CASH', amountCents: 1000, changeCents: 0, operatorId: null, capturedAt: '2026-11-23T15:00:00.000Z' }],
      refunds: [],
      orders: [{ channel: 'MARKETPLACE', status: 'COMPLETED', subtotalCents: 1000, discountCents: 0, deliveryFeeCents: 0, totalCents: 1000, items: [] }],
      cashierCloses: [
        { sessionId: 's1', terminalId: 'POS-1', operatorId: 'u1', totalExpectedCents: 1000, totalCountedCents: 1000, differenceCents: 0, status: 'BALANCED' },
        { sessionId: 's2', terminalId: 'POS-2', operatorId: 'u2', totalExpectedCents: 1000, totalCountedCents: 900, differenceCents: -100, status: 'SHORT' },
      ],
    });
    const text = zReportText(report, 'Loja', 'America/Sao_Paulo');
    expect(text).toContain('POS-1 CONFERIDO');
    expect(text).toContain('POS-2 FALTA');
    expect(text).toContain('App de entrega');
    expect(text).toContain('Sistema (1)');
    expect(text).not.toMatch(/BALANCED|SHORT|OVER|PENDING|MARKETPLACE|system/);
  });
});
