import { conflict, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { grantedPurposes, recordConsent, type ConsentSource } from './consents.js';
import { journalView, phoneDigits, sealPersonalData, toCustomer, writePersonalData, type Customer, type CustomerAddress, type CustomerRow } from './customer.js';
import type { PiiKeyring } from '../kernel/pii/keyring.js';

/** What an anonymized customer is called from then on, in the store and in its backups. */
export const ANONYMIZED_NAME = 'Cliente anonimizado';

export interface CustomerInput {
  name: string;
  cpf?: string | null;
  phone?: string | null;
  email?: string | null;
  addresses?: CustomerAddress[];
  marketingConsent?: boolean;
  /** Where the customer gave or withdrew consent; required by LGPD to prove it later. */
  consentSource?: ConsentSource;
}

export function loadCustomer(tx: CommandTx, keyring: PiiKeyring, id: string): Customer {
  const row = tx.prepare('SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
  if (!row) throw notFound('CUSTOMER_NOT_FOUND', { id });
  return toCustomer(row, keyring);
}

/**
 * Before personal data is attached to a customer id outside this module (a saved delivery address,
 * a new order and its CPF na nota): the customer exists, and was not erased. An anonymized record
 * keeps its id only so past orders still add up; new data on it would be a person the store told
 * the data subject it had erased, out of reach of the erasure that already ran (as PATCH refuses).
 */
export function assertCustomerTakesData(db: Pick<CommandTx, 'prepare'>, id: string): void {
  const row = db.prepare('SELECT anonymized_at FROM customers WHERE id = ?').get(id) as { anonymized_at: string | null } | undefined;
  if (!row) throw notFound('CUSTOMER_NOT_FOUND', { id });
  if (row.anonymized_at) throw conflict('CUSTOMER_ANONYMIZED', { id });
}

function assertCpfFree(tx: CommandTx, keyring: PiiKeyring, cpf: string | null | undefined, exceptId: string | null): void {
  if (!cpf) return;
  const owner = tx.prepare('SELECT id FROM customers WHERE cpf_index = ?').pluck().get(keyring.blindIndex('cpf', cpf)) as string | undefined;
  if (owner && owner !== exceptId) throw conflict('CUSTOMER_CPF_TAKEN', { customerId: owner });
}

/** The customer with this phone number (compared by its digits through the blind index), if any. */
export function findCustomerIdByPhone(tx: Pick<CommandTx, 'prepare'>, keyring: PiiKeyring, phone: string): string | null {
  const id = tx.prepare('SELECT id FROM customers WHERE phone_index = ? AND anonymized_at IS NULL ORDER BY created_at LIMIT 1').pluck().get(keyring.blindIndex('phone', phoneDigits(phone))) as string | undefined;
  return id ?? null;
}

export function createCustomer(tx: CommandTx, keyring: PiiKeyring, input: CustomerInput): Customer {
  assertCpfFree(tx, keyring, input.cpf, null);
  const id = newId();
  const consent = input.marketingConsent === true;
  // One row write: the personal data is sealed before the INSERT rather than written by an UPDATE after it.
  const sealed = sealPersonalData(keyring, id, { cpf: input.cpf ?? null, phone: input.phone ?? null, email: input.email ?? null, addresses: input.addresses ?? [] });
  tx
    .prepare(
      `INSERT INTO customers (id, name, marketing_consent, consent_at, created_at, updated_at, cpf, phone, email, addresses, cpf_index, phone_index, pii_key_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, input.name, consent ? 1 : 0, consent ? tx.nowIso : null, tx.nowIso, tx.nowIso, sealed.cpf, sealed.phone, sealed.email, sealed.addresses, sealed.cpf_index, sealed.phone_index, sealed.pii_key_id);
  if (input.marketingConsent !== undefined) recordConsent(tx, id, 'MARKETING', consent, input.consentSource ?? 'POS');
  // The customer as its row now reads (toCustomer), from what was just written: not read back and decrypted.
  const customer: Customer = {
    id,
    name: input.name,
    cpf: input.cpf ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    addresses: input.addresses ?? [],
    marketingConsent: consent,
    consentAt: consent ? tx.nowIso : null,
    anonymizedAt: null,
    createdAt: tx.nowIso,
    updatedAt: tx.nowIso,
  };
  tx.emit({ type: 'customer.registered', aggregateType: 'customer', aggregateId: id, payload: journalView(customer) });
  return customer;
}

export function updateCustomer(tx: CommandTx, keyring: PiiKeyring, id: string, input: Partial<CustomerInput>): Customer {
  const current = loadCustomer(tx, keyring, id);
  if (current.anonymizedAt) throw conflict('CUSTOMER_ANONYMIZED', { id });
  assertCpfFree(tx, keyring, input.cpf, id);
  const consent = input.marketingConsent ?? current.marketingConsent;
  const consentAt = consent === current.marketingConsent ? current.consentAt : consent ? tx.nowIso : null;
  tx
    .prepare('UPDATE customers SET name = ?, marketing_consent = ?, consent_at = ?, updated_at = ? WHERE id = ?')
    .run(input.name ?? current.name, consent ? 1 : 0, consentAt, tx.nowIso, id);
  writePersonalData(tx, keyring, id, {
    cpf: input.cpf === undefined ? current.cpf : input.cpf,
    phone: input.phone === undefined ? current.phone : input.phone,
    email: input.email === undefined ? current.email : input.email,
    addresses: input.addresses ?? current.addresses,
  });
  if (consent !== current.marketingConsent) recordConsent(tx, id, 'MARKETING', consent, input.consentSource ?? 'POS');
  const customer = loadCustomer(tx, keyring, id);
  tx.emit({ type: 'customer.updated', aggregateType: 'customer', aggregateId: id, payload: journalView(customer) });
  return customer;
}

/**
 * LGPD anonymization: name and personal data are overwritten, consents withdrawn; the id survives
 * so past orders still add up. The event names no person, and the relay drops its copy on it.
 */
export function anonymizeCustomer(tx: CommandTx, keyring: PiiKeyring, id: string): Customer {
  const current = loadCustomer(tx, keyring, id);
  if (current.anonymizedAt) return current;
  const withdrawn = new Set(grantedPurposes(tx, id));
  // A marketing consent from before the consent log has its flag only.
  if (current.marketingConsent) withdrawn.add('MARKETING');
  tx
    .prepare(
      `UPDATE customers SET name = ?, cpf = NULL, phone = NULL, email = NULL, addresses = NULL, cpf_index = NULL,
         phone_index = NULL, marketing_consent = 0, consent_at = NULL, anonymized_at = ?, updated_at = ? WHERE id = ?`,
    )
    .run(ANONYMIZED_NAME, tx.nowIso, tx.nowIso, id);
  for (const purpose of withdrawn) recordConsent(tx, id, purpose, false, 'ANONYMIZATION');
  const customer = loadCustomer(tx, keyring, id);
  tx.emit({ type: 'customer.anonymized', aggregateType: 'customer', aggregateId: id, payload: journalView(customer) });
  return customer;
}
