import { z } from 'zod';
import { businessRule, notFound } from '../kernel/errors.js';
import type { Db } from '../kernel/db/open.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { safeText } from '../kernel/safe-text.js';
import { getOrder, isSettled } from '../orders/index.js';
import { listPaymentsOfOrder, orderBalance } from '../payments/index.js';
import { findTab, partAlreadyPaid } from '../tables/index.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { type BookCard, chargeCard } from './card-tender.js';
import { payWithServiceCharge, tenderServiceShare } from './service-charge.js';
import { closeSettledTab } from './table-tabs.js';

const tableCardBody = lazySchema(() =>
  z.object({
    // Only the card terminal: cash, PIX and manual tenders stay at the till.
    method: z.enum(['CREDIT', 'DEBIT']),
    amountCents: z.number().int().min(1).max(10_000_000_00).optional(),
    installments: z.number().int().min(1).max(24).optional(),
    /** The split part this card pays (`seat 2`, `1/3`), kept on the payment for the till and the reports. */
    payerLabel: safeText(60).optional(),
  }),
);

const tableCardAnswer = () =>
  import('../payments/index.js')
    .then((p) => p.paymentAnswers())
    .then((a) =>
      a.tenderAnswer.extend({
        tab: z.object({ id: z.string(), status: z.enum(['OPEN', 'CLOSING', 'CLOSED', 'MERGED']) }),
        /** This payment's share of the tab's service charge (the staff's; not in `payment.amountCents`, the goods). */
        serviceChargeCents: z.number().int(),
        /** What the card was charged: the goods plus the service charge share. */
        chargedCents: z.number().int(),
      }),
    );

/**
 * A split part is paid once: the same part (its `payerLabel`) charged again, from a second phone or
 * a split still on screen, is refused; checked before the card is asked and again in the booking
 * transaction (two phones at once: the second card is undone).
 */
function refusePaidPart(db: Db, orderIds: readonly string[], tabId: string, payerLabel: string | undefined): void {
  if (payerLabel === undefined) return;
  const paid = orderIds.some((orderId) => listPaymentsOfOrder(db, orderId).some((p) => p.payerLabel === payerLabel && p.status === 'CAPTURED' && p.refundedCents < p.amountCents));
  if (paid) throw partAlreadyPaid(tabId, payerLabel);
}

/**
 * The tab's order the card pays. A tab is one order unless an order with money on it joined
 * (`mergeTables`): then the first order (in the order they joined the tab) whose balance takes
 * the whole amount, or without one the first with something due (a larger part is refused
 * with that order's balance).
 */
function orderDue(db: Db, tabId: string, amountCents: number | undefined, payerLabel: string | undefined): string {
  const tab = findTab(db, tabId);
  if (!tab) throw notFound('TAB_NOT_FOUND', { tabId });
  if (tab.status !== 'OPEN' && tab.status !== 'CLOSING') throw businessRule('TAB_NOT_OPEN', { tabId, status: tab.status });
  refusePaidPart(db, tab.orderIds, tabId, payerLabel);
  const due = tab.orderIds.flatMap((orderId) => {
    const order = getOrder(db, orderId);
    if (!order || order.status === 'CANCELLED' || order.paidAt || order.writeOff) return [];
    const { remainingCents } = orderBalance(db, orderId, order.totalCents);
    return remainingCents > 0 ? [{ orderId, remainingCents }] : [];
  });
  if (due.length === 0) throw businessRule('PAYMENT_ORDER_ALREADY_PAID', { tabId });
  return (due.find((d) => amountCents === undefined || d.remainingCents >= amountCents) ?? due[0]).orderId;
}

/** Settled in full (every order paid or cancelled): the tab closes and its tables are free, in the same transaction. */
function closeIfSettled(tx: CommandTx, tabId: string): { id: string; status: string } {
  const tab = findTab(tx.db, tabId)!;
  const open = tab.orderIds.some((id) => {
    const order = getOrder(tx.db, id);
    return order && order.status !== 'CANCELLED' && !isSettled(order);
  });
  return open ? { id: tab.id, status: tab.status } : { id: tab.id, status: closeSettledTab(tx, tabId).status };
}

/**
 * Payment at the table: the waiter's phone charges part or all of a tab on the store's TEF card
 * terminal, the same authorize → book → confirm/undo flow as the till. This is all a waiter may
 * pay (`payments.table_card`, not `payments.capture`): only an open tab's own orders, only by
 * card through the terminal, never more than is due, and a split part (its `payerLabel`) once. The
 * last part frees the table.
 * `amountCents` is the goods this card pays (a split part); the card is charged that plus the
 * part's share of the service charge unless the guests declined it (`/tabs/{id}/service-charge`).
 */
export function registerTableCardPayment(ctx: ModuleContext): void {
  ctx.api.post(
    '/tabs/:id/card-payments',
    routeDoc({
      tag: 'tables',
      summary: 'Pay (part of) a tab by card on the TEF terminal, at the table',
      description: 'Pays the tab\'s order (a tab that an order with money on it joined: the first whose balance takes the amount); the tab closes and the table is free once everything is paid.',
      body: tableCardBody,
      status: 201,
      response: tableCardAnswer,
      errors: { 404: ['TAB_NOT_FOUND'], 422: ['TAB_NOT_OPEN', 'TAB_PART_ALREADY_PAID', 'PAYMENT_ORDER_ALREADY_PAID', 'PAYMENT_EXCEEDS_BALANCE', 'PAYMENT_CARD_DECLINED', 'PAYMENT_CARD_TIMEOUT', 'PAYMENT_CARD_PARTIAL', 'PAYMENT_TEF_NOT_CONFIGURED', 'SERVICE_CHARGE_CHANGED', 'CASHIER_SESSION_CLOSED'] },
    }),
    requirePermission('payments.table_card'),
    async (c) => {
      const tabId = readParam(c, 'id');
      const body = await readJson(c, tableCardBody);
      const book: BookCard = (tx, orderId, amountCents, provider, surchargeCents) => {
        refusePaidPart(tx.db, findTab(tx.db, tabId)?.orderIds ?? [], tabId, body.payerLabel);
        const paid = payWithServiceCharge(tx, orderId, { ...body, amountCents }, provider, surchargeCents);
        return { ...paid, tab: closeIfSettled(tx, tabId) };
      };
      const serviceShare = (orderId: string, amountCents: number) => tenderServiceShare(ctx.db, orderId, amountCents);
      return chargeCard(c, ctx, 'tables.card_payment', () => orderDue(ctx.db, tabId, body.amountCents, body.payerLabel), body, book, serviceShare);
    },
  );
}
