import { businessRule } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { formatBrl } from '../kernel/money.js';
import { findPayment, orderBalance } from './queries.js';
import type { OrderBalance, Payment, PaymentProvider, SplitRule, TenderMethod } from './types.js';

export interface TenderInput {
  paymentId?: string;
  orderId: string;
  orderTotalCents: number;
  businessDayId: string;
  businessDate: string;
  method: TenderMethod;
  /** What this tender pays of the bill; defaults to min(tendered, remaining), or the whole remainder. */
  amountCents?: number;
  /** Cash handed over; change = tendered − amount. */
  tenderedCents?: number;
  provider: PaymentProvider;
  providerRef?: string | null;
  payerLabel?: string | null;
  cashierSessionId?: string | null;
  splitRules?: SplitRule[];
  details?: Record<string, unknown>;
  pix?: { qrPayload: string; qrImageBase64: string | null } | null;
}

export interface TenderResult {
  payment: Payment;
  balance: OrderBalance;
}

/** Amount and change of a tender against what is still due; cash may exceed it (change), others not. */
export function settleAmounts(input: Pick<TenderInput, 'method' | 'amountCents' | 'tenderedCents'>, remainingCents: number) {
  if (remainingCents <= 0) throw businessRule('PAYMENT_ORDER_ALREADY_PAID');
  if (input.method !== 'CASH' && input.tenderedCents !== undefined && input.tenderedCents !== input.amountCents) {
    throw businessRule('PAYMENT_CHANGE_CASH_ONLY');
  }
  // Without an amount the tender pays whatever is left.
  const tendered = input.tenderedCents ?? input.amountCents ?? remainingCents;
  const amountCents = input.amountCents ?? Math.min(tendered, remainingCents);
  if (amountCents > remainingCents) {
    throw businessRule('PAYMENT_EXCEEDS_BALANCE', { remainingCents }, { balance: formatBrl(remainingCents) });
  }
  if (tendered < amountCents) throw businessRule('PAYMENT_TENDER_TOO_LOW', { tenderedCents: tendered, amountCents });
  return { amountCents, tenderedCents: tendered, changeCents: tendered - amountCents };
}

function insertPayment(tx: CommandTx, input: TenderInput, status: 'PENDING' | 'CAPTURED'): Payment {
  const balance = orderBalance(tx.db, input.orderId, input.orderTotalCents);
  const amounts = settleAmounts(input, balance.remainingCents);
  const splitTotal = (input.splitRules ?? []).reduce((s, r) => s + r.amountCents, 0);
  if (splitTotal > amounts.amountCents) throw businessRule('PAYMENT_SPLIT_EXCEEDS', { splitTotal });
  const id = input.paymentId ?? newId();
  tx.prepare(
      `INSERT INTO payments (id, order_id, business_day_id, business_date, method, status, amount_cents, tendered_cents, change_cents,
         provider, provider_ref, payer_label, cashier_session_id, operator_id, pix_qr_payload, pix_qr_image, details, created_at, captured_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      input.orderId,
      input.businessDayId,
      input.businessDate,
      input.method,
      status,
      amounts.amountCents,
      amounts.tenderedCents,
      amounts.changeCents,
      input.provider,
      input.providerRef ?? null,
      input.payerLabel ?? null,
      input.cashierSessionId ?? null,
      tx.actor?.id ?? null,
      input.pix?.qrPayload ?? null,
      input.pix?.qrImageBase64 ?? null,
      JSON.stringify(input.details ?? {}),
      tx.nowIso,
      status === 'CAPTURED' ? tx.nowIso : null,
    );
  for (const rule of input.splitRules ?? []) {
    tx.prepare('INSERT INTO payment_split_rules (id, payment_id, account_id, amount_cents, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(newId(), id, rule.accountId, rule.amountCents, tx.nowIso);
  }
  return findPayment(tx.db, id)!;
}

export function emitCaptured(tx: CommandTx, payment: Payment): void {
  tx.emit({
    type: 'payment.captured',
    aggregateType: 'payment',
    aggregateId: payment.id,
    payload: {
      paymentId: payment.id,
      orderId: payment.orderId,
      businessDate: payment.businessDate,
      method: payment.method,
      amountCents: payment.amountCents,
      tenderedCents: payment.tenderedCents,
      changeCents: payment.changeCents,
      provider: payment.provider,
      providerRef: payment.providerRef,
      payerLabel: payment.payerLabel,
      cashierSessionId: payment.cashierSessionId,
      splitRules: splitRulesOf(tx, payment.id),
    },
  });
}

function splitRulesOf(tx: CommandTx, paymentId: string): SplitRule[] {
  return tx.prepare('SELECT account_id AS accountId, amount_cents AS amountCents FROM payment_split_rules WHERE payment_id = ? ORDER BY rowid').all(paymentId) as SplitRule[];
}

/** Records a tender that is already final (cash, approved card, manual) and emits `payment.captured`. */
export function captureTender(tx: CommandTx, input: TenderInput): TenderResult {
  const payment = insertPayment(tx, input, 'CAPTURED');
  emitCaptured(tx, payment);
  return { payment, balance: orderBalance(tx.db, input.orderId, input.orderTotalCents) };
}

/** Records a PIX charge waiting for the gateway's confirmation; it holds its share of the bill. */
export function recordPendingTender(tx: CommandTx, input: TenderInput): TenderResult {
  const payment = insertPayment(tx, input, 'PENDING');
  tx.emit({
    type: 'payment.pending',
    aggregateType: 'payment',
    aggregateId: payment.id,
    payload: { paymentId: payment.id, orderId: payment.orderId, businessDate: payment.businessDate, method: payment.method, amountCents: payment.amountCents, provider: payment.provider, providerRef: payment.providerRef },
  });
  return { payment, balance: orderBalance(tx.db, input.orderId, input.orderTotalCents) };
}
