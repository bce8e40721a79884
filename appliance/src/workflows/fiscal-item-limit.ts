import { getProductsForSale } from '../catalog/index.js';
import type { Db } from '../kernel/db/open.js';
import { businessRule } from '../kernel/errors.js';
import type { Order } from '../orders/index.js';
import { configuredFiscal } from './fiscal-emission.js';
import { buildPaidOrder } from './fiscal-paid-order.js';

/**
 * Refuses (422 ORDER_TOO_MANY_ITEMS_FOR_FISCAL_DOCUMENT) taking money for an order with more lines
 * than its fiscal document takes (CF-e SAT 500, NFC-e and NF-e 990): paid, it could never be
 * documented and would wait in the fiscal backlog until a manager waived it. The lines counted are
 * those the document would carry; an order of a store that issues no documents is not checked.
 * The emission's own check stays, for lines added after a first tender.
 */
export function assertOrderFitsFiscalDocument(db: Db, order: Order): void {
  const fiscal = configuredFiscal({ db });
  if (!fiscal) return;
  const max = fiscal.itemLimitFor(order.id);
  // Most orders are far below the limit: only a long one needs its catalog products read.
  if (order.items.length <= max) return;
  const count = buildPaidOrder(order, getProductsForSale(db, order.items.map((item) => item.productId)), [])?.lines.length ?? 0;
  if (count > max) throw businessRule('ORDER_TOO_MANY_ITEMS_FOR_FISCAL_DOCUMENT', { orderId: order.id, count, max }, { count, max });
}
