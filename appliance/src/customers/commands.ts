import { conflict, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { journalView, toCustomer, type Customer, type CustomerRow } from './customer.js';

export interface CustomerInput {
  name: string;
  cpf?: string | null;
  phone?: string | null;
  email?: string | null;
  marketingConsent?: boolean;
}

function load(tx: CommandTx, id: string): Customer {
  const row = tx.prepare('SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
  if (!row) throw notFound('CUSTOMER_NOT_FOUND', { id });
  return toCustomer(row);
}

function assertCpfFree(tx: CommandTx, cpf: string | null | undefined, exceptId: string | null): void {
  if (!cpf) return;
  const owner = tx.prepare('SELECT id FROM customers WHERE cpf = ?').pluck().get(cpf) as string | undefined;
  if (owner && owner !== exceptId) throw conflict('CUSTOMER_CPF_TAKEN', { customerId: owner });
}

export function createCustomer(tx: CommandTx, input: CustomerInput): Customer {
  assertCpfFree(tx, input.cpf, null);
  const id = newId();
  const consent = input.marketingConsent === true;
  tx
    .prepare(
      `INSERT INTO customers (id, name, cpf, phone, email, marketing_consent, consent_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, input.name, input.cpf ?? null, input.phone ?? null, input.email ?? null, consent ? 1 : 0, consent ? tx.nowIso : null, tx.nowIso, tx.nowIso);
  const customer = load(tx, id);
  tx.emit({ type: 'customer.registered', aggregateType: 'customer', aggregateId: id, payload: journalView(customer) });
  return customer;
}

export function updateCustomer(tx: CommandTx, id: string, input: Partial<CustomerInput>): Customer {
  const current = load(tx, id);
  if (current.anonymizedAt) throw conflict('CUSTOMER_ANONYMIZED', { id });
  assertCpfFree(tx, input.cpf, id);
  const consent = input.marketingConsent ?? current.marketingConsent;
  const consentAt = consent === current.marketingConsent ? current.consentAt : consent ? tx.nowIso : null;
  tx
    .prepare('UPDATE customers SET name = ?, cpf = ?, phone = ?, email = ?, marketing_consent = ?, consent_at = ?, updated_at = ? WHERE id = ?')
    .run(
      input.name ?? current.name,
      input.cpf === undefined ? current.cpf : input.cpf,
      input.phone === undefined ? current.phone : input.phone,
      input.email === undefined ? current.email : input.email,
      consent ? 1 : 0,
      consentAt,
      tx.nowIso,
      id,
    );
  const customer = load(tx, id);
  tx.emit({ type: 'customer.updated', aggregateType: 'customer', aggregateId: id, payload: journalView(customer) });
  return customer;
}

/** LGPD erasure: personal fields are overwritten; the id survives so past orders still add up. */
export function anonymizeCustomer(tx: CommandTx, id: string): Customer {
  const current = load(tx, id);
  if (current.anonymizedAt) return current;
  tx
    .prepare(
      "UPDATE customers SET name = 'Cliente anonimizado', cpf = NULL, phone = NULL, email = NULL, marketing_consent = 0, consent_at = NULL, anonymized_at = ?, updated_at = ? WHERE id = ?",
    )
    .run(tx.nowIso, tx.nowIso, id);
  const customer = load(tx, id);
  tx.emit({ type: 'customer.anonymized', aggregateType: 'customer', aggregateId: id, payload: journalView(customer) });
  return customer;
}
