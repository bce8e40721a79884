import { prepareCached } from '../../kernel/db/statements.js';
import type Database from 'better-sqlite3';
import { procNFeXml } from '../sefaz/messages.js';
import { openDocument, sealDocumentValues } from './sealed-documents.js';

export type FiscalDocumentStatus =
  | 'PENDING' // signed for online authorization, SEFAZ answer not recorded yet
  | 'CONTINGENCY' // issued offline (tpEmis 9), waiting to be transmitted
  | 'AUTHORIZED'
  | 'REJECTED' // SEFAZ refused it: correct and re-issue, or inutilize the number
  | 'DENIED' // uso denegado: the number is consumed
  | 'CANCELLED'
  | 'VOIDED'; // the number was inutilizado

export interface FiscalDocumentRow {
  id: string;
  order_id: string;
  model: number;
  series: number;
  environment: number;
  number: number;
  random_code: string;
  access_key: string;
  status: FiscalDocumentStatus;
  contingency: number;
  contingency_reason: string | null;
  contingency_deadline: string | null;
  deadline_alerted_at: string | null;
  issued_at: string;
  total_cents: number;
  sale_json: string;
  signed_xml: string;
  qr_code: string;
  url_chave: string;
  replaced_access_key: string | null;
  replaced_xml: string | null;
  /**
   * The procNFe (signed NFe + protNFe) of an authorized or denied NFC-e / NF-e, or the CF-e a SAT returned.
   * Rows read through this file carry it composed from `signed_xml` and `prot_xml`; the column
   * itself holds it only for CF-e and for documents authorized by an earlier release.
   */
  proc_xml: string | null;
  /**
   * SEFAZ's protNFe of an authorized NFC-e / NF-e, or its protocol of denial for a DENIED one (no
   * personal data: key, digest, protocol, status).
   */
  prot_xml: string | null;
  protocol: string | null;
  /** SEFAZ's dhRecbto from `prot_xml`: when it authorized (or denied) the document. */
  authorized_at: string | null;
  c_stat: number | null;
  x_motivo: string | null;
  cancel_protocol: string | null;
  cancel_xml: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
}

export type FiscalDocumentModel = 65 | 55 | 59;

/** What callers (payments workflow, routes, receipts) see of a document. */
export interface FiscalDocumentSummary {
  id: string;
  orderId: string;
  /** 65 NFC-e, 55 NF-e, 59 CF-e (SAT / MF-e). */
  model: FiscalDocumentModel;
  series: number;
  number: number;
  accessKey: string;
  status: FiscalDocumentStatus;
  contingency: boolean;
  contingencyDeadline: string | null;
  issuedAt: string;
  totalCents: number;
  protocol: string | null;
  authorizedAt: string | null;
  cStat: number | null;
  xMotivo: string | null;
  qrCode: string;
  urlChave: string;
  cancelledAt: string | null;
}

export function toSummary(row: FiscalDocumentRow): FiscalDocumentSummary {
  return {
    id: row.id,
    orderId: row.order_id,
    model: row.model as FiscalDocumentModel,
    series: row.series,
    number: row.number,
    accessKey: row.access_key,
    status: row.status,
    contingency: row.contingency === 1,
    contingencyDeadline: row.contingency_deadline,
    issuedAt: row.issued_at,
    totalCents: row.total_cents,
    protocol: row.protocol,
    authorizedAt: row.authorized_at,
    cStat: row.c_stat,
    xMotivo: row.x_motivo,
    qrCode: row.qr_code,
    urlChave: row.url_chave,
    cancelledAt: row.cancelled_at,
  };
}

/** The row with its procNFe put together from the signed XML and the protocol (see `proc_xml`). */
export function withProcXml<T extends Partial<Pick<FiscalDocumentRow, 'signed_xml' | 'prot_xml' | 'proc_xml'>>>(row: T): T {
  if (row.proc_xml || !row.prot_xml || !row.signed_xml) return row;
  return { ...row, proc_xml: procNFeXml(row.signed_xml, row.prot_xml) };
}

const one = (db: Database.Database, row: unknown) => (row === undefined ? undefined : withProcXml(openDocument(db, row as FiscalDocumentRow)));
const all = (db: Database.Database, rows: unknown[]) => (rows as FiscalDocumentRow[]).map((row) => withProcXml(openDocument(db, row)));

export function getDocument(db: Database.Database, id: string): FiscalDocumentRow | undefined {
  return one(db, prepareCached(db, 'SELECT * FROM fiscal_documents WHERE id = ?').get(id));
}

export function documentsForOrder(db: Database.Database, orderId: string): FiscalDocumentRow[] {
  return all(db, prepareCached(db, 'SELECT * FROM fiscal_documents WHERE order_id = ? ORDER BY number').all(orderId));
}

export function listDocuments(db: Database.Database, limit: number, offset: number): FiscalDocumentRow[] {
  return all(db, prepareCached(db, 'SELECT * FROM fiscal_documents ORDER BY issued_at DESC, number DESC LIMIT ? OFFSET ?').all(limit, offset));
}

/** Documents the transmitter must still send, oldest number first (NFC-e by default; NF-e model 55 has its own sender). */
export function documentsAwaitingSefaz(db: Database.Database, model = 65): FiscalDocumentRow[] {
  return all(db, prepareCached(db, "SELECT * FROM fiscal_documents WHERE status IN ('PENDING', 'CONTINGENCY') AND model = ? ORDER BY number").all(model));
}

/** The order's document that still stands (neither cancelled nor inutilized), of any model. */
export function standingDocumentForOrder(db: Database.Database, orderId: string): FiscalDocumentRow | undefined {
  return one(db, prepareCached(db, "SELECT * FROM fiscal_documents WHERE order_id = ? AND status NOT IN ('VOIDED', 'CANCELLED') ORDER BY created_at DESC LIMIT 1").get(orderId));
}

/**
 * The order's current document: every status except VOIDED counts, so an at-least-once caller
 * replaying a paid order never burns a second number (a REJECTED one is returned until someone
 * inutilizes it; then a corrected emission takes a new number).
 */
export function activeDocumentForOrder(db: Database.Database, orderId: string): FiscalDocumentRow | undefined {
  return one(db, prepareCached(db, "SELECT * FROM fiscal_documents WHERE order_id = ? AND status <> 'VOIDED' ORDER BY number DESC LIMIT 1").get(orderId));
}

/** True when the order already has a document that is not a voided number (any status). */
export function orderHasDocument(db: Database.Database, orderId: string): boolean {
  return activeDocumentForOrder(db, orderId) !== undefined;
}

export function updateDocument(db: Database.Database, id: string, changes: Partial<FiscalDocumentRow>, nowIso: string): void {
  const entries = Object.entries({ ...sealDocumentValues(db, id, changes), updated_at: nowIso });
  const assignments = entries.map(([column]) => `${column} = ?`).join(', ');
  prepareCached(db, `UPDATE fiscal_documents SET ${assignments} WHERE id = ?`).run(...entries.map(([, value]) => value), id);
}

type DocumentIdentity = Pick<
  FiscalDocumentRow,
  'id' | 'order_id' | 'model' | 'series' | 'environment' | 'number' | 'random_code' | 'access_key' | 'status' | 'issued_at' | 'total_cents' | 'sale_json' | 'signed_xml' | 'qr_code' | 'url_chave'
>;

/** A new row: identity and content as given, the later facts (contingency, answer, cancellation) empty unless given. */
export function newDocumentRow(fields: DocumentIdentity & Partial<FiscalDocumentRow>): FiscalDocumentRow {
  return {
    contingency: 0,
    contingency_reason: null,
    contingency_deadline: null,
    deadline_alerted_at: null,
    replaced_access_key: null,
    replaced_xml: null,
    proc_xml: null,
    prot_xml: null,
    protocol: null,
    authorized_at: null,
    c_stat: null,
    x_motivo: null,
    cancel_protocol: null,
    cancel_xml: null,
    cancelled_at: null,
    created_at: fields.issued_at,
    updated_at: fields.issued_at,
    ...fields,
  };
}

export function insertDocument(db: Database.Database, row: FiscalDocumentRow): void {
  const stored = sealDocumentValues(db, row.id, row);
  const columns = Object.keys(stored);
  prepareCached(db, `INSERT INTO fiscal_documents (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...columns.map((c) => stored[c as keyof FiscalDocumentRow]),
  );
}
