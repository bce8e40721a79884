export interface Customer {
  id: string;
  name: string;
  cpf: string | null;
  phone: string | null;
  email: string | null;
  marketingConsent: boolean;
  consentAt: string | null;
  anonymizedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerRow {
  id: string;
  name: string;
  cpf: string | null;
  phone: string | null;
  email: string | null;
  marketing_consent: number;
  consent_at: string | null;
  anonymized_at: string | null;
  created_at: string;
  updated_at: string;
}

export function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    name: row.name,
    cpf: row.cpf,
    phone: row.phone,
    email: row.email,
    marketingConsent: row.marketing_consent === 1,
    consentAt: row.consent_at,
    anonymizedAt: row.anonymized_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What the journal (and so the cloud relay) may carry about a customer. Personal data stays in
 * this store's database, where an erasure request can really remove it; the append-only journal
 * only ever holds the id and whether marketing consent was given.
 */
export function journalView(customer: Customer) {
  return { customerId: customer.id, marketingConsent: customer.marketingConsent, anonymized: customer.anonymizedAt !== null };
}
