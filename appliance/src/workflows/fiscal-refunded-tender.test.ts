import { describe, expect, it } from 'vitest';
import type { SaleProduct } from '../catalog/index.js';
import type { Order, OrderItem } from '../orders/index.js';
import type { Payment } from '../payments/index.js';
import { buildPaidOrder } from './fiscal-paid-order.js';

const food = { ncm: '21069090', cfop: '5102', cest: null, taxGroup: 'FOOD' };

const fries: OrderItem = {
  itemId: 'item-fries', productId: 'prod-fries', name: 'Batata frita', categoryId: 'cat', quantity: 1, unit: 'UNIT', unitPriceCents: 1290, grossCents: 1290,
  discountCents: 0, totalCents: 1290, appliedRules: [], options: [], components: [], notes: null, seat: null, station: null, prepSeconds: 0, round: 1, status: 'CONFIRMED',
};

const order: Order = {
  id: 'order-refund', number: 1, businessDate: '2026-11-23', businessDayId: 'day-1', channel: 'COUNTER', status: 'COMPLETED', tableId: null, customerId: null, consumerTaxId: null, notes: null,
  subtotalCents: 1290, discountCents: 0, manualDiscountCents: 0, manualDiscountReason: null, deliveryFeeCents: 0, totalCents: 1290, cancelReason: null, paidAt: null, writeOff: null,
  createdBy: null, createdAt: '', confirmedAt: null, updatedAt: '', items: [fries],
};

const products = [{ id: 'prod-fries', sku: 'SKU-fries', barcode: null, fiscal: food } as unknown as SaleProduct];

const payment = (method: Payment['method'], amountCents: number, refundedCents: number, changeCents = 0) =>
  ({ id: `pay-${method}-${amountCents}`, method, amountCents, refundedCents, changeCents, status: 'CAPTURED', provider: method === 'CASH' ? 'CASH' : 'MANUAL', providerRef: null, details: {} }) as unknown as Payment;

/**
 * refund-before-settlement.test.ts: a tender refunded before the order settles is owed again, and
 * the order settles on the money it kept. The NFC-e's tPag/vPag must say how the bill was paid,
 * i.e. what each tender kept, not what it once took.
 */
describe('NFC-e payments of an order with a tender refunded before settlement', () => {
  it('a fully refunded cash part does not appear as a cash tender; the card that paid the whole bill does', () => {
    // R$ 5,00 cash taken, given back in full (guest pays another way), then R$ 12,90 on the card.
    const paid = buildPaidOrder(order, products, [payment('CASH', 500, 500), payment('CREDIT', 1290, 0)])!;
    expect(paid.payments).toEqual([{ method: 'CREDIT', amountCents: 1290, changeCents: 0 }]);
  });

  it('a partly refunded cash part is declared at what it kept, the card at what it charged', () => {
    // R$ 5,00 cash, R$ 2,00 of it given back; then the R$ 9,90 still owed on the card.
    const paid = buildPaidOrder(order, products, [payment('CASH', 500, 200), payment('DEBIT', 990, 0)])!;
    expect(paid.payments).toEqual([
      { method: 'CASH', amountCents: 300, changeCents: 0 },
      { method: 'DEBIT', amountCents: 990, changeCents: 0 },
    ]);
  });
});
