import { newId } from '../kernel/ids.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Settlement } from './gateways/pix-gateway.js';
import { findPaymentByProviderRef, listCapturedByProvider } from './queries.js';
import { raiseDifferenceAlerts } from './reconciliation-alerts.js';
import type { Payment, PaymentProvider } from './types.js';

export interface ReconciliationLine {
  paymentId: string | null;
  gatewayPaymentId: string;
  recordedCents: number | null;
  settledCents: number | null;
  netCents: number | null;
}

export interface ReconciliationResult {
  id: string;
  gateway: PaymentProvider;
  from: string;
  to: string;
  matched: ReconciliationLine[];
  /** Same charge on both sides, different amounts. */
  amountMismatch: ReconciliationLine[];
  /** We recorded it captured; the gateway did not settle it. */
  missingInSettlement: ReconciliationLine[];
  /** The gateway settled it; we have no captured payment for it. */
  unknownToStore: ReconciliationLine[];
  totals: { recordedCents: number; settledCents: number; matchedCents: number; netSettledCents: number; differenceCents: number };
}

/**
 * Matches our captured payments with the gateway's (or, for TEF, the acquirer's: by NSU) settlements
 * by the provider's payment id, and raises one alert per difference. Gateways list a charge by its
 * gross value while it holds money, and drop it once refunded in full, so a payment is compared by
 * its captured amount and one refunded in full is expected only if the gateway still lists it.
 */
export function reconcile(
  tx: CommandTx,
  gateway: PaymentProvider,
  from: string,
  to: string,
  settlements: Settlement[],
  /** SHA-256 of the settlement file it came from: a file is reconciled once (see reconciledFile). */
  sourceSha256: string | null = null,
): ReconciliationResult {
  const recorded = listCapturedByProvider(tx.db, gateway, from, to);
  const recordedRefs = new Set(recorded.map((p) => p.providerRef ?? ''));
  // Received on these dates for a sale of another business day (one that ran past midnight): that
  // day's reconciliation matches it, so it is neither unknown here nor part of these totals.
  const ofTheseDays = settlements.filter((s) => recordedRefs.has(s.gatewayPaymentId) || !isOfAnotherBusinessDay(tx.db, gateway, s.gatewayPaymentId));
  const byRef = new Map(ofTheseDays.map((s) => [s.gatewayPaymentId, s]));
  const seen = new Set<string>();
  const result: ReconciliationResult = {
    id: newId(),
    gateway,
    from,
    to,
    matched: [],
    amountMismatch: [],
    missingInSettlement: [],
    unknownToStore: [],
    totals: { recordedCents: 0, settledCents: 0, matchedCents: 0, netSettledCents: 0, differenceCents: 0 },
  };
  for (const payment of recorded) {
    const ref = payment.providerRef ?? '';
    const settlement = byRef.get(ref);
    // Refunded in full and no longer listed by the gateway: both sides agree the money went back.
    if (!settlement && isRefundedInFull(payment)) continue;
    result.totals.recordedCents += payment.amountCents;
    const line: ReconciliationLine = {
      paymentId: payment.id,
      gatewayPaymentId: ref,
      recordedCents: payment.amountCents,
      settledCents: settlement?.amountCents ?? null,
      netCents: settlement?.netAmountCents ?? null,
    };
    if (!settlement) result.missingInSettlement.push(line);
    else {
      seen.add(ref);
      if (settlement.amountCents === payment.amountCents) {
        result.matched.push(line);
        result.totals.matchedCents += payment.amountCents;
      } else result.amountMismatch.push(line);
    }
  }
  for (const s of ofTheseDays) {
    result.totals.settledCents += s.amountCents;
    result.totals.netSettledCents += s.netAmountCents ?? s.amountCents;
    if (!seen.has(s.gatewayPaymentId)) {
      result.unknownToStore.push({ paymentId: null, gatewayPaymentId: s.gatewayPaymentId, recordedCents: null, settledCents: s.amountCents, netCents: s.netAmountCents });
    }
  }
  result.totals.differenceCents = result.totals.settledCents - result.totals.recordedCents;
  tx.db
    .prepare('INSERT INTO payment_reconciliations (id, gateway, date_from, date_to, result, created_at, source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(result.id, gateway, from, to, JSON.stringify(result), tx.nowIso, sourceSha256);
  tx.emit({
    type: 'payment.reconciled',
    aggregateType: 'reconciliation',
    aggregateId: result.id,
    payload: {
      reconciliationId: result.id,
      gateway,
      from,
      to,
      totals: result.totals,
      counts: { matched: result.matched.length, amountMismatch: result.amountMismatch.length, missingInSettlement: result.missingInSettlement.length, unknownToStore: result.unknownToStore.length },
    },
  });
  raiseDifferenceAlerts(tx, result);
  return result;
}

/** A captured payment of the store carries this reference (it is not in the dates being reconciled). */
function isOfAnotherBusinessDay(db: Db, gateway: PaymentProvider, gatewayPaymentId: string): boolean {
  return findPaymentByProviderRef(db, gateway, gatewayPaymentId)?.status === 'CAPTURED';
}

/**
 * A gateway lists what it received by calendar date, while a business day may run past midnight
 * (a bar open until 02:00): to reconcile business days `from`..`to` it is asked up to the calendar
 * day after `to`.
 */
export function gatewayListingEnd(to: string): string {
  const at = new Date(`${to}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
}

/** Of what the gateway received the day after `to`, only the charges of business days `from`..`to`: the rest is the next day's reconciliation. */
export function settlementsOfBusinessDays(db: Db, gateway: PaymentProvider, from: string, to: string, listed: Settlement[]): Settlement[] {
  const recordedRefs = new Set(listCapturedByProvider(db, gateway, from, to).map((p) => p.providerRef ?? ''));
  return listed.filter((s) => s.settledOn <= to || recordedRefs.has(s.gatewayPaymentId));
}

function isRefundedInFull(payment: Payment): boolean {
  return payment.refundedCents === payment.amountCents;
}

/** The reconciliation already made from this file, if any (its bytes' SHA-256). */
export function reconciledFile(db: Db, sourceSha256: string): string | null {
  return (db.prepare('SELECT id FROM payment_reconciliations WHERE source_sha256 = ?').pluck().get(sourceSha256) as string | undefined) ?? null;
}
