import { AppError } from '../kernel/errors.js';
import { decimalToCents } from './decimal.js';
import type { Settlement } from './gateways/pix-gateway.js';

export interface SettlementFile {
  settlements: Settlement[];
  /** Sale dates the file covers (its "data da venda" column, else its settlement dates). */
  from: string;
  to: string;
}

/** Header names as acquirer and gateway portals export them, normalized (lower case, no accents). */
const COLUMNS = {
  id: ['gateway_payment_id', 'source_id', 'nsu', 'nsu/doc', 'nsu host', 'id da transacao', 'id do pagamento', 'id da cobranca', 'codigo da transacao'],
  externalReference: ['external_reference', 'referencia externa', 'id externo', 'numero do pedido'],
  amount: ['amount', 'gross_amount', 'valor bruto', 'valor da venda', 'valor'],
  net: ['net_amount', 'net_credit_amount', 'valor liquido'],
  settledOn: ['settled_on', 'settlement_date', 'money_release_date', 'data do pagamento', 'data de pagamento', 'data da liquidacao', 'data prevista de pagamento'],
  saleDate: ['sale_date', 'transaction_date', 'data da venda', 'data da transacao'],
} as const;

const normalize = (name: string) =>
  name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function invalid(reason: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('RECONCILIATION_REPORT_INVALID', 400, 'RECONCILIATION_REPORT_INVALID', details, { reason });
}

/**
 * "R$ 1.234,56" (pt-BR: decimal comma, thousands dot) or "1,234.56" / "1234.56" (decimal point, as
 * gateway APIs export even in `;` files) → centavos, never through a float. A comma followed by one
 * or two digits at the end is the decimal comma; any other comma groups thousands.
 */
function moneyToCents(text: string): number {
  const bare = text.replace(/R\$/i, '').replace(/\s/g, '');
  return decimalToCents(/,\d{1,2}$/.test(bare) ? bare.replace(/\./g, '').replace(',', '.') : bare.replace(/,/g, ''));
}

/** "31/12/2026", "31/12/2026 23:59:59", "2026-12-31" or "2026-12-31T10:00:00.000-03:00" (its local date) → "2026-12-31". */
function isoDate(text: string): string {
  const br = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  if (br) return `${br[3]}-${br[2]}-${br[1]}`;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (iso) return iso[1];
  throw new Error(`not a date: ${text}`);
}

/** pt-BR spreadsheets often save Windows-1252: read UTF-8 when the bytes are UTF-8, else Latin-1. */
export function decodeSettlementBytes(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/**
 * A settlement report (acquirer or gateway export) parsed with csv-parse: `;` or `,` separated,
 * quoted fields, a header row naming the columns (see COLUMNS), pt-BR or decimal-point amounts.
 * Rows without a transaction id (totals, blank lines) carry nothing to match.
 */
export async function parseSettlementFile(text: string): Promise<SettlementFile> {
  const { parse } = await import('csv-parse/sync');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { delimiter, bom: true, columns: (header: string[]) => header.map(normalize), skip_empty_lines: true, trim: true });
  } catch (error) {
    throw invalid(`CSV: ${(error as Error).message}`);
  }
  const headers = rows.length > 0 ? Object.keys(rows[0]) : parse(firstLine, { delimiter, bom: true })[0].map(normalize);
  const column = (names: readonly string[]) => names.find((name) => headers.includes(name)) ?? null;
  const id = column(COLUMNS.id);
  const amount = column(COLUMNS.amount);
  const settledOn = column(COLUMNS.settledOn);
  if (!id || !amount || !settledOn) throw invalid('cabeçalho', { headers });
  const external = column(COLUMNS.externalReference);
  const net = column(COLUMNS.net);
  const saleDate = column(COLUMNS.saleDate);
  const settlements: Settlement[] = [];
  const dates: string[] = [];
  rows.forEach((row, i) => {
    if (!row[id]) return;
    try {
      settlements.push({
        gatewayPaymentId: row[id],
        externalReference: (external && row[external]) || null,
        amountCents: moneyToCents(row[amount]),
        netAmountCents: net && row[net] ? moneyToCents(row[net]) : null,
        settledOn: isoDate(row[settledOn]),
      });
      dates.push(saleDate && row[saleDate] ? isoDate(row[saleDate]) : isoDate(row[settledOn]));
    } catch (error) {
      throw invalid(`linha ${i + 2}`, { line: i + 2, error: (error as Error).message });
    }
  });
  if (settlements.length === 0) throw invalid('nenhuma transação');
  dates.sort();
  return { settlements, from: dates[0], to: dates[dates.length - 1] };
}
