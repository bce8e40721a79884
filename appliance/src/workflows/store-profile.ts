import { z } from 'zod';
import { cnpjField } from '../kernel/cnpj.js';
import type { Config } from '../kernel/config.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { safeText } from '../kernel/safe-text.js';
import { readReceiptTexts, writeReceiptText } from './receipt-texts.js';
import { receiptLinesSchema } from '../../contract/downstream.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const PROFILE_KEY = 'store.profile';

const addressSchema = lazySchema(() => z.object({
  street: safeText(60, 2),
  number: safeText(10),
  complement: safeText(60, 0).optional(),
  district: safeText(60, 2),
  city: safeText(60, 2),
  uf: z.string().regex(/^[A-Z]{2}$/, 'UF com duas letras maiúsculas'),
  cep: z.string().regex(/^\d{8}$/, 'CEP com 8 dígitos'),
}));

/**
 * What the store is, as the back office edits it and receipts print it: the trade name, the
 * company ids, the address, the service charge suggested on table bills and the receipt texts.
 * The time zone is the installation's (`CHEFIA_TIME_ZONE`): business days are keyed by it, so it
 * is shown, never changed from a screen.
 */
export const storeProfileInput = lazySchema(() => z.object({
  name: safeText(60, 2),
  legalName: safeText(60, 2).nullable().default(null),
  cnpj: cnpjField().nullable().default(null),
  ie: z
    .string()
    .transform((value) => value.replace(/[.\-/\s]/g, '').toUpperCase())
    .refine((value) => /^(\d{2,14}|ISENTO)$/.test(value), 'IE com 2 a 14 dígitos ou ISENTO')
    .nullable()
    .default(null),
  address: addressSchema.nullable().default(null),
  phone: z.string().regex(/^\d{10,11}$/, 'telefone com DDD, 10 ou 11 dígitos').nullable().default(null),
  /** Opening hours as customers read them ("ter. a dom., 11h às 23h"): the chat bot answers with it. */
  openingHours: safeText(120, 0).nullable().default(null),
  /** Suggested on table bills, in basis points (1000 = 10 %). */
  serviceChargeBp: z.number().int().min(0).max(2000).default(0),
  receiptHeader: receiptLinesSchema.default([]),
  receiptFooter: receiptLinesSchema.default([]),
}));
export type StoreProfileInput = z.output<typeof storeProfileInput>;

export type StoreProfile = StoreProfileInput & { timeZone: string; updatedAt: string | null };

type StoredProfile = Omit<StoreProfileInput, 'receiptHeader' | 'receiptFooter'> & { updatedAt: string };

function readStored(db: Db): StoredProfile | undefined {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(PROFILE_KEY) as string | undefined;
  return raw ? (JSON.parse(raw) as StoredProfile) : undefined;
}

/** The profile; before the first save, the installation's name (`CHEFIA_STORE_NAME`) and nothing else. */
export function readStoreProfile(db: Db, config: Pick<Config, 'storeName' | 'timeZone'>): StoreProfile {
  const stored = readStored(db);
  const { headerLines, footerLines } = readReceiptTexts(db);
  // A profile saved before opening hours were kept has none.
  const base = stored ? { ...stored, openingHours: stored.openingHours ?? null } : { ...storeProfileInput.parse({ name: config.storeName }), updatedAt: null };
  return { ...base, receiptHeader: headerLines, receiptFooter: footerLines, timeZone: config.timeZone };
}

/** The store's service charge in basis points (1000 = 10 %); 0 before the first save or when the store has none. */
export function storeServiceChargeBp(db: Db): number {
  return readStored(db)?.serviceChargeBp ?? 0;
}

/** The store's own address as saved in its profile; null before it is given. */
export function storeAddress(db: Db): StoreProfileInput['address'] {
  return readStored(db)?.address ?? null;
}

/** The name receipts and reports print: the saved profile's, else the installation's. */
export function storeDisplayName(db: Db, fallback: string): string {
  return readStored(db)?.name ?? fallback;
}

export function writeStoreProfile(tx: CommandTx, storeId: string, input: StoreProfileInput): StoredProfile {
  const { receiptHeader, receiptFooter, ...profile } = input;
  const stored: StoredProfile = { ...profile, updatedAt: tx.now.toISOString() };
  tx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(PROFILE_KEY, JSON.stringify(stored));
  writeReceiptText(tx.db, 'header', receiptHeader);
  writeReceiptText(tx.db, 'footer', receiptFooter);
  tx.emit({ type: 'store.profile_changed', aggregateType: 'store', aggregateId: storeId, payload: { profile: { ...stored, receiptHeader, receiptFooter } } });
  return stored;
}
