import { photoUrl } from './product-image.js';
import type { OptionGroup, ProductType, SaleChannel } from './schemas.js';

export interface Category {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
  active: boolean;
  station: string | null;
  prepSeconds: number | null;
  updatedAt: string;
}

export interface CategoryNode extends Category {
  children: CategoryNode[];
}

export interface Product {
  id: string;
  categoryId: string;
  sku: string;
  name: string;
  description: string | null;
  type: ProductType;
  unit: 'UNIT' | 'KG' | 'TIME_BLOCK';
  priceCents: number;
  active: boolean;
  barcode: string | null;
  channels: SaleChannel[];
  station: string | null;
  prepSeconds: number | null;
  optionGroups: OptionGroup[];
  composite: { priceRule: 'HIGHEST' | 'AVERAGE'; maxFractions: 2 | 3 | 4 } | null;
  combo: { items: { productId: string; quantity: number }[] } | null;
  timeBlockMinutes: number | null;
  fiscal: { ncm: string | null; cfop: string | null; cest: string | null; taxGroup: string | null };
  stockPolicy: 'NONE' | 'TRACK';
  /** False for lines nobody cooks (salad bar by weight, billiards time). */
  sendToKitchen: boolean;
  /** The photo every app shows (`/catalog-images/<hash>.webp`, public, cached forever), or null. */
  photoUrl: string | null;
  /** Other names customers use in chat orders ("coca", "refri"). */
  aliases: string[];
  /** Goes up with every write of the product's fields; sent back with a replacement, it refuses a stale one. */
  version: number;
  updatedAt: string;
}

export interface CategoryRow {
  id: string;
  parent_id: string | null;
  name: string;
  sort_order: number;
  active: number;
  station: string | null;
  prep_seconds: number | null;
  updated_at: string;
}

export interface ProductRow {
  id: string;
  category_id: string;
  sku: string;
  name: string;
  description: string | null;
  type: ProductType;
  unit: Product['unit'];
  price_cents: number;
  active: number;
  barcode: string | null;
  channels: string;
  station: string | null;
  prep_seconds: number | null;
  option_groups: string;
  composite: string | null;
  combo: string | null;
  time_block_minutes: number | null;
  ncm: string | null;
  cfop: string | null;
  cest: string | null;
  tax_group: string | null;
  stock_policy: 'NONE' | 'TRACK';
  send_to_kitchen: number;
  photo_file: string | null;
  aliases: string;
  version: number;
  updated_at: string;
}

export function toCategory(row: CategoryRow): Category {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    sortOrder: row.sort_order,
    active: row.active === 1,
    station: row.station,
    prepSeconds: row.prep_seconds,
    updatedAt: row.updated_at,
  };
}

export function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    categoryId: row.category_id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    type: row.type,
    unit: row.unit,
    priceCents: row.price_cents,
    active: row.active === 1,
    barcode: row.barcode,
    channels: JSON.parse(row.channels),
    station: row.station,
    prepSeconds: row.prep_seconds,
    optionGroups: JSON.parse(row.option_groups),
    composite: row.composite ? JSON.parse(row.composite) : null,
    combo: row.combo ? JSON.parse(row.combo) : null,
    timeBlockMinutes: row.time_block_minutes,
    fiscal: { ncm: row.ncm, cfop: row.cfop, cest: row.cest, taxGroup: row.tax_group },
    stockPolicy: row.stock_policy,
    sendToKitchen: row.send_to_kitchen === 1,
    photoUrl: row.photo_file ? photoUrl(row.photo_file) : null,
    aliases: JSON.parse(row.aliases),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** The journal view of docs/events.md: what the relay projections read. */
export const categoryEventPayload = (c: Category) => ({
  category: { id: c.id, parentId: c.parentId, name: c.name, active: c.active, sortOrder: c.sortOrder },
});

export const productEventPayload = (p: Product) => ({
  product: { id: p.id, categoryId: p.categoryId, sku: p.sku, name: p.name, type: p.type, priceCents: p.priceCents, unit: p.unit, active: p.active, barcode: p.barcode, aliases: p.aliases },
});
