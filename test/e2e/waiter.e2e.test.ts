import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { type ApplianceProcess, spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { tefFolders } from '../support/tef-folders.js';
import { bumpOrder, openTable, tapProduct, waiterPhone } from './waiter-steps.js';

/** The demo store's cashier (appliance/src/auth/demo-users.ts). */
const CASHIER = { username: 'caixa', password: 'Caixa#2026' };
const READY_TIMEOUT_MS = 120_000;
const FLOAT_CENTS = 10_000;

const formatBrl = (cents: number) => `R$\u00a0${(cents / 100).toFixed(2).replace('.', ',')}`;

interface TabAnswer {
  id: string;
  primaryOrderId: string;
  orders: { items: { seat: number | null }[] }[];
}

describe('the waiter app (/garcom) on a phone in headless Chromium against the built appliance', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let browser: Browser;
  // The card terminal: a TEF manager on the other side of the TEF Dial folders, as the till uses it.
  const terminal = tefFolders('chefia-waiter-tef-');
  const { tef } = terminal;

  beforeAll(async () => {
    await tef.start();
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn', ...terminal.env }, readyTimeoutMs: READY_TIMEOUT_MS });
    admin = await new ApiClient(appliance.baseUrl).login();
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await appliance?.stop();
    await terminal.stop();
    if (appliance) rmSync(appliance.dataDir, { recursive: true, force: true });
  });

  it('acceptance 1: a tab on table 4 for 3 seats, two rounds, the kitchen bumps, "pronto", split by seat, a card and cash at the till, the last seat by card at the table, the table free and every centavo in the Z report', async () => {
    const phone = await waiterPhone(browser, appliance.baseUrl, admin, 'Celular do Gustavo');
    await phone.locator('#floor [data-table-id="table-4"][data-status="FREE"]').waitFor();
    await openTable(phone, 'table-4', 3);
    expect(await phone.locator('#table .guests').textContent()).toContain('Pessoas: 3');
    await phone.locator('#add-items').click();

    // Round 1: a burger with its doneness and a note for seat 1, a half-and-half pizza for seat 2, a soda for seat 3.
    await tapProduct(phone, 'prod-classic-burger', 1, { note: 'sem cebola' });
    await tapProduct(phone, 'prod-pizza-half', 2, { flavours: 2 });
    await tapProduct(phone, 'prod-coke', 3);
    expect(await phone.locator('#menu #draft .line').count()).toBe(3);
    await phone.locator('#menu-done').click();
    await phone.locator('#send-round').click();
    await expect.poll(() => phone.locator('#items .item').count()).toBe(3);
    expect(await phone.locator('#items .item .notes').textContent()).toBe('sem cebola');
    expect(await phone.locator('#items .item', { hasText: 'meio a meio' }).locator('.opts').textContent()).toMatch(/^1\/2 .+, 1\/2 .+$/);

    // Round 2 through a Wi-Fi drop: fries for seat 3, a juice for seat 1, kept on the phone and sent once when the link is back.
    await phone.locator('#add-items').click();
    await tapProduct(phone, 'prod-fries', 3);
    await tapProduct(phone, 'prod-orange-juice', 1);
    await phone.locator('#menu-done').click();
    await phone.context().setOffline(true);
    await phone.locator('#send-round').click();
    await phone.locator('#queued', { hasText: '1 na fila' }).waitFor();
    await phone.locator('#offline').waitFor();
    await phone.context().setOffline(false);
    await phone.locator('#queued').waitFor({ state: 'detached' });
    await expect.poll(() => phone.locator('#items .item').count()).toBe(5);
    await phone.locator('#items .status[data-status="CONFIRMED"]').first().waitFor();

    const table = (await admin.get('/tables/table-4')).body.data as { currentTabId: string };
    const tab = (await admin.get(`/tabs/${table.currentTabId}`)).body.data as TabAnswer;
    expect(tab.orders.flatMap((o) => o.items.map((i) => i.seat)).sort()).toEqual([1, 1, 2, 3, 3]);

    // The kitchen bumps every ticket of the table, the expo last: the phone shows "pronto".
    expect(await bumpOrder(admin, tab.primaryOrderId)).toBeGreaterThan(0);
    await phone.locator('#table[data-status="READY"]').waitFor();
    await phone.locator('#notice.ready', { hasText: 'Mesa 4: pedido pronto!' }).waitFor();
    expect(await phone.locator('#table h1 .chip').textContent()).toBe('Pronto');
    expect(await phone.locator('#items .status[data-status="READY"]').first().textContent()).toBe('pronto');

    // Split by seat: three parts that add up to the tab, as the appliance computes them.
    await phone.locator('#more').click();
    await phone.locator('#split').click();
    await expect.poll(() => phone.locator('#split-parts .part').count()).toBe(3);
    const split = (await admin.post(`/tabs/${tab.id}/split`, { method: 'SEAT' })).body.data as { totalCents: number; parts: { label: string; amountCents: number }[] };
    expect(await phone.locator('#split-parts .part span').allTextContents()).toEqual(['Lugar 1', 'Lugar 2', 'Lugar 3']);
    expect(split.parts.reduce((s, p) => s + p.amountCents, 0)).toBe(split.totalCents);
    await phone.locator('#split-sheet button', { hasText: 'Voltar' }).click();
    await phone.locator('#request-bill').click();
    await phone.locator('#bill-sheet').waitFor();
    await phone.locator('#table[data-status="BILL"]').waitFor();
    // The pré-conta reached the demo's receipt printer (its jobs land as text in the data dir).
    const printed = () => {
      const dir = join(appliance.dataDir, 'receipts');
      return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8')) : [];
    };
    await expect.poll(() => printed().some((text) => text.includes('CONFERÊNCIA DE MESA') && text.includes('Mesa 4')), { timeout: 30_000 }).toBe(true);

    // At the till: seat 2 by card on the standalone machine, seat 3 in cash with change.
    const cashier = await new ApiClient(appliance.baseUrl).login(CASHIER.username, CASHIER.password);
    const drawer = (await cashier.post('/cashier-sessions', { terminalId: 'CAIXA-1', openingFloatCents: FLOAT_CENTS })).body.data as { id: string };
    const [seat1, seat2, seat3] = split.parts;
    const tenders = [
      { method: 'DEBIT', amountCents: seat2.amountCents, payerLabel: seat2.label, standaloneCard: { brand: 'MASTERCARD' } },
      { method: 'CASH', amountCents: seat3.amountCents, payerLabel: seat3.label, tenderedCents: seat3.amountCents + 1_000 },
    ];
    for (const tender of tenders) {
      const paid = await cashier.post(`/orders/${tab.primaryOrderId}/payments`, { ...tender, cashierSessionId: drawer.id });
      expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    }
    await phone.locator('#bill-due', { hasText: formatBrl(seat1.amountCents) }).waitFor();

    // Seat 1 pays at the table on the card terminal: declined first (the terminal's reason shows), then approved.
    await phone.locator('#bill-sheet button', { hasText: 'Voltar' }).click();
    await phone.locator('#split').click();
    await phone.locator('#split-parts .charge[data-part="table 4 seat 1"]').click();
    expect(await phone.locator('#pay-amount').textContent()).toBe(formatBrl(seat1.amountCents));
    tef.setScenario('decline');
    await phone.locator('#pay-charge').click();
    await phone.locator('#pay-error', { hasText: 'SALDO INSUFICIENTE' }).waitFor();
    tef.setScenario('approve');
    await phone.locator('#pay-charge', { hasText: 'Tentar de novo' }).click();
    // The last part settles the tab: the table is free, and the phone is back on the floor plan.
    await phone.locator('#notice', { hasText: 'Mesa 4: conta paga, mesa livre.' }).waitFor();
    await phone.locator('#floor [data-table-id="table-4"][data-status="FREE"]').waitFor();
    expect((await admin.get('/tables/table-4')).body.data.status).toBe('FREE');
    const payments = (await cashier.get(`/orders/${tab.primaryOrderId}/payments`)).body.data.payments as { id: string; method: string; provider: string; payerLabel: string; amountCents: number }[];
    const atTable = payments.filter((p) => p.provider === 'TEF');
    expect(atTable).toEqual([expect.objectContaining({ method: 'CREDIT', payerLabel: 'table 4 seat 1', amountCents: seat1.amountCents })]);
    // The terminal was told the sale completed.
    await expect.poll(() => tef.byDocument(atTable[0].id)?.state).toBe('CONFIRMED');

    // The day closes with every centavo: the drawer counted blind, then the Z report.
    // The card taken at the table is no drawer's: the drawer counts its cash and the machine's debit.
    const counted = { CASH: FLOAT_CENTS + seat3.amountCents, DEBIT: seat2.amountCents };
    const closed = await cashier.post(`/cashier-sessions/${drawer.id}/close`, { counted });
    expect(closed.body.data.report.status).toBe('BALANCED');
    const day = await admin.post('/business-days/current/close');
    expect(day.status, JSON.stringify(day.body)).toBe(200);
    const { report } = day.body.data;
    expect(report.sales.netCents).toBe(split.totalCents);
    expect(report.payments.capturedCents).toBe(split.totalCents);
    expect(report.payments.changeCents).toBe(1_000);
    expect(Object.fromEntries(report.payments.byMethod.map((m: { method: string; capturedCents: number }) => [m.method, m.capturedCents]))).toEqual({ CREDIT: seat1.amountCents, DEBIT: seat2.amountCents, CASH: seat3.amountCents });
    expect(report.byChannel).toEqual([expect.objectContaining({ channel: 'TABLE', amountCents: split.totalCents })]);
    await phone.close();
  }, 180_000);
});
