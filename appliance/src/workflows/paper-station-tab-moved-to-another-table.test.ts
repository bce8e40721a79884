/**
 * A fryer without a screen holds its tickets on paper. When the guests of table 1 move to table 2
 * with their whole tab, the fryer cook must learn it as for lines moved to another table: a ticket
 * already printed gets a TRANSFERIDO slip naming both tables, and a ticket still waiting for paper
 * comes out once, under table 2.
 */
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { usePaperFryer } from './paper-station-test-support.js';

describe('a paper station when a whole tab moves to another table', () => {
  const paper = usePaperFryer();
  const { printer: fryerPrinter, ticketJob, tableLabel, fryerTicket } = paper;
  const ticketStatus = (ticketId: string) => paper.app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(ticketId) as string;
  const openTab = async (tableId: string, items: unknown[]) => {
    const tab = (await paper.api.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data;
    const round = await paper.api.post(`/tabs/${tab.id}/rounds`, { items });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return { tab, order: round.body.data.order as { number: number }, fryer: fryerTicket(round.body.data.kitchenTickets) };
  };
  const moveTab = async (tabId: string, toTableId: string) => {
    const moved = await paper.api.post(`/tabs/${tabId}/transfer`, { toTableId });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  };

  it('prints TRANSFERIDO with both tables for a ticket already on paper', async () => {
    const { tab, order, fryer } = await openTab('table-1', [{ productId: 'prod-fries', quantity: 1 }]);
    await waitUntil('the paper ticket printed and closed', async () => ticketStatus(fryer.ticketId), (status) => status === 'BUMPED');
    const printed = fryerPrinter.jobs.length;

    await moveTab(tab.id, 'table-2');
    const slip = (await fryerPrinter.recorder.waitForJobs(printed + 1)).at(-1)!.text;
    expect(slip).toContain('*** TRANSFERIDO ***');
    expect(slip).toContain(`Mesa ${tableLabel('table-1')} -> Mesa ${tableLabel('table-2')}`);
    expect(slip).toContain(`PEDIDO ${order.number}`);
    expect(slip).toContain('1x Batata frita');
  });

  it('prints a ticket still waiting for paper once, under the new table, with no slip', async () => {
    const printedBefore = fryerPrinter.jobs.length;
    fryerPrinter.setStatus({ paperOut: true });
    const { tab, order, fryer } = await openTab('table-3', [{ productId: 'prod-onion-rings', quantity: 2 }]);
    await waitUntil('the ticket waiting for paper', async () => ticketJob(fryer.ticketId), (job) => job?.status === 'QUEUED' && job.last_error_code === 'PRINTER_NOT_READY');

    await moveTab(tab.id, 'table-4');
    fryerPrinter.setStatus({ paperOut: false });
    await waitUntil('the ticket printed', async () => fryerPrinter.jobs.map((job) => job.text).slice(printedBefore), (texts) => texts.some((text) => text.includes(`PEDIDO ${order.number}`)));
    await waitUntil('the queue idle', async () => paper.app.ctx.db.prepare("SELECT COUNT(*) FROM print_jobs WHERE status = 'QUEUED'").pluck().get() as number, (n) => n === 0);
    const printed = fryerPrinter.jobs.map((job) => job.text).slice(printedBefore);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(`Mesa ${tableLabel('table-4')}`);
    expect(printed[0]).not.toContain(`Mesa ${tableLabel('table-3')}`);
    expect(printed[0]).not.toContain('TRANSFERIDO');
  });
});
