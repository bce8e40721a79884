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
import { DISPLAY_EVENTS, displayLinesFor } from './display-presenter.js';
import { hardwareMessages } from './messages.pt-BR.js';

type DisplayEvent = JournalEvent<(typeof DISPLAY_EVENTS)[number]>;

const messages = new MessageCatalog();
messages.add('pt-BR', hardwareMessages);

const envelope = { seq: 1, id: 'e1', aggregateId: 'o1', actor: null, correlationId: null, occurredAt: '2026-11-23T15:00:00.000Z' };
const line = (name: string, totalCents: number) => ({
  itemId: name, productId: 'p1', name, categoryId: 'c1', quantity: 1, unit: 'UNIT' as const, unitPriceCents: totalCents, discountCents: 0, totalCents, appliedRules: [],
});
const itemsAdded = (items: ReturnType<typeof line>[], totalCents: number): DisplayEvent => ({
  ...envelope, type: 'order.items_added', aggregateType: 'order', payload: { orderId: 'o1', items, subtotalCents: totalCents, discountCents: 0, totalCents },
});
const created = (): DisplayEvent => ({
  ...envelope, type: 'order.created', aggregateType: 'order',
  payload: { orderId: 'o1', number: 1, businessDate: '2026-11-23', channel: 'COUNTER', tableId: null, customerId: null, consumerTaxIdGiven: false, status: 'DRAFT', items: [], subtotalCents: 0, discountCents: 0, totalCents: 0 },
});
const deliveryFeeSet = (deliveryFeeCents: number, totalCents: number): DisplayEvent => ({
  ...envelope, type: 'order.delivery_fee_set', aggregateType: 'order',
  payload: { orderId: 'o1', number: 1, deliveryFeeCents, subtotalCents: totalCents - deliveryFeeCents, discountCents: 0, totalCents },
});
const captured = (amountCents: number, changeCents: number): DisplayEvent => ({
  ...envelope, type: 'payment.captured', aggregateType: 'payment',
  payload: {
    paymentId: 'pay1', orderId: 'o1', businessDate: '2026-11-23', method: 'CASH', amountCents, tenderedCents: amountCents + changeCents, changeCents,
    provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: null, splitRules: [],
  },
});
const cancelled = (): DisplayEvent => ({
  ...envelope, type: 'order.cancelled', aggregateType: 'order', payload: { orderId: 'o1', number: 1, businessDate: '2026-11-23', status: 'CANCELLED', reason: null, totalCents: 0 },
});

/** What a customer reads on a 2×20 CD-7220 (CP860) after each order event. */
async function glass(event: DisplayEvent): Promise<string[]> {
  const lines = displayLinesFor(event, messages);
  const display = new VirtualCustomerDisplay({ commandSet: 'cd5220', codePage: 'CP860', columns: 20 });
  await display.show(lines);
  return display.lines();
}

describe('customer display lines from order events', () => {
  it('shows the item just added and the running total, accents included', async () => {
    expect(await glass(itemsAdded([line('Água', 400), line('Pão de queijo', 450)], 123456))).toEqual(['Pão de queijo   4,50', 'TOTAL    R$ 1.234,56']);
  });

  it('shows the fee of a delivery order once it joins the order, with the total the customer pays', async () => {
    expect(await glass(deliveryFeeSet(700, 4_690))).toEqual(['Taxa de entrega 7,00', 'TOTAL       R$ 46,90']);
  });

  it('greets for an order created empty, shows paid and change after a payment, greets again after a cancel', async () => {
    expect(await glass(created())).toEqual(['BEM-VINDO!          ', 'TOTAL        R$ 0,00']);
    expect(await glass(captured(5000, 750))).toEqual(['PAGO        R$ 50,00', 'TROCO        R$ 7,50']);
    expect(await glass(cancelled())).toEqual(['BEM-VINDO!          ', '                    ']);
  });

  it('writes paid and change alike, and draws what the glass shows after a sale and its payment', async () => {
    const sale = await glass(itemsAdded([line('Combo clássico', 3_360)], 3_360));
    const paid = await glass(captured(3_360, 0));
    expect(paid).toEqual(['PAGO        R$ 33,60', 'TROCO        R$ 0,00']);
    // One glyph cell per display column: the picture shows the 2×20 glass character for character.
    const run = (text: string): TextRun => ({ text, bold: false, underline: false, width: 1, height: 1, font: 'A' });
    const screen = (lines: string[]): JobBlock[] => lines.map((text) => ({ kind: 'line', align: 'left', runs: [run(text)] }));
    const blocks: JobBlock[] = [...screen(sale), { kind: 'feed', dots: 24 }, ...screen(paid)];
    // The committed docs picture is refreshed on request only, so a test run never dirties the tree.
    const shotDir = process.env.CHEFIA_UPDATE_SCREENSHOTS === '1' ? join(repoRoot(), 'docs', 'img') : mkdtempSync(join(tmpdir(), 'chefia-display-'));
    mkdirSync(shotDir, { recursive: true });
    const shot = join(shotDir, 'customer-display.png');
    writeFileSync(shot, renderJobPng({ blocks, drawerKicks: 0, statusRequests: 0, unknownCommands: [] }, { dotsPerLine: 20 * GLYPH_WIDTH }));
    expect(statSync(shot).size).toBeGreaterThan(1_000);
  });
});
