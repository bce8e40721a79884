import { describe, expect, it } from 'vitest';
import { toMarketplaceOrder } from './ifood-order.js';

/**
 * - An iFood item the merchant never gave a PDV code (`externalCode` is optional in the iFood
 *   catalog, and many menus have none) reaches the store with a stable code of iFood's own (the
 *   catalog item's id, not the order line's), so the back office maps it once and every later order
 *   with that item is accepted like any other.
 */function ifoodOrder(id: string, lineUniqueId: string) {
  return {
    id,
    displayId: id.slice(0, 4),
    createdAt: '2026-11-23T14:58:00.000Z',
    orderType: 'TAKEOUT',
    merchant: { id: 'merchant-1' },
    customer: { name: 'Maria' },
    items: [{ index: 1, id: 'catalog-item-xburger', uniqueId: lineUniqueId, name: 'X-Burger', quantity: 1, unit: 'UN', unitPrice: 24.9, optionsPrice: 0, price: 24.9, totalPrice: 24.9, options: [] }],
    total: { subTotal: 24.9, deliveryFee: 0, orderAmount: 24.9 },
    payments: { prepaid: 24.9, pending: 0, methods: [{ method: 'CREDIT', type: 'ONLINE', value: 24.9 }] },
  };
}

describe('an iFood item without a PDV code', () => {
  it('reaches the store with a code it can map, the same on every order of that item', () => {
    const first = toMarketplaceOrder(ifoodOrder('order-0001', 'line-a'));
    const second = toMarketplaceOrder(ifoodOrder('order-0002', 'line-b'));
    expect(first.items[0].externalCode).not.toBeNull();
    expect(first.items[0].externalCode).toBe(second.items[0].externalCode);
  });

  it('keeps the merchant\'s PDV code when the item has one', () => {
    const raw = ifoodOrder('order-0003', 'line-c');
    const coded = toMarketplaceOrder({ ...raw, items: [{ ...raw.items[0], externalCode: 'PDV-XBURGER' }] });
    expect(coded.items[0].externalCode).toBe('PDV-XBURGER');
  });
});
