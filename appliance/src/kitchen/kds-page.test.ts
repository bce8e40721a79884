import type { Browser, Page } from 'playwright-core';
import { ticketEvent } from './events.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createKitchenModule } from './index.js';
import { kitchenCommandsOnly, orderInput, orderItem, route, seedStations } from './test-support.js';
import { launchChromium } from '../kernel/testing/chromium.js';


/** The ticket ids a KDS page currently shows. */
async function shownTickets(page: Page): Promise<string[]> {
  return (await page.$$eval('.ticket', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.ticketId!))).sort();
}

describe('KDS page in headless Chromium (in-process appliance, test credentials)', () => {
  let app: TestAppliance;
  let browser: Browser;
  let page: Page;
  const openGrill = () => (app.ctx.db.prepare("SELECT id FROM kitchen_tickets WHERE station = 'GRILL' AND status IN ('OPEN', 'IN_PROGRESS')").pluck().all() as string[]).sort();
  const itemStatus = (ticketId: string, itemId: string) =>
    app.ctx.db.prepare('SELECT status FROM kitchen_ticket_items WHERE ticket_id = ? AND item_id = ?').pluck().get(ticketId, itemId);

  beforeAll(async () => {
    app = await startTestAppliance([createKitchenModule(), kitchenCommandsOnly]);
    await seedStations(app);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(5000);
    await page.goto(`${app.baseUrl}/kds`);
    await page.evaluate(() =>
      localStorage.setItem('chefia.kds.session', JSON.stringify({ mode: 'device', username: 'device:KDS:GRILL:EXPO', password: 'test', station: 'GRILL' })),
    );
    await page.reload();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close().catch(() => undefined);
  });

  it('serves the built page (revalidated), its hashed script and style (cached for a year) and the pt-BR config', async () => {
    const page = await fetch(`${app.baseUrl}/kds`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const assets = [...(await page.text()).matchAll(/(?:src|href)="(\/web\/assets\/kds-[\w-]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.map((a) => a.slice(a.lastIndexOf('.')))).toEqual(['.js', '.css']);
    for (const path of assets) {
      const res = await fetch(app.baseUrl + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${app.baseUrl}/web/assets/..%2Fkds%2Findex.html`)).status).toBe(404);
    const config = await (await fetch(`${app.baseUrl}/kds/config.json`)).json();
    expect(config.stations.map((s: any) => s.code)).toEqual(['GRILL', 'FRYER', 'COLD', 'ASSEMBLY', 'EXPO']);
    expect(config.texts.KDS_DISCONNECTED).toBe('Desconectado — tentando reconectar…');
  });

  it('shows a routed ticket with modifiers and notes, and bumps it by touch', async () => {
    const [grill] = await route(app, orderInput(201, [orderItem('X-Bacon', 'GRILL', 600, { modifiers: ['bacon extra'], notes: 'sem cebola', quantity: 2 })], { channel: 'TABLE', tableLabel: '4' }));
    const card = page.locator(`.ticket[data-ticket-id="${grill.ticketId}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('#201');
    expect(await card.locator('.where').textContent()).toBe('Mesa 4');
    expect(await card.locator('.item').textContent()).toContain('2×X-Bacon');
    expect(await card.locator('.mods').textContent()).toContain('bacon extra');
    expect(await card.locator('.notes').textContent()).toBe('Obs. sem cebola');
    await page.locator('#allday-list').getByText('X-Bacon').waitFor();
    await card.locator('button.bump').click();
    await card.waitFor({ state: 'detached' });
    expect(app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(grill.ticketId)).toBe('BUMPED');
  });

  it('bumps with the bump-bar keys and recalls from the recall list', async () => {
    const [a] = await route(app, orderInput(202, [orderItem('Burger', 'GRILL', 600)]));
    const [b] = await route(app, orderInput(203, [orderItem('Cheese', 'GRILL', 600)]));
    await page.locator(`.ticket[data-ticket-id="${b.ticketId}"]`).waitFor();
    const ids = await shownTickets(page);
    expect(ids).toEqual(openGrill());
    const second = await page.locator('.ticket').nth(1).getAttribute('data-ticket-id');
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.locator(`.ticket[data-ticket-id="${second}"]`).waitFor({ state: 'detached' });
    expect(await shownTickets(page)).toEqual(openGrill());
    await page.locator('#recall-button').click();
    await page.locator(`#recall-list button[data-ticket-id="${second}"]`).click();
    await page.locator(`.ticket[data-ticket-id="${second}"]`).waitFor();
    expect([a.ticketId, b.ticketId]).toContain(second);
  });

  it('colours tickets by elapsed time and shows the same set after a reload', async () => {
    const before = await shownTickets(page);
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('.ticket').length === n, before.length);
    expect(await shownTickets(page)).toEqual(openGrill());
    const [late] = await route(app, orderInput(204, [orderItem('Costela', 'GRILL', 600)]));
    app.ctx.db.prepare('UPDATE kitchen_tickets SET fire_at = ? WHERE id = ?').run(new Date(Date.now() - 9 * 60_000).toISOString(), late.ticketId);
    await app.ctx.commands.run('touch', (tx) => {
      tx.emit(ticketEvent('kitchen.ticket_updated', late));
    });
    await page.waitForSelector(`.ticket.late[data-ticket-id="${late.ticketId}"]`, { timeout: 3000 });
  });

  /**
   * A cook marks one dish of a ticket done by tapping its line. Fingers on a greasy touch screen tap
   * twice: the second tap lands a moment later, after the screen already shows the dish as done, and
   * must not take it back (undoing the "done" the cook just gave, so the order never goes up).
   * Tapping the line again on purpose, a moment later, still brings the dish back.
   */
  it('keeps the dish done when the second tap comes after the screen showed it done', async () => {
    const burger = orderItem('X-Burger', 'GRILL', 600);
    const [grill] = await route(app, orderInput(301, [burger, orderItem('X-Salada', 'GRILL', 600)]));
    const line = page.locator(`.ticket[data-ticket-id="${grill.ticketId}"] li.item[data-item-id="${burger.itemId}"]`);
    await line.click();
    await page.locator(`.ticket[data-ticket-id="${grill.ticketId}"] li.item.DONE[data-item-id="${burger.itemId}"]`).waitFor();
    await line.click();
    await new Promise((r) => setTimeout(r, 400));
    expect(itemStatus(grill.ticketId, burger.itemId)).toBe('DONE');
    const recalls = app.ctx.journal.readAfter(0).filter((e) => e.type === 'kitchen.ticket_recalled' && e.aggregateId === grill.ticketId);
    expect(recalls).toEqual([]);

    // A deliberate tap, later, takes the dish back to the grill.
    await new Promise((r) => setTimeout(r, 400));
    await line.click();
    await page.locator(`.ticket[data-ticket-id="${grill.ticketId}"] li.item.IN_PROGRESS[data-item-id="${burger.itemId}"]`).waitFor();
    expect(itemStatus(grill.ticketId, burger.itemId)).toBe('IN_PROGRESS');
  });

  /**
   * Prep-sync makes one order's dishes come out together: on the grill, a 10-minute burger starts now
   * and the 5-minute chicken of the same order 5 minutes later, both on one ticket. The ticket's
   * timer runs from the burger's start, so the chicken's line must say when to start it (Começa em
   * m:ss), or the cook fires both at once and the chicken waits dry on the pass. Once its time comes
   * the line reads like the others.
   */
  it('counts down on the chicken line while the burger line cooks, and drops the countdown at its start', async () => {
    const burger = orderItem('X-Burger', 'GRILL', 600);
    const chicken = orderItem('Frango grelhado', 'GRILL', 300);
    const [grill] = await route(app, orderInput(401, [burger, chicken]));
    expect(grill.items.find((i) => i.itemId === chicken.itemId)!.fireAt > grill.fireAt).toBe(true);
    const card = page.locator(`.ticket[data-ticket-id="${grill.ticketId}"]`);
    await card.waitFor();
    expect(await card.locator('.timer').textContent()).toMatch(/^0:0\d$/);
    const chickenLine = card.locator(`li.item[data-item-id="${chicken.itemId}"]`);
    await chickenLine.locator('.starts').waitFor();
    expect(await chickenLine.locator('.starts').textContent()).toMatch(/^Começa em 4:5\d$/);
    expect(await card.locator(`li.item[data-item-id="${burger.itemId}"] .starts`).count()).toBe(0);

    // The cook starts the ticket for the burger: the chicken still waits its turn.
    await card.locator('button.start').click();
    await card.locator('button.start').waitFor({ state: 'detached' });
    expect(await chickenLine.locator('.starts').textContent()).toMatch(/^Começa em 4:5\d$/);

    // Its start time comes: the line is the cook's to fire now.
    app.ctx.db.prepare('UPDATE kitchen_ticket_items SET fire_at = ? WHERE ticket_id = ? AND item_id = ?').run(new Date(Date.now() - 1000).toISOString(), grill.ticketId, chicken.itemId);
    await app.ctx.commands.run('touch', (tx) => {
      tx.emit(ticketEvent('kitchen.ticket_updated', grill));
    });
    await chickenLine.locator('.starts').waitFor({ state: 'detached' });
  });

  it('shows the "Desconectado" banner within 5 s of losing the broker', async () => {
    expect(await page.locator('#banner').isHidden()).toBe(true);
    const lostAt = Date.now();
    await app.close();
    await page.locator('#banner').getByText('Desconectado').waitFor({ timeout: 5000 });
    expect(Date.now() - lostAt).toBeLessThan(5000);
  });
});
