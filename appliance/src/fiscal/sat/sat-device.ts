import { randomInt } from 'node:crypto';
import { parseSatResponse, decimalTextToCents, type SatResponse } from './sat-responses.js';
import { satDestXml } from './dados-venda-xml.js';
import type { SatLibrary } from './sat-library.js';

export class SatError extends Error {
  constructor(
    readonly code: string,
    readonly response: SatResponse,
  ) {
    super(`${response.code} ${response.message}`);
    this.name = 'SatError';
  }
}

export interface SatSale {
  accessKey: string; // 44 digits (without the "CFe" prefix)
  cfeXml: string;
  timestamp: string; // AAAAMMDDHHMMSS
  totalCents: number;
  consumerDocument: string;
  qrSignature: string;
}

/**
 * One SAT device over the library port: unique session numbers, parsed answers, and errors with
 * the device's code. Session numbers are random 6-digit values never reused in this process
 * (the ER forbids repeating one of the last 100).
 */
export class SatDevice {
  private readonly used = new Set<number>();

  constructor(
    private readonly library: SatLibrary,
    private readonly activationCode: string,
  ) {}

  /** A session number never used by this device object (the ER forbids repeating a recent one). */
  newSession(): number {
    for (;;) {
      const n = randomInt(100_000, 1_000_000);
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
  }

  private call(invoke: (session: number) => string, okCodes: string[], session = this.newSession()): SatResponse {
    const response = parseSatResponse(invoke(session));
    if (!okCodes.includes(response.code)) throw new SatError(`SAT_${response.code}`, response);
    return response;
  }

  activate(cnpj: string, ufCode: number): SatResponse {
    return this.call((s) => this.library.ativarSat(s, 1, this.activationCode, cnpj, ufCode), ['04000', '04006']);
  }

  associateSignature(cnpjs: string, signature: string): SatResponse {
    return this.call((s) => this.library.associarAssinatura(s, this.activationCode, cnpjs, signature), ['13000']);
  }

  status(): SatResponse {
    return this.call((s) => this.library.consultarStatusOperacional(s, this.activationCode), ['10000']);
  }

  ping(): SatResponse {
    return this.call((s) => this.library.consultarSat(s), ['08000']);
  }

  /** EnviarDadosVenda; give the session number to find the sale again after a crash (lastFiscalSession). */
  sell(dadosVenda: string, session?: number): SatSale {
    return toSale(this.call((s) => this.library.enviarDadosVenda(s, this.activationCode, dadosVenda), ['06000'], session));
  }

  cancelLast(accessKey: string, dadosCancelamento: string): SatSale {
    return toSale(this.call((s) => this.library.cancelarUltimaVenda(s, this.activationCode, `CFe${accessKey}`, dadosCancelamento), ['07000']));
  }

  lastFiscalSession(): SatResponse {
    return this.call((s) => this.library.consultarUltimaSessaoFiscal(s, this.activationCode), ['06000', '07000']);
  }
}

export function toSale(response: SatResponse): SatSale {
  const f = response.fields;
  return {
    accessKey: f.accessKey.replace(/^CFe/, ''),
    cfeXml: Buffer.from(f.cfeBase64, 'base64').toString('utf8'),
    timestamp: f.timestamp,
    totalCents: decimalTextToCents(f.totalValue),
    consumerDocument: f.consumerDocument,
    qrSignature: f.qrSignature,
  };
}

/** dadosCancelamento of CancelarUltimaVenda (layout 0.08). */
export function cancellationXml(accessKey: string, softwareHouseCnpj: string, signAC: string, checkoutNumber: number, consumerDocument?: string): string {
  // The cancellation names the consumer the sale named (CPF or CNPJ).
  const dest = satDestXml(consumerDocument);
  return `<CFeCanc><infCFe chCanc="CFe${accessKey}"><ide><CNPJ>${softwareHouseCnpj}</CNPJ><signAC>${signAC}</signAC><numeroCaixa>${String(checkoutNumber).padStart(3, '0')}</numeroCaixa></ide><emit/>${dest}<total/></infCFe></CFeCanc>`;
}
