import { computed, signal } from '@preact/signals';
import { searchProducts } from './catalog';

/** What the sale screen shows: search text, category tab, highlighted product, open dialogs. */
export const query = signal('');
export const categoryId = signal<string | null>(null);
export const highlighted = signal(0);
export const helpOpen = signal(false);
export const cpfOpen = signal(false);
/** The manager-approved action asked for on the order being paid. */
export const managerAction = signal<'discount' | 'cancel' | 'cancel-line' | null>(null);
export const results = computed(() => searchProducts(query.value, categoryId.value));

export function focusSearch(): void {
  document.getElementById('search')?.focus();
}
