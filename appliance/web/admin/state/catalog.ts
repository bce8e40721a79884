import { parseCents } from '../../shared/money';
import { InputError, type MessageKey } from '../texts';

/** The catalog as the back office reads it (`docs/api.md`, "Catalog"). */
export interface Category {
  id: string;
  name: string;
  parentId: string | null;
  station: string | null;
  active: boolean;
  children: Category[];
}

export interface Product {
  id: string;
  sku: string;
  name: string;
  type: string;
  categoryId: string;
  priceCents: number;
  barcode: string | null;
  station: string | null;
  active: boolean;
  photoUrl: string | null;
}

/** The types the product form creates; combos are listed but made through the API for now. */
export const PRODUCT_TYPES = ['SIMPLE', 'WEIGHT', 'COMPOSITE', 'TIME'] as const;

export const TYPE_LABELS: Record<string, MessageKey> = {
  SIMPLE: 'ADMIN_TYPE_SIMPLE',
  WEIGHT: 'ADMIN_TYPE_WEIGHT',
  COMPOSITE: 'ADMIN_TYPE_COMPOSITE',
  TIME: 'ADMIN_TYPE_TIME',
  COMBO: 'ADMIN_TYPE_COMBO',
};

/** The tree flattened for a select, each name indented by its depth. */
export function flattenCategories(tree: Category[], depth = 0): { id: string; label: string; station: string | null }[] {
  return tree.flatMap((c) => [{ id: c.id, label: `${'\u00a0\u00a0'.repeat(depth)}${c.name}`, station: c.station }, ...flattenCategories(c.children, depth + 1)]);
}

/**
 * Half-and-half flavours typed one per line as `Mussarela = 45,00` (each a full pizza's price):
 * the COMPOSITE product's single FLAVOR group.
 */
export function flavourGroup(text: string, maxFractions: number, invalid: string) {
  const options = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const [name, price] = line.split('=').map((part) => part.trim());
      const priceCents = parseCents(price ?? '');
      if (!name || priceCents === null) throw new InputError(invalid);
      return { id: `flavor-${index + 1}`, name, priceCents };
    });
  if (options.length < 2) throw new InputError(invalid);
  return { id: 'flavors', name: 'Sabores', kind: 'FLAVOR', minChoices: 1, maxChoices: Math.min(maxFractions, options.length), options };
}
