import { z } from 'zod';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { deliveriesOutOfTheDoor } from '../delivery/index.js';
import { cancelOrder, getOrder, isSettled, setOrderStatus, type Order } from '../orders/index.js';
import { orderBalance, orderKeptCents } from '../payments/index.js';
import { writeOffInput, writeOffWithApproval } from './order-write-off.js';
import { tableExists } from './store-schema.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/**
 * What the day close can settle in the same call instead of only refusing (`resolve` in the
 * close body). Each open order is listed with a stable code and the resolution that clears it.
 */
export const closeResolutions = lazySchema(() => z
  .object({
    /** Paid (or written-off) orders left open: they were handed over, complete them. */
    completeHandedOver: z.boolean().optional(),
    /** Orders never confirmed: cancel them. */
    cancelDrafts: z.boolean().optional(),
    /** Confirmed orders with a balance due: the closing manager writes them off and completes them. */
    writeOffUnpaid: writeOffInput.optional(),
  })
  .strict());
export type CloseResolutions = z.infer<typeof closeResolutions>;

export type OpenOrderCode = 'ORDER_DRAFT' | 'ORDER_PAID_DRAFT' | 'ORDER_NOT_HANDED_OVER' | 'ORDER_UNPAID' | 'ORDER_PAYMENT_PENDING' | 'ORDER_OUT_FOR_DELIVERY';

export interface OpenOrderBlocker {
  orderId: string;
  number: number;
  status: string;
  channel: string;
  code: OpenOrderCode;
  /** The `resolve` option that clears it; null when someone must act first (a PIX still pending). */
  resolution: keyof CloseResolutions | null;
}

const RESOLUTION: Record<OpenOrderCode, keyof CloseResolutions | null> = {
  ORDER_DRAFT: 'cancelDrafts',
  // Paid but never confirmed (a kiosk order the kitchen routing refused): someone confirms it or refunds it.
  ORDER_PAID_DRAFT: null,
  ORDER_NOT_HANDED_OVER: 'completeHandedOver',
  ORDER_UNPAID: 'writeOffUnpaid',
  ORDER_PAYMENT_PENDING: null,
  // Unpaid and with one of the store's couriers: the cash is on the street. Take it at the till (which completes the order) rather than write it off.
  ORDER_OUT_FOR_DELIVERY: null,
};

function codeOf(db: Db, order: Order, outWithCourier: ReadonlySet<string>): OpenOrderCode {
  const pending = orderBalance(db, order.id, order.totalCents).pendingCents > 0;
  if (order.status === 'DRAFT') return pending ? 'ORDER_PAYMENT_PENDING' : orderKeptCents(db, order.id) > 0 ? 'ORDER_PAID_DRAFT' : 'ORDER_DRAFT';
  if (isSettled(order)) return 'ORDER_NOT_HANDED_OVER';
  if (pending) return 'ORDER_PAYMENT_PENDING';
  return outWithCourier.has(order.id) ? 'ORDER_OUT_FOR_DELIVERY' : 'ORDER_UNPAID';
}

/** Every order still open, whatever its day (orders keep no per-day "open" query: its status column is the contract). */
export function openOrderBlockers(db: Db): OpenOrderBlocker[] {
  const ids = db.prepare("SELECT id FROM orders WHERE status NOT IN ('COMPLETED', 'CANCELLED') ORDER BY business_date, number").pluck().all() as string[];
  const outWithCourier = new Set(tableExists(db, 'deliveries') ? deliveriesOutOfTheDoor(db).map((d) => d.orderId) : []);
  return ids.map((id) => {
    const order = getOrder(db, id)!;
    const code = codeOf(db, order, outWithCourier);
    return { orderId: order.id, number: order.number, status: order.status, channel: order.channel, code, resolution: RESOLUTION[code] };
  });
}

/** Walks a settled order out of the kitchen and hands it over (the closing manager may make every step). */
function handOver(tx: CommandTx, orderId: string): void {
  const order = getOrder(tx.db, orderId)!;
  if (order.status === 'CONFIRMED' || order.status === 'PREPARING') setOrderStatus(tx, orderId, 'READY');
  setOrderStatus(tx, orderId, 'COMPLETED');
}

/** Applies the resolutions the closing manager chose, inside the close command. */
export function resolveOpenOrders(tx: CommandTx, resolutions: CloseResolutions): void {
  for (const blocker of openOrderBlockers(tx.db)) {
    if (blocker.code === 'ORDER_DRAFT' && resolutions.cancelDrafts) cancelOrder(tx, blocker.orderId, 'dia fechado sem confirmação');
    else if (blocker.code === 'ORDER_NOT_HANDED_OVER' && resolutions.completeHandedOver) handOver(tx, blocker.orderId);
    else if (blocker.code === 'ORDER_UNPAID' && resolutions.writeOffUnpaid) {
      writeOffWithApproval(tx, blocker.orderId, resolutions.writeOffUnpaid, null);
      handOver(tx, blocker.orderId);
    }
  }
}
