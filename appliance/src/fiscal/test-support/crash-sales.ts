import { readFileSync } from 'node:fs';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { simplesSale, testEmitterConfig } from './fixtures.js';

export async function crashTestConfig(baseUrl: string, caFile: string): Promise<EmitterConfig> {
  return testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: readFileSync(caFile, 'utf8'), sefazTimeoutMs: 4000 });
}

/** Every 37th sale carries an NCM SEFAZ rejects (778), so the run also produces numbers to inutilize. */
export function crashSale(orderId: string, n: number): FiscalSale {
  const sale = simplesSale(orderId);
  if (n % 37 === 5) sale.items[0].ncm = '00000000';
  return sale;
}
