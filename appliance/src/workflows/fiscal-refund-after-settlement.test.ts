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
  id: 'order-late-refund', number: 1, businessDate: '2026-11-23', businessDayId: 'day-1', channel: 'COUNTER', status: 'COMPLETED', tableId: null, customerId: null, consumerTaxId: null, notes: null,
  subtotalCents: 1290, discountCents: 0, manualDiscountCents: 0, manualDiscountReason: null, deliveryFeeCents: 0, totalCents: 1290, cancelReason: null, paidAt: '2026-11-23T15:00:00.000Z', writeOff: null,
  createdBy: null, createdAt: '', confirmedAt: null, updatedAt: '', items: [fries],
};

const payment = (id: string, method: Payment['method'], amountCents: number, refundedCents: number, changeCents = 0) =>
  ({ id, method, amountCents, refundedCents, changeCents, status: 'CAPTURED', provider: method === 'CASH' ? 'CASH' : 'MANUAL', providerRef: null, details: {} }) as unknown as Payment;

const products = [{ id: 'prod-fries', sku: 'SKU-fries', barcode: null, fiscal: food } as unknown as SaleProduct];

/**
 * A sale paid in full (R$ 12,90 cash, the order settled) whose NFC-e could not be issued at once:
 * it waits in the fiscal backlog (certificate not installed yet, SEFAZ tables missing, ...). Before
 * the backlog drains, the cashier gives R$ 2,90 back ("batata fria", POST /payments/{id}/refunds).
 * A refund after the settlement is a correction that does not undo the sale (docs/money.md): the
 * late NFC-e (or an NF-e a company asks for afterwards) declares the sale as settled, R$ 12,90 in
 * cash, with tenders that cover its total.
 */
describe('NFC-e of a sale refunded in part after it was settled', () => {
  it('declares the tender as it settled the sale', () => {
    const refundedLater = payment('pay-cash', 'CASH', 1290, 290, 710);
    const paid = buildPaidOrder(order, products, [refundedLater])!;
    expect(paid.payments).toEqual([{ method: 'CASH', amountCents: 1290, changeCents: 710 }]);
  });

  it('nets a part refunded before the settlement and restores the part refunded after it', () => {
    // R$ 5,00 cash of which R$ 5,00 given back before settling, then R$ 12,90 on the card; later R$ 2,90 of the card refunded.
    const paid = buildPaidOrder(order, products, [payment('pay-cash', 'CASH', 500, 500), payment('pay-card', 'CREDIT', 1290, 290)])!;
    expect(paid.payments).toEqual([{ method: 'CREDIT', amountCents: 1290, changeCents: 0 }]);
  });

  it('declares nothing beyond what a written-off order was paid', () => {
    const writtenOff = { ...order, writeOff: { kind: 'LOSS' } } as unknown as Order;
    const paid = buildPaidOrder(writtenOff, products, [payment('pay-cash', 'CASH', 1000, 0)])!;
    expect(paid.payments).toEqual([{ method: 'CASH', amountCents: 1000, changeCents: 0 }]);
  });
});
