import type { CommandTx } from '../kernel/journal/command-bus.js';
import { PiiKeyring } from '../kernel/pii/keyring.js';

export interface CustomerAddress {
  label?: string;
  street: string;
  number?: string;
  complement?: string;
  district?: string;
  city: string;
  state: string;
  postalCode?: string;
}

export interface Customer {
  id: string;
  name: string;
  cpf: string | null;
  phone: string | null;
  email: string | null;
  addresses: CustomerAddress[];
  marketingConsent: boolean;
  consentAt: string | null;
  anonymizedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** cpf, phone, email and addresses hold ciphertexts (`pii1.<kid>.…`), never the values. */
export interface CustomerRow {
  id: string;
  name: string;
  cpf: string | null;
  phone: string | null;
  email: string | null;
  addresses: string | null;
  cpf_index: string | null;
  phone_index: string | null;
  pii_key_id: string | null;
  marketing_consent: number;
  consent_at: string | null;
  anonymized_at: string | null;
  created_at: string;
  updated_at: string;
}

export const SEALED_FIELDS = ['cpf', 'phone', 'email', 'addresses'] as const;
export type SealedField = (typeof SEALED_FIELDS)[number];

/** Authenticated data of a sealed value: it only opens in its own column of its own row. */
export const sealContext = (customerId: string, field: SealedField) => `customers.${field}:${customerId}`;

/**
 * Phone numbers are looked up by their digits, however they were typed, as a Brazilian number
 * (DDD + number): the country code is dropped, so "+55 11 98765-0123" (as WhatsApp sends it) and
 * "(11) 98765-0123" (as typed at the till) are one number in the blind index. Only 12–13 digits
 * starting with 55 carry it: 10–11 digits are a number without it, and DDD 55 (RS) stays whole.
 * A mobile written without its ninth digit (DDD + eight digits starting with 6–9: the numbers
 * before Anatel added the 9, as WhatsApp still names many older accounts) gets it back; a landline
 * (first digit 2–5) keeps its eight.
 * Changing this spelling needs the stored indexes rebuilt (customers/005_phone_index_country_code,
 * customers/006_phone_index_ninth_digit).
 */
export const phoneDigits = (phone: string) => {
  const digits = phone.replace(/\D/g, '');
  const national = (digits.length === 12 || digits.length === 13) && digits.startsWith('55') ? digits.slice(2) : digits;
  return /^\d{2}[6-9]\d{7}$/.test(national) ? `${national.slice(0, 2)}9${national.slice(2)}` : national;
};

function open(keyring: PiiKeyring, row: CustomerRow, field: SealedField): string | null {
  const stored = row[field];
  if (stored === null) return null;
  // Only a row written before encryption at rest, and not yet sealed at start, is plaintext.
  return PiiKeyring.keyIdOf(stored) === null ? stored : keyring.decrypt(stored, sealContext(row.id, field));
}

export function toCustomer(row: CustomerRow, keyring: PiiKeyring): Customer {
  const addresses = open(keyring, row, 'addresses');
  return {
    id: row.id,
    name: row.name,
    cpf: open(keyring, row, 'cpf'),
    phone: open(keyring, row, 'phone'),
    email: open(keyring, row, 'email'),
    addresses: addresses ? (JSON.parse(addresses) as CustomerAddress[]) : [],
    marketingConsent: row.marketing_consent === 1,
    consentAt: row.consent_at,
    anonymizedAt: row.anonymized_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface PersonalData {
  cpf: string | null;
  phone: string | null;
  email: string | null;
  addresses: CustomerAddress[];
}

/** The sealed columns and blind indexes of a customer's personal data, under the current key. */
export function sealPersonalData(keyring: PiiKeyring, customerId: string, data: PersonalData) {
  const seal = (field: SealedField, value: string | null) => (value === null ? null : keyring.encrypt(value, sealContext(customerId, field)));
  return {
    cpf: seal('cpf', data.cpf),
    phone: seal('phone', data.phone),
    email: seal('email', data.email),
    addresses: seal('addresses', data.addresses.length > 0 ? JSON.stringify(data.addresses) : null),
    cpf_index: data.cpf === null ? null : keyring.blindIndex('cpf', data.cpf),
    phone_index: data.phone === null ? null : keyring.blindIndex('phone', phoneDigits(data.phone)),
    pii_key_id: keyring.currentKeyId,
  };
}

export function writePersonalData(db: Pick<CommandTx, 'prepare'>, keyring: PiiKeyring, customerId: string, data: PersonalData): void {
  const sealed = sealPersonalData(keyring, customerId, data);
  db.prepare(
    'UPDATE customers SET cpf = ?, phone = ?, email = ?, addresses = ?, cpf_index = ?, phone_index = ?, pii_key_id = ? WHERE id = ?',
  ).run(sealed.cpf, sealed.phone, sealed.email, sealed.addresses, sealed.cpf_index, sealed.phone_index, sealed.pii_key_id, customerId);
}

/**
 * What the journal (and so the cloud relay) may carry about a customer. Personal data stays in
 * this store's database, encrypted, where an erasure request can really remove it; the
 * append-only journal only ever holds the id and the consent and anonymization flags.
 */
export function journalView(customer: Customer) {
  return { customerId: customer.id, marketingConsent: customer.marketingConsent, anonymized: customer.anonymizedAt !== null };
}
