import { describe, expect, it } from 'vitest';
import { buildZReport, zReportText } from '../business-day/index.js';
import { cashierCloseText, compareCount, expectedByMethod, type CashierCloseReport, type CashierOperation } from '../cashier/index.js';
import { documentText } from '../devices/printer/document.js';
import { customerReceipt, formatCents, templateDataSchemas } from '../devices/printer/templates/index.js';
import type { Order, OrderItem } from '../orders/index.js';
import type { Payment } from '../payments/index.js';
import { customerReceiptData } from './printing-receipt.js';
import { dayReportDocument } from './printing-reports.js';

const timeZone = 'America/Sao_Paulo';
const at = '2026-11-23T15:00:00.000Z';
const lineOf = (lines: string[], label: string) => lines.find((l) => l.startsWith(label)) ?? '';

function operation(type: CashierOperation['type'], method: CashierOperation['method'], amountCents: number, changeCents = 0): CashierOperation {
  return { id: `op-${type}-${amountCents}`, sessionId: 's1', type, method, amountCents, changeCents, reference: null, reason: null, operatorId: 'u1', managerId: null, createdAt: at };
}

describe('drawer close slip', () => {
  it('prints the close as the cashier module laid it out: expected cash and difference with change, refunds, withdrawals and deposits, and every method', () => {
    const operations = [
      operation('SALE', 'CASH', 5000, 710),
      operation('SALE', 'DEBIT', 3000),
      operation('REFUND', 'CASH', 500),
      operation('WITHDRAWAL', 'CASH', 2000),
      operation('DEPOSIT', 'CASH', 1000),
    ];
    const comparison = compareCount(expectedByMethod(10_000, operations), { CASH: 12_700, DEBIT: 3000 });
    const report: CashierCloseReport = {
      sessionId: 's1',
      businessDayId: 'd1',
      terminalId: 'POS-1',
      operatorId: 'u1',
      operatorName: 'Ana',
      openedAt: at,
      closedAt: at,
      closedBy: 'u1',
      openingFloatCents: 10_000,
      totals: { cashSalesCents: 5000, changeCents: 710, refundsCents: 500, withdrawalsCents: 2000, depositsCents: 1000 },
      ...comparison,
      alert: false,
    };
    const lines = documentText(dayReportDocument(cashierCloseText(report, timeZone)));
    const printed = (texts: string[]) => texts.map((l) => l.trimEnd()).filter((l) => l !== '');
    expect(printed(lines)).toEqual(printed(cashierCloseText(report, timeZone).split('\n')));
    const cashLine = comparison.lines.find((l) => l.method === 'CASH')!;
    expect(cashLine.expectedCents).toBe(12_790);
    expect(lines.join('\n')).toContain(formatCents(cashLine.expectedCents));
    expect(lines.join('\n')).toContain('Débito');
    expect(lineOf(lines, 'Situação')).toContain('FALTA');
    expect(lines.join('\n')).toContain('Ana');
  });
});

describe('Z report slip', () => {
  it('prints the Z text: cancelled orders, tenders with their refunds, weighed products by their grams', () => {
    const item = (productId: string, name: string, quantity: number, unit: string, totalCents: number) => ({ productId, name, categoryId: 'c', quantity, unit, totalCents, cancelled: false });
    const report = buildZReport({
      businessDayId: 'd1',
      date: '2026-11-23',
      openedAt: '2026-11-23T11:00:00.000Z',
      closedAt: '2026-11-24T02:00:00.000Z',
      timeZone,
      payments: [
        { method: 'CASH', amountCents: 2580, changeCents: 420, operatorId: 'u1', capturedAt: at },
        { method: 'PIX', amountCents: 4000, changeCents: 0, operatorId: 'u1', capturedAt: at },
      ],
      refunds: [{ method: 'PIX', amountCents: 500, operatorId: 'u1' }],
      orders: [
        { channel: 'COUNTER', status: 'COMPLETED', subtotalCents: 2580, discountCents: 0, deliveryFeeCents: 0, totalCents: 2580, items: [item('fries', 'Batata frita', 2, 'UNIT', 2580)] },
        { channel: 'COUNTER', status: 'COMPLETED', subtotalCents: 4200, discountCents: 200, deliveryFeeCents: 0, totalCents: 4000, items: [item('buffet', 'Buffet por quilo', 620, 'GRAM', 4000)] },
        { channel: 'TABLE', status: 'CANCELLED', subtotalCents: 990, discountCents: 0, deliveryFeeCents: 0, totalCents: 990, items: [] },
      ],
      cashierCloses: [],
    });
    const lines = documentText(dayReportDocument(zReportText(report, 'Loja Teste', timeZone)));
    const lineOfTrimmed = (label: string) => lines.map((l) => l.trimEnd()).find((l) => l.trimStart().startsWith(label)) ?? '';
    expect(lineOfTrimmed('Pedidos concluídos')).toMatch(/ 2$/);
    expect(lineOfTrimmed('Cancelamentos (1)')).toContain(formatCents(990));
    expect(lineOfTrimmed('Venda líquida')).toContain(formatCents(6580));
    // Tenders as taken, each method's refunds under it, and the net.
    expect(lineOfTrimmed('PIX (1)')).toContain(formatCents(4000));
    expect(lineOfTrimmed('devoluções')).toContain(formatCents(-500));
    expect(lineOfTrimmed('Total líquido')).toContain(formatCents(6080));
    // A weighed product is its grams, never "620x Buffet".
    expect(lines.join('\n')).toContain('620g Buffet por quilo');
    expect(lines.join('\n')).not.toContain('620x');
  });
});

describe('customer receipt', () => {
  const line = (itemId: string, name: string, extra: Partial<OrderItem>): OrderItem => ({
    itemId,
    productId: itemId,
    name,
    categoryId: 'c',
    quantity: 1,
    unit: 'UNIT',
    unitPriceCents: 1000,
    grossCents: 1000,
    discountCents: 0,
    totalCents: 1000,
    appliedRules: [],
    options: [],
    components: [],
    notes: null,
    seat: null,
    station: null,
    prepSeconds: 0,
    round: 1,
    status: 'DELIVERED',
    ...extra,
  });
  const payment = (id: string, method: Payment['method'], amountCents: number, changeCents: number, status: Payment['status']): Payment => ({
    id,
    orderId: 'o1',
    businessDayId: 'd1',
    businessDate: '2026-11-23',
    method,
    status,
    amountCents,
    tenderedCents: amountCents + changeCents,
    changeCents,
    refundedCents: 0,
    provider: method === 'CASH' ? 'CASH' : 'TEF',
    providerRef: null,
    payerLabel: null,
    cashierSessionId: null,
    operatorId: 'u1',
    pix: null,
    details: {},
    createdAt: at,
    capturedAt: status === 'CAPTURED' ? at : null,
  });

  it('lists live lines at their gross so they add up to the subtotal, with options, weight, discount and only captured tenders', () => {
    const items = [
      line('i1', 'X-Bacon', { quantity: 2, unitPriceCents: 3990, grossCents: 7980, discountCents: 800, totalCents: 7180, options: [{ name: 'Bacon extra', priceCents: 500 }], notes: 'sem cebola' }),
      line('i2', 'Buffet por quilo', { quantity: 450, unit: 'GRAM', unitPriceCents: 6990, grossCents: 3146, totalCents: 3146 }),
      line('i3', 'Suco', { status: 'CANCELLED' }),
    ];
    const order = {
      id: 'o1',
      number: 42,
      businessDate: '2026-11-23',
      channel: 'TABLE',
      status: 'COMPLETED',
      items,
      subtotalCents: 11_126,
      discountCents: 1300,
      totalCents: 9826,
      createdAt: at,
      paidAt: '2026-11-23T15:30:00.000Z',
    } as Order;
    const payments = [payment('p1', 'CREDIT', 5000, 0, 'CAPTURED'), payment('p2', 'PIX', 4826, 0, 'CANCELLED'), payment('p3', 'CASH', 4826, 174, 'CAPTURED')];
    const data = customerReceiptData(order, payments, { storeName: 'Loja Teste', tableLabel: 'M7', operatorName: 'Ana' });
    expect(templateDataSchemas.customer_receipt.safeParse(data).success).toBe(true);
    expect(data.items.map((i) => i.name)).toEqual(['X-Bacon', 'Buffet por quilo']);
    expect(data.items.reduce((s, i) => s + i.totalCents, 0)).toBe(order.subtotalCents);
    expect(data.items[0].notes).toBe('+ Bacon extra, sem cebola');
    expect(data.payments).toEqual([
      { method: 'CREDIT', amountCents: 5000 },
      { method: 'CASH', amountCents: 4826 },
    ]);
    expect(data).toMatchObject({ orderNumber: 42, createdAt: order.paidAt, tableLabel: 'M7', changeCents: 174, totalCents: 9826 });
    const text = documentText(customerReceipt(data, { columns: 48, timeZone })).join('\n');
    expect(text).toContain('Mesa');
    expect(text).toContain(formatCents(9826));
    expect(text).not.toContain('Suco');
  });
});
