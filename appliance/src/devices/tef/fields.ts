/**
 * TEF Dial files: one field per line, `NNN-SSS = value`, from 000-000 (the
 * command) to 999-999 (end of record). Managers run on Windows and read and
 * write ANSI text, hence latin1 and CRLF. Receipt lines (029-xxx) are quoted
 * so leading spaces of the layout survive.
 */
export type TefFields = Map<string, string>;

export const F = {
  command: '000-000',
  id: '001-000',
  document: '002-000',
  amount: '003-000',
  currency: '004-000',
  status: '009-000',
  network: '010-000',
  transactionType: '011-000',
  nsu: '012-000',
  authorizationCode: '013-000',
  installmentType: '017-000',
  installments: '018-000',
  /** The transaction's date and time at the network (DDMMAAAA, HHMMSS): a cancellation names its original by them. */
  transactionDate: '022-000',
  transactionTime: '023-000',
  cancelledNsu: '025-000',
  finalization: '027-000',
  receiptLineCount: '028-000',
  operatorMessage: '030-000',
  end: '999-999',
} as const;

export const RECEIPT_LINE_PREFIX = '029-';
const QUOTED = new Set(['029']);

export function encodeFields(fields: TefFields): Buffer {
  const lines: string[] = [];
  for (const [key, value] of fields) {
    if (key === F.end) continue;
    const quote = QUOTED.has(key.slice(0, 3));
    const flat = value.replace(/[\r\n]+/g, ' ');
    lines.push(`${key} = ${quote ? `"${flat}"` : flat}`);
  }
  lines.push(`${F.end} = 0`);
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}

export function parseFields(bytes: Buffer): TefFields {
  const fields: TefFields = new Map();
  for (const line of bytes.toString('latin1').split(/\r?\n/)) {
    const match = /^(\d{3}-\d{3})\s*=\s?(.*)$/.exec(line);
    if (!match) continue;
    const [, key, raw] = match;
    const quoted = QUOTED.has(key.slice(0, 3)) && raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
    fields.set(key, quoted ? raw.slice(1, -1) : raw);
  }
  return fields;
}

/** Receipt lines 029-001..029-NNN in order, using 028-000 as the count when present. */
export function receiptLines(fields: TefFields): string[] {
  const declared = Number(fields.get(F.receiptLineCount) ?? NaN);
  const keys = [...fields.keys()].filter((key) => key.startsWith(RECEIPT_LINE_PREFIX)).sort();
  const count = Number.isInteger(declared) ? Math.min(declared, keys.length) : keys.length;
  return keys.slice(0, count).map((key) => fields.get(key) ?? '');
}

export function withReceipt(fields: TefFields, lines: string[]): TefFields {
  fields.set(F.receiptLineCount, String(lines.length));
  lines.forEach((line, index) => fields.set(`${RECEIPT_LINE_PREFIX}${String(index + 1).padStart(3, '0')}`, line));
  return fields;
}

export function fieldsOf(entries: [string, string | number][]): TefFields {
  return new Map(entries.map(([key, value]) => [key, String(value)]));
}
