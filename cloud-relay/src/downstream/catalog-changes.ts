import crypto from 'node:crypto';
import type { RelayDb } from '../db/database.js';
import { RelayError } from '../http/envelope.js';
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
    throw new RelayError('NOTHING_TO_CHANGE', 400, 'Give a new price or availability.');
  }
  const queued = await db.transaction().execute(async (trx) => {
    const result: { storeId: string; cursor: number }[] = [];
    for (const storeId of change.storeIds) {
      const store = await trx.selectFrom('relay.stores').select('id').where('id', '=', storeId).executeTakeFirst();
      if (!store) throw new RelayError('STORE_NOT_FOUND', 404, `Store ${storeId} not found.`);
      const message = await channel.enqueue(trx, {
        storeId,
        type: 'catalog.product_changed',
        payload: { productId: change.productId, priceCents: change.priceCents ?? null, active: change.active ?? null },
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

/** Pushes a configuration key/value to stores (e.g. receipt footer, service charge). */
export async function pushConfiguration(
  db: RelayDb,
  channel: DownstreamChannel,
  input: { storeIds: string[]; key: string; value: unknown },
  userId: string | null,
): Promise<{ storeId: string; cursor: number }[]> {
  const queued = await db.transaction().execute(async (trx) => {
    const result: { storeId: string; cursor: number }[] = [];
    for (const storeId of input.storeIds) {
      const store = await trx.selectFrom('relay.stores').select('id').where('id', '=', storeId).executeTakeFirst();
      if (!store) throw new RelayError('STORE_NOT_FOUND', 404, `Store ${storeId} not found.`);
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
