import type { AppliancePaths } from '../../../contract/api/client';
import { parseCents } from '../../shared/money';
import type { OptionGroup } from '../../shared/product-options';
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
  optionGroups: OptionGroup[];
  combo: { items: { productId: string; quantity: number }[] } | null;
  /** Sent back by bodyOf: a product changed since it was read is refused (409 PRODUCT_CHANGED), not overwritten. */
  version?: number;
}

/** What `POST /products` and `PUT /products/{id}` take. */
export type ProductBody = AppliancePaths['/api/v1/products']['post']['requestBody']['content']['application/json'];

/**
 * A stored product back as the body that writes it, for edits that change a few of its fields. Its
 * `version` goes with it, so the save of a product someone changed meanwhile (sold out at the
 * counter, repriced) is refused instead of undoing that change.
 */
export function bodyOf(product: Product): ProductBody {
  const { unit: _unit, updatedAt: _updatedAt, photoUrl: _photoUrl, ...rest } = product as Product & { unit?: string; updatedAt?: string };
  return rest as unknown as ProductBody;
}

/** The types the product form creates. */
export const PRODUCT_TYPES = ['SIMPLE', 'COMBO', 'WEIGHT', 'COMPOSITE', 'TIME'] as const;

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
  return { id: 'flavors', name: 'Sabores', kind: 'FLAVOR' as const, minChoices: 1, maxChoices: Math.min(maxFractions, options.length), options };
}

/** A kitchen station as `GET /kds/stations` names it (code GRILL, name Chapa). */
export interface Station {
  code: string;
  name: string;
}

/** The name the kitchen screen gives a station code; the code itself only if the station is gone. */
export const stationName = (stations: readonly Station[], code: string): string => stations.find((s) => s.code === code)?.name ?? code;
