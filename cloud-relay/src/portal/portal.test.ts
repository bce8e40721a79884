import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../appliance/src/kernel/paths.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, TEST_ADMIN_PASSWORD, type TestRelay } from '../testing/test-relay.js';
import { SyntheticStore, seededRandom, type SyntheticEvent } from '../testing/synthetic-store.js';
import { brl } from './format.js';
import { launchChromium } from '../../../appliance/src/kernel/testing/chromium.js';
import { buildZReport, zReportText } from '../../../appliance/src/business-day/index.js';

let postgres: TestPostgres;
let relay: TestRelay;
let browser: Browser;
/** One tab for the whole file: a new tab (and its browser context) per test cost seconds each. */
let page: Page;
/** Who the tab's session belongs to, so a test that needs the administrator does not sign in again. */
let signedInAs: string | null = null;
const stores: { storeId: string; name: string; synthetic: SyntheticStore; zText: string }[] = [];

/** A Z report as the store computes it: one sale of `totalCents` paid with `method`, a 10% discount off its subtotal. */
function zReport(date: string, method: string, totalCents: number) {
  const subtotalCents = Math.round(totalCents / 0.9);
  return buildZReport({
    businessDayId: `bd-${date}`, date, openedAt: `${date}T12:00:00.000Z`, closedAt: `${date}T23:50:00.000Z`, timeZone: 'America/Sao_Paulo',
    payments: [{ method, amountCents: totalCents, changeCents: 0, operatorId: 'op-1', capturedAt: `${date}T15:00:00.000Z` }],
    refunds: [],
    orders: [{ channel: 'COUNTER', status: 'COMPLETED', subtotalCents, discountCents: subtotalCents - totalCents, deliveryFeeCents: 0, totalCents, items: [] }],
    cashierCloses: [],
  });
}

/** Ships the days' sales and closes the first as an earlier release did (no printed text) and the last with its printed Z, returned. */
async function shipDays(storeId: string, name: string, credential: string, synthetic: SyntheticStore, days: string[], ordersPerDay: number): Promise<string> {
  const events: SyntheticEvent[] = [...synthetic.catalogEvents(new Date(`${days[0]}T11:00:00Z`))];
  for (const day of days) {
    for (let i = 0; i < ordersPerDay; i += 1) {
      const hour = 10 + (i % 11);
      events.push(...synthetic.paidOrder(day, new Date(`${day}T${String(hour + 3).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`)));
    }
  }
  const [first, last] = [days[0], days[days.length - 1]];
  events.push(synthetic.businessDayClosed(first, zReport(first, 'CASH', 98765), new Date(`${first}T23:50:00Z`)));
  const report = zReport(last, 'PIX', 123456);
  const text = zReportText(report, name, 'America/Sao_Paulo');
  events.push(synthetic.businessDayClosed(last, report, new Date(`${last}T23:50:00Z`), text));
  const response = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } });
  expect(response.status).toBe(200);
  return text;
}

beforeAll(async () => {
  postgres = await startTestPostgres();
  relay = await startTestRelay(postgres);
  const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
  for (const [code, name, seed, perDay] of [['CENTRO', 'Chefia Centro', 11, 40], ['PRAIA', 'Chefia Praia', 12, 25]] as const) {
    const { storeId, credential } = await relay.enrolledStore(code, name);
    const synthetic = new SyntheticStore(seededRandom(seed));
    const zText = await shipDays(storeId, name, credential, synthetic, days, perDay);
    stores.push({ storeId, name, synthetic, zText });
  }
  browser = await launchChromium();
  page = await browser.newPage();
});

/** Starts a test with no session at all: no cookie, a blank tab. */
async function signedOut(viewport = { width: 1280, height: 720 }): Promise<Page> {
  await page.context().clearCookies();
  signedInAs = null;
  await page.goto('about:blank');
  await page.setViewportSize(viewport);
  return page;
}

/** The tab signed in through the login form as `username`, on the dashboard (kept from an earlier test when it is that user's already). */
async function signedIn(username: string, password: string, viewport?: { width: number; height: number }): Promise<Page> {
  if (signedInAs === username) {
    await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    return page;
  }
  await signedOut(viewport);
  await page.goto(`${relay.baseUrl}/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForSelector('#sales-by-store');
  signedInAs = username;
  return page;
}

afterAll(async () => {
  await browser?.close();
  await relay?.close();
  await postgres?.stop();
});

describe('HQ portal', () => {
  it("logs in and shows both stores' totals with charts", async () => {
    await signedOut({ width: 1280, height: 1000 });
    await page.goto(`${relay.baseUrl}/portal?from=2026-11-16&to=2026-11-20`);
    await expect.poll(() => page.url()).toContain('/login');
    await page.fill('#username', 'admin');
    await page.fill('#password', 'wrong-password');
    await page.click('button[type=submit]');
    expect(await page.textContent('.error')).toContain('inválidos');
    await page.fill('#password', TEST_ADMIN_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('#sales-by-store');
    signedInAs = 'admin';

    for (const store of stores) {
      const row = page.locator(`#sales-by-store tr[data-store-id="${store.storeId}"]`);
      await expect.poll(() => row.locator('td').first().textContent()).toBe(store.name);
      expect(await row.locator('td').nth(4).textContent()).toBe(brl(store.synthetic.totals.paidCents));
      expect(await row.locator('td').nth(1).textContent()).toBe(String(store.synthetic.totals.orders));
    }
    const total = stores.reduce((sum, store) => sum + store.synthetic.totals.paidCents, 0);
    expect(await page.textContent('#kpi-net .value')).toBe(brl(total));
    expect(await page.locator('#chart-by-store svg rect').count()).toBe(2);
    expect(await page.locator('#chart-by-day svg rect').count()).toBe(5);
    expect(await page.locator('#chart-by-method svg rect').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#chart-top-products svg rect').count()).toBe(5);

    // The committed docs picture is refreshed on request only, so a test run never dirties the tree.
    const shotDir = process.env.CHEFIA_UPDATE_SCREENSHOTS === '1' ? join(repoRoot(), 'docs', 'img') : mkdtempSync(join(tmpdir(), 'chefia-portal-'));
    mkdirSync(shotDir, { recursive: true });
    const shot = join(shotDir, 'hq-portal.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);

    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), '/portal/export.csv?from=2026-11-16&to=2026-11-20&groupBy=store');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toContain('liquido_brl');
    expect(lines).toHaveLength(3);

    await page.goto(`${relay.baseUrl}/portal/stores`);
    expect(await page.locator('#stores tbody tr').count()).toBe(2);
    expect(await page.locator('#stores .badge.online').count()).toBe(2);
  });

  it('filters by store and creates a store with a one-time enrollment code', async () => {
    await signedIn('admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${relay.baseUrl}/portal?from=2026-11-16&to=2026-11-20&storeId=${stores[1].storeId}`);
    expect(await page.locator('#sales-by-store tbody tr').count()).toBe(1);
    expect(await page.textContent('#kpi-net .value')).toBe(brl(stores[1].synthetic.totals.paidCents));

    await page.goto(`${relay.baseUrl}/portal/stores`);
    await page.fill('#code', 'NOVA');
    await page.fill('#name', 'Chefia Nova');
    await page.click('form[action="/portal/stores"] button[type=submit]');
    const code = (await page.textContent('#enrollment-code .code'))!.trim();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const enrolled = await relay.api('POST', '/api/v1/enroll', { body: { code } });
    expect(enrolled.status).toBe(201);

    await page.goto(`${relay.baseUrl}/portal/stores/${stores[0].storeId}`);
    const [printed, earlier] = await page.locator('.z-report').all();
    expect(await page.locator('.z-report').count()).toBe(2);
    // The newest day shows the store's Z as printed, line for line.
    expect(await printed.locator('h2').textContent()).toMatch(/^20\/11\/2026 · fechado em 20\/11\/2026/);
    expect(await printed.locator('pre.z-text').textContent()).toBe(stores[0].zText);
    expect(stores[0].zText).toContain('R$ 1.234,56');
    // A day closed by an earlier release, without the printed text: its key figures in pt-BR, no report keys.
    expect(await earlier.locator('pre').count()).toBe(0);
    const figures = await earlier.locator('.z-figures tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent)));
    expect(figures).toEqual([
      ['Data', '16/11/2026'],
      ['Abertura', '16/11/2026, 09:00:00'],
      ['Fechamento', '16/11/2026, 20:50:00'],
      ['Recebimentos líquidos', 'R$ 987,65'],
      ['Dinheiro (1)', 'R$ 987,65'],
      ['Venda bruta', 'R$ 1.097,39'],
      ['Descontos', '-R$ 109,74'],
      ['Venda líquida', 'R$ 987,65'],
    ]);
  });

  it('queues an HQ price change for the chosen stores from the catalog page', async () => {
    await signedIn('admin', TEST_ADMIN_PASSWORD);
    await page.goto(`${relay.baseUrl}/portal/catalog`);
    const card = page.locator('.product[data-product-id="prod-xburger"]');
    expect(await card.locator('tbody tr').count()).toBe(2);
    await card.locator(`input[name=storeId][value="${stores[1].storeId}"]`).uncheck();
    await card.locator('input[name=price]').fill('31,90');
    await card.locator('button[type=submit]').click();
    await page.waitForSelector('text=Alteração enviada a 1 loja(s)');
    const updated = page.locator('.product[data-product-id="prod-xburger"]');
    expect(await updated.locator('tbody tr', { hasText: stores[0].name }).textContent()).toContain('preço R$ 31,90');
    expect(await updated.locator('tbody tr', { hasText: stores[1].name }).textContent()).not.toContain('preço');

    const store = await relay.enrolledStore('CATALOGO');
    const foreign = await relay.api('GET', `/api/v1/stores/${stores[0].storeId}/downstream?after=0`, { token: store.credential });
    expect(foreign.status).toBe(403);
    const invalid = await page.evaluate(async () => {
      const response = await fetch('/portal/catalog/prod-xburger', { method: 'POST', body: new URLSearchParams({ price: 'abc', storeId: 'x' }) });
      return response.status;
    });
    expect(invalid).toBe(400);
  });

  it('deactivates a user who left from the users page, after a confirmation', async () => {
    const token = await relay.adminToken();
    expect((await relay.api('POST', '/api/v1/hq-users', { token, body: { username: 'ex.gerente', displayName: 'Ex-gerente', password: 'ExGerente#2026', role: 'HQ_ANALYST' } })).status).toBe(201);
    await signedIn('admin', TEST_ADMIN_PASSWORD, { width: 1100, height: 700 });
    await page.goto(`${relay.baseUrl}/portal/users`);
    const row = page.locator('tr', { hasText: 'ex.gerente' });
    expect(await row.locator('td').nth(3).textContent()).toBe('Ativo');
    // The administrator's own row has no button: nobody deactivates themselves.
    expect(await page.locator('tr', { hasText: 'Administrador' }).first().locator('button').count()).toBe(0);
    page.once('dialog', (dialog) => void dialog.accept());
    await row.locator('button', { hasText: 'Desativar' }).click();
    await page.waitForURL(/\/portal\/users$/);
    expect(await page.locator('tr', { hasText: 'ex.gerente' }).locator('td').nth(3).textContent()).toBe('Desativado');
    const denied = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'ex.gerente', password: 'ExGerente#2026' } });
    expect(denied.status).toBe(401);
  });

  it('gives HQ_ANALYST a read-only portal', async () => {
    const token = await relay.adminToken();
    const created = await relay.api('POST', '/api/v1/hq-users', {
      token,
      body: { username: 'analista.sul', displayName: 'Analista Sul', password: 'Analista#2026', role: 'HQ_ANALYST' },
    });
    expect(created.status).toBe(201);
    await signedIn('analista.sul', 'Analista#2026');
    expect(await page.locator('header a[href="/portal/users"]').count()).toBe(0);
    await page.goto(`${relay.baseUrl}/portal/catalog`);
    expect(await page.locator('.product').count()).toBeGreaterThan(0);
    expect(await page.locator('.product input[name=price]').count()).toBe(0);
    const denied = await page.evaluate(async () => (await fetch('/portal/stores', { method: 'POST', body: new URLSearchParams({ code: 'X', name: 'X' }) })).status);
    expect(denied).toBe(403);
    expect((await page.goto(`${relay.baseUrl}/portal/users`))!.status()).toBe(403);
  });
});
