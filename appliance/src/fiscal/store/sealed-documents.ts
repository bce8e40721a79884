import type Database from 'better-sqlite3';
import { SealedColumn } from '../../kernel/pii/sealed-column.js';
import { vaultOf } from '../../kernel/pii/vault.js';
import type { FiscalDocumentRow } from './documents.js';

/**
 * A fiscal document's content names the consumer ("CPF na nota" in `<dest>`, the sale's
 * consumerCpf/consumerCnpj), so it is kept sealed under the store's personal-data key like every
 * other personal data. The documents are legal records: sealed, never altered or dropped, and
 * opened for their fiscal use (transmission, DANFE, accountant export, Z report).
 */
const SEALED_COLUMNS = ['sale_json', 'signed_xml', 'replaced_xml', 'proc_xml', 'cancel_xml'] as const;
type SealedColumnName = (typeof SEALED_COLUMNS)[number];

const columns = new Map<SealedColumnName, SealedColumn>(SEALED_COLUMNS.map((column) => [column, new SealedColumn({ table: 'fiscal_documents', column })]));

export const sealedDocumentStores = [...columns.values()];

const isSealed = (column: string): column is SealedColumnName => columns.has(column as SealedColumnName);

/** The row as stored, its sealed columns opened (those the query selected). */
export function openDocument<T extends Pick<FiscalDocumentRow, 'id'> & Partial<FiscalDocumentRow>>(db: Database.Database, row: T): T {
  const keyring = vaultOf(db).keyring;
  const opened: Record<string, unknown> = { ...row };
  for (const [name, column] of columns) if (typeof row[name] === 'string') opened[name] = column.open(keyring, row.id, row[name]);
  return opened as T;
}

/** Column values as they go to the table: the sealed ones encrypted for this document. */
export function sealDocumentValues(db: Database.Database, id: string, values: Partial<FiscalDocumentRow>): Partial<FiscalDocumentRow> {
  const keyring = vaultOf(db).keyring;
  const sealed: Record<string, unknown> = { ...values };
  for (const [name, value] of Object.entries(values)) if (isSealed(name) && typeof value === 'string') sealed[name] = columns.get(name)!.seal(keyring, id, value);
  return sealed as Partial<FiscalDocumentRow>;
}
