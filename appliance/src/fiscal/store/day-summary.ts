import type Database from 'better-sqlite3';
import { firstElement, firstTagText } from '../shared/xml-text.js';
import { openDocument } from './sealed-documents.js';

/** Tax totals in centavos, summed from the `<total>` group of authorized documents. */
export interface FiscalTaxTotals {
  icmsBaseCents: number;
  icmsCents: number;
  pisCents: number;
  cofinsCents: number;
  ibsCents: number;
  cbsCents: number;
}

/** What the Z report shows of the fiscal side of a business day. */
export interface FiscalDaySummary {
  documents: {
    authorized: number;
    /** Issued offline (or still waiting for SEFAZ's answer), to be transmitted. */
    contingencyPending: number;
    cancelled: number;
    rejected: number;
    denied: number;
    /** Numbers inutilized (homologated) while the day was open. */
    inutilized: number;
    /** Paid orders of the day still in the fiscal backlog, without any document. */
    awaitingEmission: number;
  };
  authorizedTotalCents: number;
  /** True when any authorized document carries the IBS/CBS groups of the tax reform. */
  taxReform: boolean;
  taxes: FiscalTaxTotals;
}

const STATUS_KEYS = { AUTHORIZED: 'authorized', CONTINGENCY: 'contingencyPending', PENDING: 'contingencyPending', CANCELLED: 'cancelled', REJECTED: 'rejected', DENIED: 'denied' } as const;

/** "12.34" → 1234, exact (no floating point): the XML decimals always have two places. */
function cents(value: string | undefined): number {
  if (!value) return 0;
  const [units, fraction = ''] = value.split('.');
  return Number(units) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

function taxesOf(xml: string): FiscalTaxTotals & { reform: boolean } {
  const total = firstElement(xml, 'total') ?? '';
  const icmsTot = firstElement(total, 'ICMSTot') ?? '';
  const reform = firstElement(total, 'IBSCBSTot');
  return {
    icmsBaseCents: cents(firstTagText(icmsTot, 'vBC')),
    icmsCents: cents(firstTagText(icmsTot, 'vICMS')),
    pisCents: cents(firstTagText(icmsTot, 'vPIS')),
    cofinsCents: cents(firstTagText(icmsTot, 'vCOFINS')),
    ibsCents: reform ? cents(firstTagText(firstElement(reform, 'gIBS') ?? '', 'vIBS')) : 0,
    cbsCents: reform ? cents(firstTagText(firstElement(reform, 'gCBS') ?? '', 'vCBS')) : 0,
    reform: reform !== undefined,
  };
}

/**
 * The fiscal documents of a business day's orders by status, and the taxes of the authorized
 * ones read from their own XML (so the Z report adds up to what SEFAZ holds). Cancelled documents
 * owe no tax and are only counted.
 */
export function fiscalDaySummary(db: Database.Database, orderIds: readonly string[], window: { from: string; to: string }): FiscalDaySummary {
  const ids = JSON.stringify(orderIds);
  const rows = db
    .prepare("SELECT id, status, total_cents, proc_xml, signed_xml FROM fiscal_documents WHERE order_id IN (SELECT value FROM json_each(?)) AND status <> 'VOIDED'")
    .all(ids) as { id: string; status: keyof typeof STATUS_KEYS; total_cents: number; proc_xml: string | null; signed_xml: string }[];
  const documents = { authorized: 0, contingencyPending: 0, cancelled: 0, rejected: 0, denied: 0, inutilized: 0, awaitingEmission: 0 };
  const taxes: FiscalTaxTotals = { icmsBaseCents: 0, icmsCents: 0, pisCents: 0, cofinsCents: 0, ibsCents: 0, cbsCents: 0 };
  let authorizedTotalCents = 0;
  let taxReform = false;
  for (const row of rows) {
    documents[STATUS_KEYS[row.status]] += 1;
    if (row.status !== 'AUTHORIZED') continue;
    authorizedTotalCents += row.total_cents;
    const opened = openDocument(db, row);
    const { reform, ...of } = taxesOf(opened.proc_xml ?? opened.signed_xml);
    taxReform ||= reform;
    for (const key of Object.keys(taxes) as (keyof FiscalTaxTotals)[]) taxes[key] += of[key];
  }
  documents.inutilized = db
    .prepare("SELECT COALESCE(SUM(last_number - first_number + 1), 0) FROM fiscal_inutilizations WHERE status IN ('HOMOLOGATED', 'ALREADY_INUTILIZED') AND created_at >= ? AND created_at <= ?")
    .pluck()
    .get(window.from, window.to) as number;
  documents.awaitingEmission = db
    .prepare("SELECT COUNT(*) FROM fiscal_emission_backlog WHERE status = 'PENDING' AND order_id IN (SELECT value FROM json_each(?))")
    .pluck()
    .get(ids) as number;
  return { documents, authorizedTotalCents, taxReform, taxes };
}
