/**
 * Prep-sync makes one order's dishes come out together: on the grill, a 10-minute burger starts now
 * and the 5-minute chicken of the same order 5 minutes later, both on one ticket. The ticket's
 * timer runs from the burger's start, so the chicken's line must say when to start it (Começa em
 * m:ss), or the cook fires both at once and the chicken waits dry on the pass. Once its time comes
 * the line reads like the others.
 */
import { describe, expect, it } from 'vitest';
import { ticketEvent } from './events.js';
import { useGrillKdsPage } from './kds-page-support.js';
import { orderInput, orderItem, route } from './test-support.js';

describe('KDS: a dish prep-sync starts later than its ticket shows its own start time', () => {
  const kds = useGrillKdsPage();

  it('counts down on the chicken line while the burger line cooks, and drops the countdown at its start', async () => {
    const burger = orderItem('X-Burger', 'GRILL', 600);
    const chicken = orderItem('Frango grelhado', 'GRILL', 300);
    const [grill] = await route(kds.app, orderInput(401, [burger, chicken]));
    expect(grill.items.find((i) => i.itemId === chicken.itemId)!.fireAt > grill.fireAt).toBe(true);
    const card = kds.page.locator(`.ticket[data-ticket-id="${grill.ticketId}"]`);
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
    kds.app.ctx.db.prepare('UPDATE kitchen_ticket_items SET fire_at = ? WHERE ticket_id = ? AND item_id = ?').run(new Date(Date.now() - 1000).toISOString(), grill.ticketId, chicken.itemId);
    await kds.app.ctx.commands.run('touch', (tx) => {
      tx.emit(ticketEvent('kitchen.ticket_updated', grill));
    });
    await chickenLine.locator('.starts').waitFor({ state: 'detached' });
  });
});
