import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';

const STORE = 'demo-store';
/** The demo store's kitchen user (appliance/src/auth/demo-users.ts). */
const KITCHEN_USER = { username: 'cozinha', password: 'Cozinha#2026' };

function openTicketsInSqlite(dataDir: string): { id: string; station: string }[] {
  const db = new Database(join(dataDir, 'store.db'), { readonly: true });
  try {
    return db.prepare("SELECT id, station FROM kitchen_tickets WHERE status IN ('OPEN', 'IN_PROGRESS') ORDER BY id").all() as { id: string; station: string }[];
  } finally {
    db.close();
  }
}

/**
 * Every retained ticket a brand-new subscriber is handed, with how many times each topic arrived.
 * The broker hands them over in one burst after the subscription: collected until `expected`
 * topics arrived (or 5 s passed) and then no message came for a quiet 300 ms, so a duplicate or an
 * extra topic in that burst is still counted.
 */
async function retainedTickets(appliance: ApplianceProcess, client: ApiClient, expected: number): Promise<Map<string, number>> {
  const subscriber = await mqtt.connectAsync(`mqtt://127.0.0.1:${appliance.mqttPort}`, { username: 'admin', password: client.token!, reconnectPeriod: 0 });
  const seen = new Map<string, number>();
  let lastMessageAt = Date.now();
  subscriber.on('message', (topic, payload) => {
    lastMessageAt = Date.now();
    if (payload.length > 0) seen.set(topic, (seen.get(topic) ?? 0) + 1);
  });
  await subscriber.subscribeAsync(`store/${STORE}/kds/+/tickets/+`, { qos: 1 });
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && (seen.size < expected || Date.now() - lastMessageAt < 300)) await new Promise((r) => setTimeout(r, 50));
  await subscriber.endAsync();
  return seen;
}

async function shownTickets(page: Page): Promise<string[]> {
  return (await page.$$eval('.ticket', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.ticketId!))).sort();
}

describe('KDS end to end against the built appliance process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-kds-e2e-'));
  let appliance: ApplianceProcess;
  let pos: ApiClient;
  let browser: Browser;
  let page: Page;

  const placeOrder = async (items: unknown[]) => {
    const created = await pos.post('/orders', { channel: 'COUNTER', items });
    expect(created.status).toBe(201);
    const confirmed = await pos.post(`/orders/${created.body.data.id}/confirm`);
    expect(confirmed.status).toBe(200);
    return { id: created.body.data.id as string, number: created.body.data.number as number, tickets: confirmed.body.data.kitchenTickets as { ticketId: string; station: string }[] };
  };
  const grillTicketsOverHttp = async () => ((await pos.get('/kds/GRILL/tickets')).body.data as { ticketId: string }[]).map((t) => t.ticketId).sort();

  beforeAll(async () => {
    // Chromium starts while the appliance boots: two processes that do not wait on each other.
    const launching = launchChromium();
    try {
      appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 90_000 });
      pos = await new ApiClient(appliance.baseUrl).login();
    } finally {
      browser = await launching;
    }
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), appliance?.kill('SIGTERM')]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a confirmed order appears on the KDS page of a logged-in kitchen user; bumping it there makes the order READY', async () => {
    await page.goto(`${appliance.baseUrl}/kds`);
    await page.locator('#setup-form input[name=username]').fill(KITCHEN_USER.username);
    await page.locator('#setup-form input[name=password]').fill(KITCHEN_USER.password);
    await page.locator('#setup-form select[name=station]').selectOption('GRILL');
    await page.locator('#setup-form button[type=submit]').click();
    await page.locator('#banner').waitFor({ state: 'hidden' });

    const order = await placeOrder([{ productId: 'prod-classic-burger', quantity: 1, options: ['medium', 'bacon'], notes: 'sem cebola' }]);
    const grill = order.tickets.find((t) => t.station === 'GRILL')!;
    const card = page.locator(`.ticket[data-ticket-id="${grill.ticketId}"]`);
    await card.waitFor();
    expect(await card.locator('.num').textContent()).toBe(`#${order.number}`);
    expect(await card.locator('.notes').textContent()).toContain('sem cebola');

    await card.locator('button.bump').click();
    await card.waitFor({ state: 'detached' });
    const deadline = Date.now() + 5000;
    let status = '';
    while (Date.now() < deadline && (status = (await pos.get(`/orders/${order.id}`)).body.data.status) !== 'READY') await new Promise((r) => setTimeout(r, 50));
    expect(status).toBe('READY');
  }, 60_000);

  it('shows exactly the same ticket set after a reload, and after the broker stops answering (banner within 5 s)', async () => {
    const second = await placeOrder([{ productId: 'prod-classic-burger', quantity: 2, options: ['well-done'] }]);
    const third = await placeOrder([{ productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-fries', 'drink-coke'] }]);
    for (const o of [second, third]) await page.locator(`.ticket[data-ticket-id="${o.tickets.find((t) => t.station === 'GRILL')!.ticketId}"]`).waitFor();
    const before = await shownTickets(page);
    expect(before).toEqual(await grillTicketsOverHttp());
    expect(before.length).toBeGreaterThanOrEqual(2);

    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('.ticket').length === n, before.length);
    expect(await shownTickets(page)).toEqual(before);

    // SIGSTOP: the sockets stay open but nothing answers, so only keepalive can notice.
    const frozenAt = Date.now();
    process.kill(appliance.pid, 'SIGSTOP');
    try {
      await page.locator('#banner').getByText('Desconectado').waitFor({ timeout: 5000 });
      const bannerAfterMs = Date.now() - frozenAt;
      expect(bannerAfterMs).toBeLessThan(5000);
    } finally {
      process.kill(appliance.pid, 'SIGCONT');
    }
    await page.locator('#banner').waitFor({ state: 'hidden', timeout: 15_000 });
    await page.waitForFunction((n) => document.querySelectorAll('.ticket').length === n, before.length);
    expect(await shownTickets(page)).toEqual(before);
  }, 60_000);

  it('a bump bar\'s double Enter bumps one ticket, not also the one that takes its place; a deliberate next bump goes through', async () => {
    await placeOrder([{ productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }]);
    await page.waitForFunction(() => document.querySelectorAll('.ticket').length >= 3);
    const [first, second, third] = await page.$$eval('.ticket', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.ticketId!));
    await page.keyboard.press('Enter');
    // The key bounces (or the cook presses twice) just after the bumped ticket has left the screen.
    await page.locator(`.ticket[data-ticket-id="${first}"]`).waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await grillTicketsOverHttp()).toContain(second);
    await page.keyboard.press('Enter');
    await page.locator(`.ticket[data-ticket-id="${second}"]`).waitFor({ state: 'detached' });
    expect(await grillTicketsOverHttp()).toContain(third);
  }, 60_000);

  it('shows the store\'s time on its clock even when the screen\'s own zone is another (a TV box left on UTC)', async () => {
    const tokyo = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Tokyo' });
    try {
      await tokyo.goto(`${appliance.baseUrl}/kds`);
      const hourIn = (timeZone: string) => new Date().toLocaleTimeString('pt-BR', { timeZone, hour: '2-digit', hourCycle: 'h23' });
      // The clock is drawn once the page's config has loaded, then every second.
      await expect.poll(async () => ((await tokyo.locator('#clock').textContent()) ?? '').slice(0, 2), { timeout: 10_000 }).toBe(hourIn('America/Sao_Paulo'));
      expect(hourIn('America/Sao_Paulo')).not.toBe(hourIn('Asia/Tokyo'));
    } finally {
      await tokyo.close();
    }
  }, 60_000);

  it('a screen signed in as a kitchen user renews its session while it only listens (else the broker closes it after 15 quiet minutes)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const listening = await context.newPage();
    try {
      await listening.clock.install();
      await listening.goto(`${appliance.baseUrl}/kds`);
      await listening.locator('#setup-form input[name=username]').fill(KITCHEN_USER.username);
      await listening.locator('#setup-form input[name=password]').fill(KITCHEN_USER.password);
      await listening.locator('#setup-form select[name=station]').selectOption('GRILL');
      await listening.locator('#setup-form button[type=submit]').click();
      // The setup screen hides in the same task that starts the session (and its renewal timer); the
      // banner alone is hidden before the login answers too.
      await listening.locator('#setup').waitFor({ state: 'hidden' });
      await listening.locator('#banner').waitFor({ state: 'hidden' });
      const renewed = listening.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh') && r.status() === 200);
      await listening.clock.fastForward('10:01');
      await renewed;
    } finally {
      await context.close();
    }
  }, 60_000);

  it('after SIGKILL and a restart the retained ticket set equals the open tickets in SQLite: no duplicate, no missing', async () => {
    const fourth = await placeOrder([{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }]);
    const fryer = fourth.tickets.find((t) => t.station === 'FRYER')!;
    // The last bump goes out right before the power cut.
    await pos.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' });
    await appliance.kill('SIGKILL');

    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 90_000 });
    pos = await new ApiClient(appliance.baseUrl).login();
    const open = openTicketsInSqlite(dataDir);
    const retained = await retainedTickets(appliance, pos, open.length);
    const expected = open.map((t) => `store/${STORE}/kds/${t.station}/tickets/${t.id}`).sort();
    expect([...retained.keys()].sort()).toEqual(expected);
    expect([...retained.values()].every((n) => n === 1)).toBe(true);
    expect(expected).not.toContain(`store/${STORE}/kds/FRYER/tickets/${fryer.ticketId}`);
    expect(open.length).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('also after a SIGKILL in the middle of confirms and bumps', async () => {
    const drafts: string[] = [];
    for (let i = 0; i < 30; i++) drafts.push((await pos.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-classic-burger', quantity: 1, options: ['rare'] }] })).body.data.id);
    let confirmed = 0;
    const inFlight = drafts.map(async (id, i) => {
      await new Promise((r) => setTimeout(r, i * 15));
      try {
        const res = await pos.post(`/orders/${id}/confirm`);
        if (res.status !== 200) return;
        confirmed += 1;
        const fryer = (res.body.data.kitchenTickets as { ticketId: string; station: string }[]).find((t) => t.station === 'FRYER')!;
        await pos.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'bump' });
      } catch {
        // the process died under this request
      }
    });
    await new Promise((r) => setTimeout(r, 200));
    await appliance.kill('SIGKILL');
    await Promise.all(inFlight);

    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 90_000 });
    pos = await new ApiClient(appliance.baseUrl).login();
    const open = openTicketsInSqlite(dataDir);
    const retained = await retainedTickets(appliance, pos, open.length);
    expect([...retained.keys()].sort()).toEqual(open.map((t) => `store/${STORE}/kds/${t.station}/tickets/${t.id}`).sort());
    expect([...retained.values()].every((n) => n === 1)).toBe(true);
    expect(confirmed).toBeGreaterThan(0);
  }, 60_000);
});
