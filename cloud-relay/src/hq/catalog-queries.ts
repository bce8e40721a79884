import { sql } from 'kysely';
import type { RelayDb } from '../db/database.js';

export interface StoreProductState {
  storeId: string;
  storeName: string;
  priceCents: number;
  active: boolean;
  /** The latest price and availability HQ sent that the store has not acknowledged yet, each on its own. */
  pendingPriceCents: number | null;
  pendingActive: boolean | null;
}

export interface HqProduct {
  productId: string;
  name: string;
  sku: string | null;
  stores: StoreProductState[];
}

/**
 * The catalog as the stores last reported it, with HQ changes not yet acknowledged by each store.
 * A change names a price, an availability or both: each is the latest pending change naming it
 * (a price sent, then the product taken off the menu, are both still on their way).
 */
export async function listProducts(db: RelayDb): Promise<HqProduct[]> {
  const result = await sql<any>`
    SELECT p.id, p.name, p.sku, p.store_id, s.name AS store_name, p.price_cents, p.active,
           pending.price_cents AS pending_price_cents, pending.active AS pending_active
      FROM pos_modern.products p
      JOIN relay.stores s ON s.id = p.store_id
      LEFT JOIN LATERAL (
        SELECT (array_agg(c.price_cents ORDER BY c.downstream_cursor DESC) FILTER (WHERE c.price_cents IS NOT NULL))[1] AS price_cents,
               (array_agg(c.active ORDER BY c.downstream_cursor DESC) FILTER (WHERE c.active IS NOT NULL))[1] AS active
          FROM relay.catalog_changes c
         WHERE c.store_id = p.store_id AND c.product_id = p.id AND c.downstream_cursor > s.downstream_acked
      ) pending ON true
     ORDER BY p.name, s.name`.execute(db);
  const products = new Map<string, HqProduct>();
  for (const row of result.rows) {
    let product = products.get(row.id);
    if (!product) {
      product = { productId: row.id, name: row.name, sku: row.sku, stores: [] };
      products.set(row.id, product);
    }
    product.stores.push({
      storeId: row.store_id,
      storeName: row.store_name,
      priceCents: row.price_cents,
      active: row.active,
      pendingPriceCents: row.pending_price_cents,
      pendingActive: row.pending_active,
    });
  }
  return [...products.values()];
}
