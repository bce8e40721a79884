import type { Context } from 'hono';
import type { Db } from '../kernel/db/open.js';
import { isValidCnpj } from '../kernel/cnpj.js';
import { isValidCpf, maskCpf } from '../kernel/cpf.js';
import { businessRule, notFound } from '../kernel/errors.js';
import type { AppEnv } from '../kernel/http/env.js';
import { holdsPermission } from '../kernel/http/permissions.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { assertMayChange } from './guards.js';
import { getOrder, type Order } from './model.js';
import { sealConsumerTaxId } from './sealed-tax-id.js';
import { isOpen } from './state-machine.js';

/**
 * "CPF na nota": the consumer's CPF (11 digits) or CNPJ (14 characters, numeric or alphanumeric
 * since IN RFB 2.229/2024) as typed at the till, with or without its dots, dash and slash, in any
 * case. Check digits must hold; a wrong one is refused here so the fiscal document never fails on
 * it after payment.
 */
export function normalizeConsumerTaxId(value: string): string {
  const taxId = value.replace(/[.\-/\s]/g, '').toUpperCase();
  const valid = taxId.length === 11 ? isValidCpf(taxId) : taxId.length === 14 ? isValidCnpj(taxId) : false;
  if (!valid) throw businessRule('ORDER_CONSUMER_TAX_ID_INVALID', { length: taxId.length });
  return taxId;
}

/** Throws when the order may not take a consumer's CPF/CNPJ; runs in the command's transaction. */
export type ConsumerTaxIdGuard = (tx: CommandTx, order: Order) => void;

const consumerTaxIdGuards = new WeakMap<Db, ConsumerTaxIdGuard>();

/**
 * Whether an order may take a CPF/CNPJ also depends on its customer (an erased customer's open
 * order takes no personal data again), which this module does not know: the workflow that knows
 * both decides, for the store whose database this is.
 */
export function guardConsumerTaxIds(db: Db, guard: ConsumerTaxIdGuard): void {
  consumerTaxIdGuards.set(db, guard);
}

/** Sets (or clears, with null) the consumer's CPF/CNPJ of an order that is not paid yet. */
export function setConsumerTaxId(tx: CommandTx, orderId: string, value: string | null): Order {
  const current = getOrder(tx.db, orderId);
  if (!current) throw notFound('ORDER_NOT_FOUND', { orderId });
  assertMayChange(tx, current);
  if (!isOpen(current.status) || current.paidAt) throw businessRule('ORDER_CONSUMER_TAX_ID_AFTER_PAYMENT', { orderId }, { number: current.number });
  const consumerTaxId = value === null ? null : normalizeConsumerTaxId(value);
  // Clearing it is always allowed: it only takes personal data off the order.
  if (consumerTaxId !== null) consumerTaxIdGuards.get(tx.db)?.(tx, current);
  const { sealed, index } = sealConsumerTaxId(vaultOf(tx.db).keyring, orderId, consumerTaxId);
  tx.prepare('UPDATE orders SET consumer_tax_id = ?, consumer_tax_id_index = ?, updated_at = ? WHERE id = ?').run(sealed, index, tx.nowIso, orderId);
  tx.emit({ type: 'order.consumer_tax_id_set', aggregateType: 'order', aggregateId: orderId, payload: { orderId, consumerTaxIdGiven: consumerTaxId !== null } });
  return { ...current, consumerTaxId, updatedAt: tx.nowIso };
}

/**
 * A customer's deletion or anonymization: their orders (attached to them, or where they gave their
 * CPF) forget the CPF/CNPJ given for the receipt. The fiscal documents already issued keep it, under
 * legal hold.
 */
export function forgetConsumerTaxIds(tx: CommandTx, orderIds: readonly string[]): number {
  return tx
    .prepare('UPDATE orders SET consumer_tax_id = NULL, consumer_tax_id_index = NULL, updated_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND consumer_tax_id IS NOT NULL')
    .run(tx.nowIso, JSON.stringify(orderIds)).changes;
}

/** The same in a backup of the store, after the erasure committed (customers `eraseCustomerRemnants`); a backup of an older version has no index column. */
export function forgetConsumerTaxIdsInBackup(backup: Db, orderIds: readonly string[]): void {
  const indexed = (backup.prepare("SELECT 1 FROM pragma_table_info('orders') WHERE name = 'consumer_tax_id_index'").get() as unknown) !== undefined;
  backup.prepare(`UPDATE orders SET consumer_tax_id = NULL${indexed ? ', consumer_tax_id_index = NULL' : ''} WHERE id IN (SELECT value FROM json_each(?))`).run(JSON.stringify(orderIds));
}

/**
 * The CPF "na nota" is the customer's personal data: a caller that does not read customers (the
 * kitchen, its screens, a tablet nobody logged into) sees that one was given, `''`, not which; one
 * that reads them without managing them (a waiter) sees it masked (***.982.247-**), as it sees the
 * customers themselves; the till, which takes it, sees it whole. A company's CNPJ is no person's.
 */
export function taxIdAsSeenBy<T extends { consumerTaxId: string | null }>(c: Context<AppEnv>, order: T): T {
  const taxId = order.consumerTaxId;
  if (!taxId || holdsPermission(c, 'customers.manage')) return order;
  if (!holdsPermission(c, 'customers.read')) return { ...order, consumerTaxId: '' };
  return taxId.length === 11 ? { ...order, consumerTaxId: maskCpf(taxId) } : order;
}
