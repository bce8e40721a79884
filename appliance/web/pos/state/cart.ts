import { computed, signal } from '@preact/signals';
import { unitCents } from '../../shared/product-options';
import type { Product } from './catalog';

export { optionLabels, unitCents } from '../../shared/product-options';

/** One line of the sale being built; prices here are an estimate until the appliance prices the order. */
export interface CartLine {
  key: string;
  product: Product;
  /** Units, or grams for a product sold by weight (as the scale read it). */
  quantity: number;
  optionIds: string[];
  notes: string;
}

export const cart = signal<CartLine[]>([]);
/** "CPF na nota": digits of the consumer's CPF or CNPJ for the NFC-e `dest`, sent with the order. */
export const consumerTaxId = signal<string | null>(null);

export const soldByWeight = (product: Product) => product.type === 'WEIGHT';

/** The price per kg times the grams, rounded half up to the centavo, as the appliance prices it. */
export const weighedCents = (pricePerKgCents: number, grams: number) => Math.floor((pricePerKgCents * grams + 500) / 1000);

export const lineTotal = (line: CartLine) =>
  soldByWeight(line.product) ? weighedCents(unitCents(line.product, line.optionIds), line.quantity) : unitCents(line.product, line.optionIds) * line.quantity;
export const cartTotal = computed(() => cart.value.reduce((sum, line) => sum + lineTotal(line), 0));

export const needsOptions = (product: Product) => product.optionGroups.length > 0;

/** Adds a line; the same plain product scanned again adds to the last line instead. */
export function addLine(product: Product, optionIds: string[] = [], notes = ''): void {
  const lines = cart.value;
  const last = lines[lines.length - 1];
  if (last && !soldByWeight(product) && last.product.id === product.id && optionIds.length === 0 && last.optionIds.length === 0 && !notes && !last.notes) {
    cart.value = [...lines.slice(0, -1), { ...last, quantity: last.quantity + 1 }];
    return;
  }
  cart.value = [...lines, { key: crypto.randomUUID(), product, quantity: 1, optionIds, notes }];
}

/** A product sold by weight, with the grams of one stable reading of the scale: each weighing is its own line. */
export function addWeighedLine(product: Product, grams: number): void {
  cart.value = [...cart.value, { key: crypto.randomUUID(), product, quantity: grams, optionIds: [], notes: '' }];
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
