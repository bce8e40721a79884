import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLYPH_WIDTH } from '../devices/printer/virtual/bitmap-font.js';
import type { JobBlock, TextRun } from '../devices/printer/virtual/job-model.js';
import { renderJobPng } from '../devices/printer/virtual/render-png.js';
import { repoRoot } from '../kernel/paths.js';
import { VirtualCustomerDisplay } from '../devices/display/index.js';
import { MessageCatalog } from '../kernel/i18n/catalog.js';
import type { JournalEvent } from '../kernel/journal/event.js';
import { displayLinesFor } from './display-presenter.js';
import { hardwareMessages } from './messages.pt-BR.js';

const messages = new MessageCatalog();
messages.add('pt-BR', hardwareMessages);

const event = (type: string, payload: unknown): JournalEvent =>
  ({ seq: 1, id: 'e1', type, aggregateType: 'order', aggregateId: 'o1', payload, actor: null, correlationId: null, occurredAt: '2026-11-23T15:00:00.000Z' }) as JournalEvent;

/** What a customer reads on a 2×20 CD-7220 (CP860) after each order event. */
async function glass(type: string, payload: unknown): Promise<string[] | null> {
  const lines = displayLinesFor(event(type, payload), messages);
  if (!lines) return null;
  const display = new VirtualCustomerDisplay({ commandSet: 'cd5220', codePage: 'CP860', columns: 20 });
  await display.show(lines);
  return display.lines();
}

describe('customer display lines from order events', () => {
  it('shows the item just added and the running total, accents included', async () => {
    const payload = { orderId: 'o1', items: [{ name: 'Água', totalCents: 400 }, { name: 'Pão de queijo', totalCents: 450 }], totalCents: 123456 };
    expect(await glass('order.items_added', payload)).toEqual(['Pão de queijo   4,50', 'TOTAL    R$ 1.234,56']);
  });

  it('greets for an order created empty, shows paid and change after a payment, greets again after a cancel', async () => {
    expect(await glass('order.created', { orderId: 'o1', items: [], totalCents: 0 })).toEqual(['BEM-VINDO!          ', 'TOTAL        R$ 0,00']);
    expect(await glass('payment.captured', { orderId: 'o1', amountCents: 5000, changeCents: 750 })).toEqual(['PAGO        R$ 50,00', 'TROCO        R$ 7,50']);
    expect(await glass('order.cancelled', { orderId: 'o1' })).toEqual(['BEM-VINDO!          ', '                    ']);
  });

  it('writes paid and change alike, and draws what the glass shows after a sale and its payment', async () => {
    const sale = await glass('order.items_added', { orderId: 'o1', items: [{ name: 'Combo clássico', totalCents: 3_360 }], totalCents: 3_360 });
    const paid = await glass('payment.captured', { orderId: 'o1', amountCents: 3_360, changeCents: 0 });
    expect(paid).toEqual(['PAGO        R$ 33,60', 'TROCO        R$ 0,00']);
    // One glyph cell per display column: the picture shows the 2×20 glass character for character.
    const run = (text: string): TextRun => ({ text, bold: false, underline: false, width: 1, height: 1, font: 'A' });
    const screen = (lines: string[]): JobBlock[] => lines.map((text) => ({ kind: 'line', align: 'left', runs: [run(text)] }));
    const blocks: JobBlock[] = [...screen(sale!), { kind: 'feed', dots: 24 }, ...screen(paid!)];
    // The committed docs picture is refreshed on request only, so a test run never dirties the tree.
    const shotDir = process.env.CHEFIA_UPDATE_SCREENSHOTS === '1' ? join(repoRoot(), 'docs', 'img') : mkdtempSync(join(tmpdir(), 'chefia-display-'));
    mkdirSync(shotDir, { recursive: true });
    const shot = join(shotDir, 'customer-display.png');
    writeFileSync(shot, renderJobPng({ blocks, drawerKicks: 0, statusRequests: 0, unknownCommands: [] }, { dotsPerLine: 20 * GLYPH_WIDTH }));
    expect(statSync(shot).size).toBeGreaterThan(1_000);
  });

  it('ignores events that change nothing the customer reads', () => {
    expect(displayLinesFor(event('order.confirmed', { orderId: 'o1' }), messages)).toBeNull();
  });
});
