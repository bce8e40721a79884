import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import type { OrderBalance, Payment, PaymentProvider, PaymentStatus, TenderMethod } from './types.js';

interface PaymentRow {
  id: string;
  order_id: string;
  business_day_id: string;
  business_date: string;
  method: TenderMethod;
  status: PaymentStatus;
  amount_cents: number;
  tendered_cents: number;
  change_cents: number;
  refunded_cents: number;
  provider: PaymentProvider;
  provider_ref: string | null;
  payer_label: string | null;
  cashier_session_id: string | null;
  operator_id: string | null;
  pix_qr_payload: string | null;
  pix_qr_image: string | null;
  details: string;
  created_at: string;
  captured_at: string | null;
}

function toPayment(row: PaymentRow): Payment {
  return {
    id: row.id,
    orderId: row.order_id,
    businessDayId: row.business_day_id,
    businessDate: row.business_date,
    method: row.method,
    status: row.status,
    amountCents: row.amount_cents,
    tenderedCents: row.tendered_cents,
    changeCents: row.change_cents,
    refundedCents: row.refunded_cents,
    provider: row.provider,
    providerRef: row.provider_ref,
    payerLabel: row.payer_label,
    cashierSessionId: row.cashier_session_id,
    operatorId: row.operator_id,
    pix: row.pix_qr_payload ? { qrPayload: row.pix_qr_payload, qrImageBase64: row.pix_qr_image } : null,
    details: JSON.parse(row.details),
    createdAt: row.created_at,
    capturedAt: row.captured_at,
  };
}

export function findPayment(db: Db, id: string): Payment | null {
  const row = prepareCached(db, 'SELECT * FROM payments WHERE id = ?').get(id) as PaymentRow | undefined;
  return row ? toPayment(row) : null;
}

export function findPaymentByProviderRef(db: Db, provider: PaymentProvider, providerRef: string): Payment | null {
  const row = prepareCached(db, 'SELECT * FROM payments WHERE provider = ? AND provider_ref = ?').get(provider, providerRef) as PaymentRow | undefined;
  return row ? toPayment(row) : null;
}

export function listPaymentsOfOrder(db: Db, orderId: string): Payment[] {
  return (prepareCached(db, 'SELECT * FROM payments WHERE order_id = ? ORDER BY created_at, rowid').all(orderId) as PaymentRow[]).map(toPayment);
}

/** Charges started on a drawer still waiting for the payer (a PIX on the customer's phone): the drawer's close waits for them. */
export function listPendingPaymentsOfSession(db: Db, cashierSessionId: string): Payment[] {
  return (prepareCached(db, "SELECT * FROM payments WHERE cashier_session_id = ? AND status = 'PENDING' ORDER BY created_at, rowid").all(cashierSessionId) as PaymentRow[]).map(toPayment);
}

export function listPaymentsOfDay(db: Db, businessDayId: string): Payment[] {
  return (prepareCached(db, 'SELECT * FROM payments WHERE business_day_id = ? ORDER BY created_at, rowid').all(businessDayId) as PaymentRow[]).map(toPayment);
}

export function listCapturedByProvider(db: Db, provider: PaymentProvider, fromDate: string, toDate: string): Payment[] {
  return (
    prepareCached(db, "SELECT * FROM payments WHERE provider = ? AND status = 'CAPTURED' AND business_date BETWEEN ? AND ? ORDER BY created_at")
      .all(provider, fromDate, toDate) as PaymentRow[]
  ).map(toPayment);
}

/**
 * What is left to pay. Pending PIX charges hold their share so two tenders can never cover the
 * same centavos. Before the order is settled a refund gives money back that the bill still needs:
 * it is owed again (else the order would settle, and its NFC-e and the Z report count a full sale,
 * on less money than the bill). Once settled (`markOrderSettled`), refunds are corrections after
 * the sale and do not reopen it.
 */
export function orderBalance(db: Db, orderId: string, totalCents: number): OrderBalance {
  const sums = prepareCached(db,
      `SELECT COALESCE(SUM(CASE WHEN p.status = 'CAPTURED' THEN p.amount_cents - CASE WHEN s.order_id IS NULL THEN p.refunded_cents ELSE 0 END END), 0) AS paid,
              COALESCE(SUM(CASE WHEN p.status = 'PENDING' THEN p.amount_cents END), 0) AS pending,
              COALESCE(SUM(CASE WHEN p.status = 'CAPTURED' THEN p.change_cents END), 0) AS change
       FROM payments p LEFT JOIN fiscal_emission_requests s ON s.order_id = p.order_id WHERE p.order_id = ?`,
    )
    .get(orderId) as { paid: number; pending: number; change: number };
  return {
    orderId,
    totalCents,
    paidCents: sums.paid,
    pendingCents: sums.pending,
    remainingCents: Math.max(0, totalCents - sums.paid - sums.pending),
    changeCents: sums.change,
  };
}

/** What the order's captured payments still hold after their refunds: the money a cancellation would keep. */
export function orderKeptCents(db: Db, orderId: string): number {
  return prepareCached(db, "SELECT COALESCE(SUM(amount_cents - refunded_cents), 0) FROM payments WHERE order_id = ? AND status = 'CAPTURED'").pluck().get(orderId) as number;
}

/**
 * What the order's captured payments still hold after their refunds, in all and in cash (the
 * change given back is not in a payment's amount), and how many payments were captured.
 */
export function orderKeptByMethod(db: Db, orderId: string): { totalCents: number; cashCents: number; captured: number } {
  return prepareCached(
    db,
    `SELECT COALESCE(SUM(amount_cents - refunded_cents), 0) AS totalCents,
            COALESCE(SUM(CASE WHEN method = 'CASH' THEN amount_cents - refunded_cents ELSE 0 END), 0) AS cashCents,
            count(*) AS captured
       FROM payments WHERE order_id = ? AND status = 'CAPTURED'`,
  ).get(orderId) as { totalCents: number; cashCents: number; captured: number };
}

export interface RefundRow {
  refundId: string;
  paymentId: string;
  orderId: string;
  method: TenderMethod;
  amountCents: number;
  operatorId: string | null;
  managerId: string | null;
  businessDate: string;
  createdAt: string;
}

/** Refunds booked on a business date (the day they happened, whatever day the sale was). */
export function listRefundsOfDate(db: Db, businessDate: string): RefundRow[] {
  return prepareCached(db,
      `SELECT r.id AS refundId, r.payment_id AS paymentId, p.order_id AS orderId, p.method, r.amount_cents AS amountCents,
              r.operator_id AS operatorId, r.manager_id AS managerId, r.business_date AS businessDate, r.created_at AS createdAt
       FROM payment_refunds r JOIN payments p ON p.id = r.payment_id WHERE r.business_date = ? ORDER BY r.created_at`,
    )
    .all(businessDate) as RefundRow[];
}
