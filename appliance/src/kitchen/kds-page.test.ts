import type { Page } from 'playwright-core';
import { ticketEvent } from './events.js';
import { describe, expect, it } from 'vitest';
import { useGrillKdsPage } from './kds-page-support.js';
import { orderInput, orderItem, route } from './test-support.js';

/** The ticket ids a KDS page currently shows. */
async function shownTickets(page: Page): Promise<string[]> {
  return (await page.$$eval('.ticket', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.ticketId!))).sort();
}

describe('KDS page in headless Chromium (in-process appliance, test credentials)', () => {
  const kds = useGrillKdsPage();
  const openGrill = () => (kds.app.ctx.db.prepare("SELECT id FROM kitchen_tickets WHERE station = 'GRILL' AND status IN ('OPEN', 'IN_PROGRESS')").pluck().all() as string[]).sort();
  const itemStatus = (ticketId: string, itemId: string) =>
    kds.app.ctx.db.prepare('SELECT status FROM kitchen_ticket_items WHERE ticket_id = ? AND item_id = ?').pluck().get(ticketId, itemId);

  it('serves the built page (revalidated), its hashed script and style (cached for a year) and the pt-BR config', async () => {
    const page = await fetch(`${kds.app.baseUrl}/kds`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const assets = [...(await page.text()).matchAll(/(?:src|href)="(\/web\/assets\/kds-[\w-]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(assets.map((a) => a.slice(a.lastIndexOf('.')))).toEqual(['.js', '.css']);
    for (const path of assets) {
      const res = await fetch(kds.app.baseUrl + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${kds.app.baseUrl}/web/assets/..%2Fkds%2Findex.html`)).status).toBe(404);
    const config = await (await fetch(`${kds.app.baseUrl}/kds/config.json`)).json();
    expect(config.stations.map((s: any) => s.code)).toEqual(['GRILL', 'FRYER', 'COLD', 'ASSEMBLY', 'EXPO']);
    expect(config.texts.KDS_DISCONNECTED).toBe('Desconectado — tentando reconectar…');
  });

  it('shows a routed ticket with modifiers and notes, and bumps it by touch', async () => {
    const [grill] = await route(kds.app, orderInput(201, [orderItem('X-Bacon', 'GRILL', 600, { modifiers: ['bacon extra'], notes: 'sem cebola', quantity: 2 })], { channel: 'TABLE', tableLabel: '4' }));
    const card = kds.page.locator(`.ticket[data-ticket-id="${grill.ticketId}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('#201');
    expect(await card.locator('.where').textContent()).toBe('Mesa 4');
    expect(await card.locator('.item').textContent()).toContain('2×X-Bacon');
    expect(await card.locator('.mods').textContent()).toContain('bacon extra');
    expect(await card.locator('.notes').textContent()).toBe('Obs. sem cebola');
    await kds.page.locator('#allday-list').getByText('X-Bacon').waitFor();
    await card.locator('button.bump').click();
    await card.waitFor({ state: 'detached' });
    expect(kds.app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(grill.ticketId)).toBe('BUMPED');
  });

  it('bumps with the bump-bar keys and recalls from the recall list', async () => {
    const [a] = await route(kds.app, orderInput(202, [orderItem('Burger', 'GRILL', 600)]));
    const [b] = await route(kds.app, orderInput(203, [orderItem('Cheese', 'GRILL', 600)]));
    await kds.page.locator(`.ticket[data-ticket-id="${b.ticketId}"]`).waitFor();
    const ids = await shownTickets(kds.page);
    expect(ids).toEqual(openGrill());
    const second = await kds.page.locator('.ticket').nth(1).getAttribute('data-ticket-id');
    await kds.page.keyboard.press('2');
    await kds.page.keyboard.press('Enter');
    await kds.page.locator(`.ticket[data-ticket-id="${second}"]`).waitFor({ state: 'detached' });
    expect(await shownTickets(kds.page)).toEqual(openGrill());
    await kds.page.locator('#recall-button').click();
    await kds.page.locator(`#recall-list button[data-ticket-id="${second}"]`).click();
    await kds.page.locator(`.ticket[data-ticket-id="${second}"]`).waitFor();
    expect([a.ticketId, b.ticketId]).toContain(second);
  });

  it('colours tickets by elapsed time and shows the same set after a reload', async () => {
    const before = await shownTickets(kds.page);
    await kds.page.reload();
    await kds.page.waitForFunction((n) => document.querySelectorAll('.ticket').length === n, before.length);
    expect(await shownTickets(kds.page)).toEqual(openGrill());
    const [late] = await route(kds.app, orderInput(204, [orderItem('Costela', 'GRILL', 600)]));
    kds.app.ctx.db.prepare('UPDATE kitchen_tickets SET fire_at = ? WHERE id = ?').run(new Date(Date.now() - 9 * 60_000).toISOString(), late.ticketId);
    await kds.app.ctx.commands.run('touch', (tx) => {
      tx.emit(ticketEvent('kitchen.ticket_updated', late));
    });
    await kds.page.waitForSelector(`.ticket.late[data-ticket-id="${late.ticketId}"]`, { timeout: 3000 });
  });

  /**
   * A cook marks one dish of a ticket done by tapping its line. Fingers on a greasy touch screen tap
   * twice: the second tap lands a moment later, after the screen already shows the dish as done, and
   * must not take it back (undoing the "done" the cook just gave, so the order never goes up).
   * Tapping the line again on purpose, a moment later, still brings the dish back.
   */
  it('keeps the dish done when the second tap comes after the screen showed it done', async () => {
    const burger = orderItem('X-Burger', 'GRILL', 600);
    const [grill] = await route(kds.app, orderInput(301, [burger, orderItem('X-Salada', 'GRILL', 600)]));
    const line = kds.page.locator(`.ticket[data-ticket-id="${grill.ticketId}"] li.item[data-item-id="${burger.itemId}"]`);
    await line.click();
    await kds.page.locator(`.ticket[data-ticket-id="${grill.ticketId}"] li.item.DONE[data-item-id="${burger.itemId}"]`).waitFor();
    await line.click();
    await new Promise((r) => setTimeout(r, 400));
    expect(itemStatus(grill.ticketId, burger.itemId)).toBe('DONE');
    const recalls = kds.app.ctx.journal.readAfter(0).filter((e) => e.type === 'kitchen.ticket_recalled' && e.aggregateId === grill.ticketId);
    expect(recalls).toEqual([]);

    // A deliberate tap, later, takes the dish back to the grill.
    await new Promise((r) => setTimeout(r, 400));
    await line.click();
    await kds.page.locator(`.ticket[data-ticket-id="${grill.ticketId}"] li.item.IN_PROGRESS[data-item-id="${burger.itemId}"]`).waitFor();
    expect(itemStatus(grill.ticketId, burger.itemId)).toBe('IN_PROGRESS');
  });

  it('shows the "Desconectado" banner within 5 s of losing the broker', async () => {
    expect(await kds.page.locator('#banner').isHidden()).toBe(true);
    const lostAt = Date.now();
    await kds.app.close();
    await kds.page.locator('#banner').getByText('Desconectado').waitFor({ timeout: 5000 });
    expect(Date.now() - lostAt).toBeLessThan(5000);
  });
});
