import { MAX_PUSHED_PRICE_CENTS, STORE_CATALOG_ID, type ProductChangedMessage } from '../../../appliance/contract/index.js';
import crypto from 'node:crypto';
import type { RelayDb } from '../db/database.js';
import { RelayError } from '../http/envelope.js';
import { brl } from '../portal/format.js';
import type { DownstreamChannel } from './downstream-service.js';

export interface ProductChange {
  productId: string;
  storeIds: string[];
  priceCents?: number;
  active?: boolean;
}

/**
 * Records an HQ price/availability change and queues one `catalog.product_changed` message per store in
 * the same transaction. The store applies it and journals its own `catalog.product_upserted`, which
 * comes back up and updates pos_modern.products: HQ sees the change once the store has it.
 */
export async function changeProduct(
  db: RelayDb,
  channel: DownstreamChannel,
  change: ProductChange,
  userId: string | null,
): Promise<{ storeId: string; cursor: number }[]> {
  if (change.priceCents === undefined && change.active === undefined) {
    throw new RelayError('NOTHING_TO_CHANGE', 400);
  }
  refuseWhatNoStoreTakes(change);
  const queued = await db.transaction().execute(async (trx) => {
    const result: { storeId: string; cursor: number }[] = [];
    await channel.lockStores(trx, change.storeIds);
    await refuseStoresWithoutProduct(trx, change.productId, change.storeIds);
    for (const storeId of change.storeIds) {
      const store = await trx.selectFrom('relay.stores').select('id').where('id', '=', storeId).executeTakeFirst();
      if (!store) throw new RelayError('STORE_NOT_FOUND', 404, { messageKey: 'STORE_ID_NOT_FOUND', params: { storeId } });
      const message = await channel.enqueue(trx, {
        storeId,
        type: 'catalog.product_changed',
        payload: { productId: change.productId, priceCents: change.priceCents ?? null, active: change.active ?? null } satisfies ProductChangedMessage,
        createdBy: userId,
      });
      await trx
        .insertInto('relay.catalog_changes')
        .values({
          id: crypto.randomUUID(),
          store_id: storeId,
          product_id: change.productId,
          price_cents: change.priceCents ?? null,
          active: change.active ?? null,
          downstream_cursor: message.cursor,
          created_by: userId,
        })
        .execute();
      result.push({ storeId, cursor: message.cursor });
    }
    return result;
  });
  for (const entry of queued) channel.notify(entry.storeId);
  return queued;
}

/**
 * A store holds no product under any other id, and ignores a unit price outside what it takes: it
 * would drop the message while HQ believes it sent. Checked here, where every caller passes (the
 * JSON API and the portal's form, whose typed reais may be any size), in pt-BR for the person.
 */
function refuseWhatNoStoreTakes(change: ProductChange): void {
  const details: { path: string; message: string }[] = [];
  if (!STORE_CATALOG_ID.test(change.productId)) {
    details.push({ path: 'productId', message: 'use de 1 a 64 letras, dígitos, _ ou -' });
  }
  const price = change.priceCents;
  if (price !== undefined && !(Number.isSafeInteger(price) && price >= 0 && price <= MAX_PUSHED_PRICE_CENTS)) {
    details.push({ path: 'priceCents', message: `o preço vai de ${brl(0)} a ${brl(MAX_PUSHED_PRICE_CENTS)} por unidade` });
  }
  if (details.length > 0) throw new RelayError('VALIDATION_FAILED', 400, { details });
}

/**
 * A store ignores a change for a product it does not have, and tells HQ nothing: HQ hears it now,
 * store by store, and nothing is queued (HQ sends again to the stores that have it). What a store
 * has is its replicated catalog (`pos_modern.products`), the very list HQ's catalog page offers.
 * Unknown store ids are left to the 404 that follows.
 */
async function refuseStoresWithoutProduct(trx: RelayDb, productId: string, storeIds: readonly string[]): Promise<void> {
  const stores = await trx
    .selectFrom('relay.stores as s')
    .select(['s.id', 's.code'])
    .select((eb) => eb.exists(eb.selectFrom('pos_modern.products as p').select('p.id').whereRef('p.store_id', '=', 's.id').where('p.id', '=', productId)).as('has_product'))
    .where('s.id', 'in', storeIds)
    .orderBy('s.code')
    .execute();
  if (stores.length < new Set(storeIds).size) return;
  const missing = stores.filter((store) => !store.has_product);
  if (missing.length === 0) return;
  throw new RelayError('PRODUCT_NOT_IN_STORE', 409, {
    params: { productId, stores: missing.map((store) => store.code).join(', ') },
    details: missing.map((store) => ({ storeId: store.id, storeCode: store.code })),
  });
}

/** Pushes an HQ setting (hq-settings.ts: pricing rule, receipt header/footer, cashier limits) to stores. */
export async function pushConfiguration(
  db: RelayDb,
  channel: DownstreamChannel,
  input: { storeIds: string[]; key: string; value: unknown },
  userId: string | null,
): Promise<{ storeId: string; cursor: number }[]> {
  const queued = await db.transaction().execute(async (trx) => {
    const result: { storeId: string; cursor: number }[] = [];
    await channel.lockStores(trx, input.storeIds);
    for (const storeId of input.storeIds) {
      const store = await trx.selectFrom('relay.stores').select('id').where('id', '=', storeId).executeTakeFirst();
      if (!store) throw new RelayError('STORE_NOT_FOUND', 404, { messageKey: 'STORE_ID_NOT_FOUND', params: { storeId } });
      const message = await channel.enqueue(trx, {
        storeId,
        type: 'configuration.changed',
        payload: { key: input.key, value: input.value },
        createdBy: userId,
      });
      result.push({ storeId, cursor: message.cursor });
    }
    return result;
  });
  for (const entry of queued) channel.notify(entry.storeId);
  return queued;
}

/** How a product price or availability push is listed among the settings pushes; its value is the change. */
const PRODUCT_CHANGE_KEY = 'catalog.product';

export interface ConfigurationPush {
  messageId: string;
  storeId: string;
  /** The setting pushed, or `catalog.product` for a price or availability change (value: productId, priceCents, active). */
  key: string;
  value: unknown;
  createdAt: string;
  /** When the store fetched and acknowledged the message. */
  deliveredAt: string | null;
  /** What the store did with it, from its journal: null until that event reached the relay. */
  outcome: 'APPLIED' | 'REJECTED' | null;
  outcomeReason: string | null;
  outcomeAt: string | null;
}

/**
 * The settings and product change pushes, newest first, with each store's acknowledgement and
 * outcome: a price change the store could not take (it dropped the product, or set its own price
 * since) is listed as rejected with the store's reason.
 */
export async function listConfigurationPushes(db: RelayDb, storeId?: string): Promise<ConfigurationPush[]> {
  let query = db
    .selectFrom('relay.downstream_messages')
    .select(['id', 'type', 'store_id', 'payload', 'created_at', 'acked_at', 'outcome', 'outcome_reason', 'outcome_at'])
    .where('type', 'in', ['configuration.changed', 'catalog.product_changed'])
    .orderBy('cursor', 'desc')
    .limit(500);
  if (storeId) query = query.where('store_id', '=', storeId);
  const rows = await query.execute();
  return rows.map((row) => ({
    messageId: row.id,
    storeId: row.store_id,
    ...(row.type === 'catalog.product_changed' ? { key: PRODUCT_CHANGE_KEY, value: row.payload } : { key: row.payload.key, value: row.payload.value }),
    createdAt: row.created_at.toISOString(),
    deliveredAt: row.acked_at?.toISOString() ?? null,
    outcome: row.outcome,
    outcomeReason: row.outcome_reason,
    outcomeAt: row.outcome_at?.toISOString() ?? null,
  }));
}
