import type { Db } from '../kernel/db/open.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ReconciliationLine, ReconciliationResult } from './reconciliation.js';

export type DifferenceKind = 'AMOUNT_MISMATCH' | 'MISSING_IN_SETTLEMENT' | 'UNKNOWN_TO_STORE';

export interface ReconciliationAlert {
  id: string;
  reconciliationId: string;
  gateway: string;
  kind: DifferenceKind;
  gatewayPaymentId: string;
  paymentId: string | null;
  recordedCents: number | null;
  settledCents: number | null;
  differenceCents: number;
  from: string;
  to: string;
  createdAt: string;
}

interface AlertRow {
  id: string;
  reconciliation_id: string;
  gateway: string;
  kind: DifferenceKind;
  gateway_payment_id: string;
  payment_id: string | null;
  recorded_cents: number | null;
  settled_cents: number | null;
  difference_cents: number;
  date_from: string;
  date_to: string;
  created_at: string;
}

/** One alert per difference, stored for the back office and journaled (`payment.reconciliation_difference`). */
export function raiseDifferenceAlerts(tx: CommandTx, result: ReconciliationResult): void {
  const lines: [DifferenceKind, ReconciliationLine][] = [
    ...result.amountMismatch.map((line) => ['AMOUNT_MISMATCH', line] as [DifferenceKind, ReconciliationLine]),
    ...result.missingInSettlement.map((line) => ['MISSING_IN_SETTLEMENT', line] as [DifferenceKind, ReconciliationLine]),
    ...result.unknownToStore.map((line) => ['UNKNOWN_TO_STORE', line] as [DifferenceKind, ReconciliationLine]),
  ];
  const insert = tx.prepare(
    `INSERT INTO payment_reconciliation_alerts (id, reconciliation_id, gateway, kind, gateway_payment_id, payment_id, recorded_cents, settled_cents, difference_cents, date_from, date_to, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [kind, line] of lines) {
    const alertId = newId();
    const differenceCents = (line.settledCents ?? 0) - (line.recordedCents ?? 0);
    insert.run(alertId, result.id, result.gateway, kind, line.gatewayPaymentId, line.paymentId, line.recordedCents, line.settledCents, differenceCents, result.from, result.to, tx.nowIso);
    tx.emit({
      type: 'payment.reconciliation_difference',
      aggregateType: 'reconciliation',
      aggregateId: result.id,
      payload: {
        alertId,
        reconciliationId: result.id,
        gateway: result.gateway,
        kind,
        gatewayPaymentId: line.gatewayPaymentId,
        paymentId: line.paymentId,
        recordedCents: line.recordedCents,
        settledCents: line.settledCents,
        differenceCents,
        from: result.from,
        to: result.to,
      },
    });
  }
}

/** The differences found between `from` and `to` (the sale dates reconciled), newest first. */
export function listReconciliationAlerts(db: Db, filter: { from?: string; to?: string; gateway?: string }): ReconciliationAlert[] {
  const rows = db
    .prepare(
      `SELECT * FROM payment_reconciliation_alerts
        WHERE (@from IS NULL OR date_to >= @from) AND (@to IS NULL OR date_from <= @to) AND (@gateway IS NULL OR gateway = @gateway)
        ORDER BY created_at DESC, rowid DESC LIMIT 1000`,
    )
    .all({ from: filter.from ?? null, to: filter.to ?? null, gateway: filter.gateway ?? null }) as AlertRow[];
  return rows.map((row) => ({
    id: row.id,
    reconciliationId: row.reconciliation_id,
    gateway: row.gateway,
    kind: row.kind,
    gatewayPaymentId: row.gateway_payment_id,
    paymentId: row.payment_id,
    recordedCents: row.recorded_cents,
    settledCents: row.settled_cents,
    differenceCents: row.difference_cents,
    from: row.date_from,
    to: row.date_to,
    createdAt: row.created_at,
  }));
}
