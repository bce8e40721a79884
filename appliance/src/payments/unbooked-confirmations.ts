import type { Db } from '../kernel/db/open.js';
import { businessRule, conflict, notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { UnbookedConfirmationKind } from './lifecycle.js';
import type { PaymentProvider } from './types.js';

/** What the manager did with money the store did not book. */
export const UNBOOKED_RESOLUTIONS = ['REFUNDED_AT_GATEWAY', 'BOOKED_ON_ANOTHER_SALE', 'OTHER'] as const;
export type UnbookedResolution = (typeof UNBOOKED_RESOLUTIONS)[number];

export interface UnbookedConfirmation {
  id: string;
  paymentId: string;
  orderId: string;
  kind: UnbookedConfirmationKind;
  provider: PaymentProvider;
  providerRef: string | null;
  /** What the store charged, and what the gateway says it received. */
  chargedCents: number;
  receivedCents: number;
  createdAt: string;
  resolution: UnbookedResolution | null;
  resolutionNote: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export interface UnbookedResolutionInput {
  resolution: UnbookedResolution;
  /** Required for OTHER: the manager says what was done. */
  note?: string | null;
}

interface Row {
  id: string;
  payment_id: string;
  order_id: string;
  kind: UnbookedConfirmationKind;
  provider: PaymentProvider;
  provider_ref: string | null;
  charged_cents: number;
  received_cents: number;
  created_at: string;
  resolution: UnbookedResolution | null;
  resolution_note: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

const SELECT = `SELECT u.*, p.order_id FROM payment_unbooked_confirmations u JOIN payments p ON p.id = u.payment_id`;

const fromRow = (row: Row): UnbookedConfirmation => ({
  id: row.id,
  paymentId: row.payment_id,
  orderId: row.order_id,
  kind: row.kind,
  provider: row.provider,
  providerRef: row.provider_ref,
  chargedCents: row.charged_cents,
  receivedCents: row.received_cents,
  createdAt: row.created_at,
  resolution: row.resolution,
  resolutionNote: row.resolution_note,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
});

/** The confirmations no manager has resolved yet, newest first. */
export function listOpenUnbookedConfirmations(db: Db): UnbookedConfirmation[] {
  const rows = db.prepare(`${SELECT} WHERE u.resolved_at IS NULL ORDER BY u.created_at DESC, u.rowid DESC`).all() as Row[];
  return rows.map(fromRow);
}

export function findUnbookedConfirmation(db: Db, id: string): UnbookedConfirmation | null {
  const row = db.prepare(`${SELECT} WHERE u.id = ?`).get(id) as Row | undefined;
  return row ? fromRow(row) : null;
}

/**
 * Closes an unbooked confirmation with what the manager did, journaled as
 * `payment.confirmation_resolved`. A retry of the same resolution answers the stored one and
 * journals nothing; another resolution of one already resolved is refused, so the first stands.
 */
export function resolveUnbookedConfirmation(tx: CommandTx, id: string, input: UnbookedResolutionInput): UnbookedConfirmation {
  const current = findUnbookedConfirmation(tx.db, id);
  if (!current) throw notFound('PAYMENT_UNBOOKED_NOT_FOUND', { id });
  const note = input.note?.trim() || null;
  if (current.resolvedAt) {
    if (current.resolution === input.resolution && current.resolutionNote === note) return current;
    throw conflict('PAYMENT_UNBOOKED_ALREADY_RESOLVED', { id, resolution: current.resolution });
  }
  if (input.resolution === 'OTHER' && !note) throw businessRule('PAYMENT_UNBOOKED_NOTE_REQUIRED', { id });
  const resolvedBy = tx.actor?.id ?? null;
  tx.db
    .prepare('UPDATE payment_unbooked_confirmations SET resolution = ?, resolution_note = ?, resolved_by = ?, resolved_at = ? WHERE id = ?')
    .run(input.resolution, note, resolvedBy, tx.nowIso, id);
  tx.emit({
    type: 'payment.confirmation_resolved',
    aggregateType: 'payment',
    aggregateId: current.paymentId,
    payload: {
      confirmationId: id,
      paymentId: current.paymentId,
      orderId: current.orderId,
      kind: current.kind,
      provider: current.provider,
      providerRef: current.providerRef,
      chargedCents: current.chargedCents,
      receivedCents: current.receivedCents,
      resolution: input.resolution,
      note,
      resolvedBy,
    },
  });
  return findUnbookedConfirmation(tx.db, id)!;
}
