/**
 * Parser of the pipe-separated answers of the SAT library (ER SAT-CF-e): every answer starts with
 * numeroSessao|EEEEE; failures have 5 fields (…|mensagem|cod|mensagemSEFAZ), successes a fixed
 * count per function. EEEEE's first two digits name the function, which is how the answers of
 * ConsultarNumeroSessao / ConsultarUltimaSessaoFiscal (another function's answer) are read.
 */
export class SatResponseError extends Error {
  readonly code = 'SAT_RESPONSE_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'SatResponseError';
  }
}

export interface SatResponse {
  session: string;
  code: string; // EEEEE
  success: boolean;
  message: string;
  sefazCode: string;
  sefazMessage: string;
  /** Named extra fields of the success form. */
  fields: Record<string, string>;
}

const STATUS_FIELDS = [
  'serialNumber', 'lanType', 'lanIp', 'lanMac', 'lanMask', 'lanGateway', 'lanDns1', 'lanDns2', 'lanStatus', 'batteryLevel',
  'memoryTotal', 'memoryUsed', 'currentDateTime', 'softwareVersion', 'layoutVersion', 'lastCfe', 'firstCfeInList', 'lastCfeInList',
  'lastCfeDateTime', 'lastSefazContact', 'certificateIssuedAt', 'certificateExpiresAt', 'operationState',
];
const SALE_FIELDS = ['cfeBase64', 'timestamp', 'accessKey', 'totalValue', 'consumerDocument', 'qrSignature'];

/** Success layouts by function prefix: names of the fields after the common head. */
const SUCCESS_LAYOUT: Record<string, { head: 'plain' | 'withCcccc'; extra: string[]; successCodes: string[] }> = {
  '04': { head: 'plain', extra: ['csr'], successCodes: ['04000', '04006'] },
  '05': { head: 'plain', extra: [], successCodes: ['05000'] },
  '06': { head: 'withCcccc', extra: SALE_FIELDS, successCodes: ['06000'] },
  '07': { head: 'withCcccc', extra: SALE_FIELDS, successCodes: ['07000'] },
  '08': { head: 'plain', extra: [], successCodes: ['08000'] },
  '09': { head: 'plain', extra: ['cfeBase64', 'timestamp', 'documentNumber', 'accessKey'], successCodes: ['09000'] },
  '10': { head: 'plain', extra: STATUS_FIELDS, successCodes: ['10000'] },
  '12': { head: 'plain', extra: [], successCodes: ['12000'] },
  '13': { head: 'plain', extra: [], successCodes: ['13000'] },
  '14': { head: 'plain', extra: [], successCodes: ['14000'] },
  '15': { head: 'plain', extra: ['logsBase64'], successCodes: ['15000'] },
  '16': { head: 'plain', extra: [], successCodes: ['16000'] },
  '17': { head: 'plain', extra: [], successCodes: ['17000'] },
  '18': { head: 'plain', extra: [], successCodes: ['18000'] },
};

export function parseSatResponse(raw: string): SatResponse {
  const parts = raw.replace(/\0+$/, '').split('|');
  if (parts.length < 2) throw new SatResponseError('SAT answer without separators');
  const [session, code] = parts;
  if (!/^\d{5}$/.test(code)) throw new SatResponseError(`SAT answer with invalid code "${code}"`);
  const layout = SUCCESS_LAYOUT[code.slice(0, 2)];
  if (parts.length === 5) {
    const success = !!layout && layout.successCodes.includes(code) && layout.extra.length === 0;
    return { session, code, success, message: parts[2], sefazCode: parts[3], sefazMessage: parts[4], fields: {} };
  }
  if (!layout) throw new SatResponseError(`unexpected ${parts.length}-field answer for code ${code}`);
  const headLength = layout.head === 'withCcccc' ? 6 : 5;
  if (parts.length !== headLength + layout.extra.length) {
    throw new SatResponseError(`SAT answer ${code} has ${parts.length} fields, expected 5 or ${headLength + layout.extra.length}`);
  }
  const offset = layout.head === 'withCcccc' ? 1 : 0;
  const fields: Record<string, string> = layout.head === 'withCcccc' ? { alertCode: parts[2] } : {};
  layout.extra.forEach((name, i) => (fields[name] = parts[headLength + i]));
  return {
    session,
    code,
    success: layout.successCodes.includes(code),
    message: parts[2 + offset],
    sefazCode: parts[3 + offset],
    sefazMessage: parts[4 + offset],
    fields,
  };
}

/** "12.34" -> 1234 (SAT totals come as decimal text; converted without floats). */
export function decimalTextToCents(value: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new SatResponseError(`invalid amount "${value}"`);
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}
