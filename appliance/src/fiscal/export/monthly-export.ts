import type Database from 'better-sqlite3';
import { formatLocalDateTime } from '../shared/local-datetime.js';
import { buildZip, type ZipEntry } from './zip-writer.js';
import { withProcXml } from '../store/documents.js';
import { openDocument } from '../store/sealed-documents.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
/** tpAmb 1, the only environment whose documents have fiscal value. */
const PRODUCTION = 1;

/** UTC bounds of a calendar month in the store's time zone. */
export function monthBounds(yearMonth: string, timeZone: string): { from: string; to: string } {
  const [year, month] = yearMonth.split('-').map(Number);
  const startOf = (y: number, m: number) => {
    const guess = new Date(Date.UTC(y, m - 1, 1));
    const offset = formatLocalDateTime(guess, timeZone).slice(19); // e.g. -03:00
    return new Date(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01T00:00:00${offset}`).toISOString();
  };
  return { from: startOf(year, month), to: month === 12 ? startOf(year + 1, 1) : startOf(year, month + 1) };
}

/** NFC-e and NF-e travel as procNFe in their own folders; a CF-e (SAT / MF-e) is the device's signed CF-e. */
function exportName(model: number, accessKey: string): string {
  if (model === 59) return `cfe/CFe${accessKey}.xml`;
  return `${model === 55 ? 'nfe' : 'nfce'}/${accessKey}-procNFe.xml`;
}

/**
 * What the accountant needs for a month: every authorized (or later cancelled) NFC-e / NF-e as
 * procNFe, the denied ones with their protocol of denial (also a procNFe), every CF-e, the
 * cancellation events (procEventoNFe) and the homologated inutilizações. Only one environment's
 * (tpAmb): a store in produção also issues homologação documents (the wizard's test emission, a
 * training period), which have no fiscal value and must never reach the accountant beside its
 * real sales.
 */
export function exportMonth(
  db: Database.Database,
  yearMonth: string,
  timeZone: string,
  environment: 1 | 2 = PRODUCTION,
): { zip: Buffer; documents: number; cancellations: number; inutilizations: number } {
  const { from, to } = monthBounds(yearMonth, timeZone);
  const rows = db
    .prepare(
      `SELECT id, model, access_key, signed_xml, prot_xml, proc_xml, cancel_xml, authorized_at, cancelled_at FROM fiscal_documents
        WHERE (proc_xml IS NOT NULL OR prot_xml IS NOT NULL) AND environment = ? AND issued_at >= ? AND issued_at < ? ORDER BY number`,
    )
    .all(environment, from, to) as { id: string; model: number; access_key: string; signed_xml: string; prot_xml: string | null; proc_xml: string | null; cancel_xml: string | null; authorized_at: string; cancelled_at: string | null }[];
  const entries: ZipEntry[] = [];
  let cancellations = 0;
  for (const row of rows.map((stored) => withProcXml(openDocument(db, stored)))) {
    entries.push({ name: exportName(row.model, row.access_key), data: Buffer.from(XML_DECLARATION + row.proc_xml), modifiedAt: new Date(row.authorized_at) });
    if (row.cancel_xml) {
      cancellations += 1;
      entries.push({ name: `eventos/${row.access_key}-110111-procEventoNFe.xml`, data: Buffer.from(XML_DECLARATION + row.cancel_xml), modifiedAt: new Date(row.cancelled_at!) });
    }
  }
  const inutilizations = db
    .prepare("SELECT id, model, series, first_number, last_number, request_xml, response_xml, created_at FROM fiscal_inutilizations WHERE status = 'HOMOLOGATED' AND environment = ? AND created_at >= ? AND created_at < ?")
    .all(environment, from, to) as { id: string; model: number; series: number; first_number: number; last_number: number; request_xml: string; response_xml: string; created_at: string }[];
  for (const inut of inutilizations) {
    // The schema names the root ProcInutNFe (capital P), unlike procNFe.
    const body = `<ProcInutNFe xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">${inut.request_xml}${inut.response_xml.replace(/^<\?xml[^>]*\?>/, '')}</ProcInutNFe>`;
    // NF-e and NFC-e number apart, so the same series and number can be inutilized in both.
    const prefix = inut.model === 55 ? 'nfe-' : '';
    entries.push({ name: `inutilizacoes/${prefix}serie${inut.series}-${inut.first_number}-${inut.last_number}-procInutNFe.xml`, data: Buffer.from(XML_DECLARATION + body), modifiedAt: new Date(inut.created_at) });
  }
  return { zip: buildZip(entries), documents: rows.length, cancellations, inutilizations: inutilizations.length };
}
