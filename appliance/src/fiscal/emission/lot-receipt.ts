import { setTimeout as sleep } from 'node:timers/promises';
import type { AuthorizationResult } from '../sefaz/responses.js';
import type { FiscalContext } from './context.js';

/** 103 "Lote recebido com sucesso": the authorizer processes the lot apart and hands a receipt (nRec). */
const LOT_RECEIVED = 103;
/** 105 "Lote em processamento": the receipt is not processed yet. */
const LOT_IN_PROCESS = 105;
/** 106 "Lote não localizado": the receipt is unknown (yet, or any more); the document is not refused. */
const LOT_NOT_FOUND = 106;
/** Lot statuses that say nothing about the document: it waits and is sent again later. */
export const LOT_NOT_PROCESSED = new Set([LOT_RECEIVED, LOT_IN_PROCESS, LOT_NOT_FOUND]);

/** Queries of one receipt before the document is left for the transmitter's next pass. */
const RECEIPT_QUERIES = 3;
/** At most this long between queries, whatever tMed says: a sale waits for it at the till. */
const MAX_WAIT_MS = 5_000;

/**
 * indSinc=1 asks for the outcome in the answer, but an authorizer that does not process lots
 * synchronously answers 103 with a receipt instead (no protNFe). The outcome is then read with
 * NFeRetAutorizacao4 (retConsReciNFe), after the lot's average time (tMed) as the NF-e manual asks
 * (querying sooner is "consumo indevido"). A lot still in process after a few queries is returned
 * as is: its document stays waiting and is sent again, and SEFAZ answers the repeat with the
 * outcome (204 with the protocol on file once authorized).
 */
export async function followLotReceipt(ctx: FiscalContext, result: AuthorizationResult): Promise<AuthorizationResult> {
  if (result.document || result.lotStatus !== LOT_RECEIVED || !result.receipt) return result;
  const waitMs = Math.min((result.averageSeconds ?? 1) * 1000, MAX_WAIT_MS);
  let processed = result;
  for (let query = 0; query < RECEIPT_QUERIES && LOT_NOT_PROCESSED.has(processed.lotStatus) && !processed.document; query++) {
    await sleep(waitMs);
    processed = await ctx.client.authorizationResult(result.receipt);
  }
  return processed;
}
