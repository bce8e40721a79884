import { computed, signal } from '@preact/signals';
import { unitCents } from '../../shared/product-options';
import type { KioskProduct } from './menu';

/** One line of the order being built; the appliance prices the order itself when it is created. */
export interface CartLine {
  key: string;
  product: KioskProduct;
  quantity: number;
  optionIds: string[];
}

export const cart = signal<CartLine[]>([]);
export const lineTotal = (line: CartLine) => unitCents(line.product, line.optionIds) * line.quantity;
export const cartTotal = computed(() => cart.value.reduce((sum, line) => sum + lineTotal(line), 0));

const sameChoices = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Adds one unit (to the line with the same product and choices, if any); answers the line's key. */
export function addLine(product: KioskProduct, optionIds: string[] = []): string {
  const line = cart.value.find((l) => l.product.id === product.id && sameChoices(l.optionIds, optionIds));
  if (line) {
    cart.value = cart.value.map((l) => (l === line ? { ...l, quantity: l.quantity + 1 } : l));
    return line.key;
  }
  const key = crypto.randomUUID();
  cart.value = [...cart.value, { key, product, quantity: 1, optionIds }];
  return key;
}

/** One unit less; the line goes with its last unit. */
export function removeOne(key: string): void {
  cart.value = cart.value.flatMap((l) => (l.key !== key ? [l] : l.quantity > 1 ? [{ ...l, quantity: l.quantity - 1 }] : []));
}
