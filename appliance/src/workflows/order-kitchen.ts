import { productsKeptFromKitchen } from '../catalog/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { KitchenOrderItemInput } from '../kitchen/index.js';
import type { OrderItem } from '../orders/index.js';

/**
 * What the kitchen cooks for the confirmed lines: a combo becomes one kitchen item per part
 * (`<itemId>.<n>`, each on its own station), lines of products that are not sent to the kitchen
 * (salad bar by weight, billiards time) are left out.
 */
export function kitchenItemsOf(tx: CommandTx, items: readonly OrderItem[]): KitchenOrderItemInput[] {
  const keptOut = productsKeptFromKitchen(tx.db, items.map((i) => i.productId));
  return items.flatMap((item): KitchenOrderItemInput[] => {
    if (keptOut.has(item.productId)) return [];
    const modifiers = item.options.map((o) => o.name);
    if (item.components.length === 0) {
      return [{ itemId: item.itemId, productId: item.productId, name: item.name, quantity: item.quantity, unit: item.unit, categoryId: item.categoryId, station: item.station, prepSeconds: item.prepSeconds, modifiers, notes: item.notes }];
    }
    const partNames = new Set(item.components.map((c) => c.name));
    const comboModifiers = [`Combo: ${item.name}`, ...modifiers.filter((m) => !partNames.has(m))];
    return item.components.map((part, n) => ({
      itemId: comboPartId(item.itemId, n),
      productId: part.productId,
      name: part.name,
      quantity: part.quantity * item.quantity,
      unit: 'UNIT' as const,
      categoryId: part.categoryId,
      station: part.station,
      prepSeconds: part.prepSeconds,
      modifiers: comboModifiers,
      notes: item.notes,
    }));
  });
}

const comboPartId = (itemId: string, n: number) => `${itemId}.${n + 1}`;

/** The kitchen items a line became (its own id, or one per combo part): what follows it to another order. */
export function kitchenItemIdsOf(item: Pick<OrderItem, 'itemId' | 'components'>): string[] {
  return item.components.length === 0 ? [item.itemId] : item.components.map((_, n) => comboPartId(item.itemId, n));
}
