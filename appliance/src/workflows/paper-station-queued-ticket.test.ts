import { describe, expect, it } from 'vitest';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { type KitchenTicketRef as Ticket, usePaperFryer } from './paper-station-test-support.js';

const MANAGER_PIN = { 'x-manager-override': 'gerente:1234' };

/**
 * A station without a screen gets its tickets on paper. A ticket still waiting for its printer (out
 * of paper during the rush) when its order is cancelled never comes out, so the cook makes nothing
 * for a cancelled order; one whose lines moved to another table comes out as it stands now, under
 * the table that eats them; one that lost a dish (the guest gave it up) comes out without it.
 * Nothing of these reached the station, so no CANCELADO or TRANSFERIDO slip. A dish cancelled
 * after its ticket printed gets a CANCELADO slip naming that dish alone.
 */
describe('a paper station ticket still waiting for its printer', () => {
  const paper = usePaperFryer();
  const { printer: fryerPrinter, ticketJob, tableLabel, fryerTicket: stationTicket } = paper;
  const send = async (items: unknown[]) => {
    const sent = await paper.api.post('/orders', { channel: 'COUNTER', items, confirm: true });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    return sent.body.data as { id: string; number: number; kitchenTickets: Ticket[] };
  };
  /** The printer runs out of paper; the ticket's job waits for it. */
  const waitingForPaper = (ticketId: string) =>
    waitUntil('the ticket waiting for paper', async () => ticketJob(ticketId), (job) => job?.status === 'QUEUED' && job.last_error_code === 'PRINTER_NOT_READY');
  /** Paper back, then a later order's ticket printed: whatever was still due at the printer has come out before it (one job at a time, in order). */
  const paperBackAndQueueDrained = async () => {
    fryerPrinter.setStatus({ paperOut: false });
    const marker = await send([{ productId: 'prod-fries', quantity: 9 }]);
    await waitUntil('the later ticket printed', async () => ticketJob(stationTicket(marker.kitchenTickets).ticketId)?.status, (status) => status === 'DONE');
    await waitUntil('the printer received it', async () => fryerPrinter.jobs.map((job) => job.text), (texts) => texts.some((text) => text.includes(`PEDIDO ${marker.number}`)));
    return fryerPrinter.jobs.map((job) => job.text).filter((text) => !text.includes(`PEDIDO ${marker.number}`));
  };

  it('never prints the ticket of an order cancelled while it waited, nor a CANCELADO slip; no retry brings it back', async () => {
    const printedBefore = fryerPrinter.jobs.length;
    fryerPrinter.setStatus({ paperOut: true });
    const order = await send([{ productId: 'prod-onion-rings', quantity: 3 }]);
    const fryer = stationTicket(order.kitchenTickets);
    await waitingForPaper(fryer.ticketId);

    const cancelled = await paper.api.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu' }, MANAGER_PIN);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(ticketJob(fryer.ticketId)).toMatchObject({ status: 'FAILED', last_error_code: 'PRINT_JOB_OUTDATED' });

    const printed = (await paperBackAndQueueDrained()).slice(printedBefore);
    expect(printed.filter((text) => text.includes(`PEDIDO ${order.number}`))).toEqual([]);
    const retried = await paper.api.post(`/print-jobs/${ticketJob(fryer.ticketId)!.id}/retry`);
    expect([retried.status, retried.body.error.code]).toEqual([422, 'PRINT_JOB_OUTDATED']);
    // Nobody has anything to do about it: the printing check stays ok.
    expect((await paper.app.ctx.health.report()).checks.printing).toMatchObject({ status: 'ok', failedJobs: 0 });
  });

  it('prints a ticket whose lines all moved to another table while it waited once, under the new table, with no TRANSFERIDO slip', async () => {
    const printedBefore = fryerPrinter.jobs.length;
    fryerPrinter.setStatus({ paperOut: true });
    const tab = (await paper.api.post('/tables/table-3/tab', { guests: 2 })).body.data;
    const round = await paper.api.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    await waitingForPaper(stationTicket(round.body.data.kitchenTickets).ticketId);

    const moved = await paper.api.post(`/tabs/${tab.id}/transfer-items`, { itemIds: round.body.data.order.items.map((i: { itemId: string }) => i.itemId), toTableId: 'table-4' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const printed = (await paperBackAndQueueDrained()).slice(printedBefore);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(`Mesa ${tableLabel('table-4')}`);
    expect(printed[0]).not.toContain(`Mesa ${tableLabel('table-3')}`);
    expect(printed[0]).toContain('2x Batata frita');
    expect(printed[0]).not.toContain('TRANSFERIDO');
  });

  it('prints a ticket split by a move while it waited as two: the lines left for the old table, the lines moved for the new one', async () => {
    const printedBefore = fryerPrinter.jobs.length;
    fryerPrinter.setStatus({ paperOut: true });
    const tab = (await paper.api.post('/tables/table-5/tab', { guests: 2 })).body.data;
    const round = await paper.api.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-onion-rings', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    await waitingForPaper(stationTicket(round.body.data.kitchenTickets).ticketId);
    const fries = round.body.data.order.items.find((i: { productId: string }) => i.productId === 'prod-fries');

    const moved = await paper.api.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [fries.itemId], toTableId: 'table-6' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const printed = (await paperBackAndQueueDrained()).slice(printedBefore);
    expect(printed).toHaveLength(2);
    const oldTable = printed.find((text) => text.includes(`Mesa ${tableLabel('table-5')}`));
    const newTable = printed.find((text) => text.includes(`Mesa ${tableLabel('table-6')}`));
    expect(oldTable).toContain('1x Anéis de cebola');
    expect(oldTable).not.toContain('Batata frita');
    expect(newTable).toContain('1x Batata frita');
    expect(newTable).not.toContain('Anéis de cebola');
    expect(printed.some((text) => text.includes('TRANSFERIDO'))).toBe(false);
  });

  it('prints a ticket that lost a dish while it waited without that dish, and no slip', async () => {
    const printedBefore = fryerPrinter.jobs.length;
    fryerPrinter.setStatus({ paperOut: true });
    const order = await send([{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-onion-rings', quantity: 2 }]);
    await waitingForPaper(stationTicket(order.kitchenTickets).ticketId);
    const rings = (await paper.api.get(`/orders/${order.id}`)).body.data.items.find((i: { productId: string }) => i.productId === 'prod-onion-rings');

    const cancelled = await paper.api.post(`/orders/${order.id}/items/${rings.itemId}/cancel`, { reason: 'cliente desistiu' }, MANAGER_PIN);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    const printed = (await paperBackAndQueueDrained()).slice(printedBefore).filter((text) => text.includes(`PEDIDO ${order.number}`));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('1x Batata frita');
    expect(printed[0]).not.toContain('Anéis de cebola');
    expect(printed[0]).not.toContain('CANCELADO');
  });

  it('follows a dish cancelled after its ticket printed with a CANCELADO slip naming that dish alone', async () => {
    fryerPrinter.setStatus({ paperOut: false });
    const order = await send([{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-onion-rings', quantity: 2 }]);
    const fryer = stationTicket(order.kitchenTickets);
    await waitUntil('the ticket printed', async () => ticketJob(fryer.ticketId)?.status, (status) => status === 'DONE');
    const printedBefore = fryerPrinter.jobs.length;
    const rings = (await paper.api.get(`/orders/${order.id}`)).body.data.items.find((i: { productId: string }) => i.productId === 'prod-onion-rings');

    const cancelled = await paper.api.post(`/orders/${order.id}/items/${rings.itemId}/cancel`, { reason: 'cliente desistiu' }, MANAGER_PIN);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    const slips = await waitUntil('the CANCELADO slip', async () => fryerPrinter.jobs.slice(printedBefore).map((job) => job.text), (texts) => texts.some((text) => text.includes('CANCELADO')));
    const slip = slips.find((text) => text.includes('CANCELADO'))!;
    expect(slip).toContain(`PEDIDO ${order.number}`);
    expect(slip).toContain('2x Anéis de cebola');
    expect(slip).toContain('cliente desistiu');
    expect(slip).not.toContain('Batata frita');
  });
});
