import { computed, signal } from '@preact/signals';
import { unitCents } from '../../shared/product-options';
import type { Product } from './catalog';

export { optionLabels, unitCents } from '../../shared/product-options';

/** One line of the sale being built; prices here are an estimate until the appliance prices the order. */
export interface CartLine {
  key: string;
  product: Product;
  quantity: number;
  optionIds: string[];
  notes: string;
}

export const cart = signal<CartLine[]>([]);
/** "CPF na nota": digits of the consumer's CPF or CNPJ for the NFC-e `dest`, sent with the order. */
export const consumerTaxId = signal<string | null>(null);

export const lineTotal = (line: CartLine) => unitCents(line.product, line.optionIds) * line.quantity;
export const cartTotal = computed(() => cart.value.reduce((sum, line) => sum + lineTotal(line), 0));

export const needsOptions = (product: Product) => product.optionGroups.length > 0;

/** Adds a line; the same plain product scanned again adds to the last line instead. */
export function addLine(product: Product, optionIds: string[] = [], notes = ''): void {
  const lines = cart.value;
  const last = lines[lines.length - 1];
  if (last && last.product.id === product.id && optionIds.length === 0 && last.optionIds.length === 0 && !notes && !last.notes) {
    cart.value = [...lines.slice(0, -1), { ...last, quantity: last.quantity + 1 }];
    return;
  }
  cart.value = [...lines, { key: crypto.randomUUID(), product, quantity: 1, optionIds, notes }];
}

export function setQuantity(key: string, quantity: number): void {
  cart.value = quantity <= 0 ? cart.value.filter((l) => l.key !== key) : cart.value.map((l) => (l.key === key ? { ...l, quantity } : l));
}

export function removeLastLine(): void {
  cart.value = cart.value.slice(0, -1);
}

export function clearCart(): void {
  cart.value = [];
  consumerTaxId.value = null;
}
