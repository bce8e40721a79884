import { SefazTransportError } from '../sefaz/soap.js';

/** 656 "Consumo Indevido": the authorizer refuses every request of the CNPJ for a while. */
const UNDUE_CONSUMPTION = 656;

/**
 * Answers that judge SEFAZ's service, not what was sent: 108/109 the authorizer is paralysed
 * (for a short while, or with no forecast), 656 it throttles the CNPJ, 999 "Erro não catalogado"
 * is its own failure.
 */
const SERVICE_NOT_SERVED = new Set([108, 109, UNDUE_CONSUMPTION, 999]);

/**
 * After a 656 the authorizer answers 656 to every request of the CNPJ for up to an hour (NT
 * 2018.002), and a request sent meanwhile can extend the block, so nothing is sent before then.
 */
export const UNDUE_CONSUMPTION_BLOCK_MS = 60 * 60 * 1000;

/**
 * SEFAZ did not serve the request. Like an unreachable SEFAZ, the document stays as it is (an
 * online sale goes offline) and is sent again later.
 */
export class SefazUnavailableError extends SefazTransportError {
  constructor(
    readonly cStat: number,
    xMotivo: string,
    /** How long SEFAZ refuses any request; 0 when the next regular attempt may go. */
    readonly retryAfterMs: number,
  ) {
    super('SEFAZ_UNREACHABLE', `${cStat} ${xMotivo}`);
    this.name = 'SefazUnavailableError';
  }
}

/** Throws SefazUnavailableError when an answer's status is about the service rather than the request. */
export function assertSefazServed(cStat: number, xMotivo: string): void {
  if (!SERVICE_NOT_SERVED.has(cStat)) return;
  throw new SefazUnavailableError(cStat, xMotivo, cStat === UNDUE_CONSUMPTION ? UNDUE_CONSUMPTION_BLOCK_MS : 0);
}
