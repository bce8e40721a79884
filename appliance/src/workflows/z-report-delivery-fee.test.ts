import { describe, expect, it } from 'vitest';
import { findOpenBusinessDay } from '../business-day/index.js';
import { createOrder } from '../orders/index.js';
import { priceOrderLines } from './order-lines.js';
import { useTillWithOpenDrawer } from './till-test-support.js';

/** `R$ 1.234,56` / `-R$ 12,00` on a printed line → centavos. */
const amountOf = (line: string) => {
  const match = /(-?)R\$\s*([\d.]+),(\d{2})\s*$/.exec(line);
  if (!match) throw new Error(`no amount on "${line}"`);
  return (match[1] ? -1 : 1) * Number(match[2].replace(/\./g, '') + match[3]);
};

/**
 * A WhatsApp order delivered by the store carries its delivery fee in its total (docs/api.md
 * "Own delivery": in the payment due, the receipt and the NFC-e). The leitura X / redução Z prints
 * the sales as Venda bruta, Descontos, Taxas de entrega, Venda líquida: the lines the manager reads
 * add up to the net sale (and to the money taken), the fee inside it shown, not silently folded in.
 */
describe('the X/Z report of a day with a delivery fee in an order', () => {
  const till = useTillWithOpenDrawer({ terminalId: 'POS-Z', openingFloatCents: 5_000 });

  it('prints sales lines that add up to the net sale and the tenders', async () => {
    const order = await till.app.ctx.commands.run(
      'test.chat_order',
      (tx) => {
        const day = findOpenBusinessDay(tx.db)!;
        // As the chat prices a delivery cart (workflows/chat-steps.ts) and places it with the zone's fee.
        const items = priceOrderLines(tx, 'DELIVERY', [{ productId: 'prod-fries', quantity: 2, options: [] }], till.app.ctx.config.timeZone);
        return createOrder(tx, { businessDate: day.date, businessDayId: day.id, channel: 'WHATSAPP', items, deliveryFeeCents: 800 });
      },
      { actor: { type: 'system', id: 'test' } },
    );
    expect(order.totalCents).toBe(order.items.reduce((s, i) => s + i.totalCents, 0) + 800);
    expect((await till.cashier.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await till.manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const paid = await till.cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: 5_000 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const done = await till.manager.post(`/orders/${order.id}/status`, { status: 'COMPLETED' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);

    const x = await till.manager.get('/business-days/current/x-report');
    expect(x.status, JSON.stringify(x.body)).toBe(200);
    const { report, text } = x.body.data as { report: { sales: { netCents: number }; payments: { capturedCents: number } }; text: string };
    expect(report.sales.netCents).toBe(report.payments.capturedCents);
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('Venda bruta'));
    const to = lines.findIndex((l) => l.startsWith('Venda líquida'));
    const parts = lines.slice(from, to).map(amountOf);
    // Venda bruta + Descontos (+ whatever else the report prints between them) = Venda líquida.
    expect(parts.reduce((s, v) => s + v, 0)).toBe(amountOf(lines[to]));
  });
});
