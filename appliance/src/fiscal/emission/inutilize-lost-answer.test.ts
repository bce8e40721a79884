import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { getDocument } from '../store/documents.js';
import { findNumberingGaps } from '../store/numbering.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { inutilizeRejectedDocument } from './inutilization.js';

/**
 * The manager inutilizes the number of a rejected NFC-e while the store's connection is flaky: the
 * request reaches SEFAZ, which homologates it, but the answer is lost. Asked again, SEFAZ answers
 * 256 "Uma NF-e da faixa já está inutilizada": the number is inutilized. The store records it as
 * such (inutilização ALREADY_INUTILIZED, no protocol to read back: the web services have no query
 * for it) and voids the rejected row, so the order's corrected document can be issued
 * ("only after the rejected number is inutilized does a new call issue a corrected document",
 * docs/fiscal.md) and the number is no gap.
 */
describe.runIf(referencePresent())('inutilização whose first answer was lost', () => {
  const simulator = new SefazSimulator();
  let dir: string;
  let h: ServiceHarness;

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    dir = mkdtempSync(join(tmpdir(), 'fiscal-inut-lost-'));
    h = startServiceHarness(testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem, sefazTimeoutMs: 1500 }), { dir });
  });
  afterAll(async () => {
    h.close();
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('voids the rejected document when the retry is answered "already inutilized" (256)', async () => {
    const sale = simplesSale('order-inut-lost');
    sale.items[0].ncm = '00000000';
    const rejected = await h.service.emitForOrder(sale);
    expect(rejected).toMatchObject({ status: 'REJECTED', cStat: 778 });

    await simulator.setMode('slow', 4000);
    await expect(inutilizeRejectedDocument(h.ctx, rejected.id, 'NCM inexistente, venda sera emitida de novo')).rejects.toMatchObject({ name: 'SefazTransportError' });
    const deadline = Date.now() + 10_000;
    while (!simulator.isInutilized(h.ctx.config.cnpj, 1, rejected.number) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(simulator.isInutilized(h.ctx.config.cnpj, 1, rejected.number)).toBe(true);

    await simulator.setMode('up');
    let retry: unknown;
    try {
      retry = await inutilizeRejectedDocument(h.ctx, rejected.id, 'NCM inexistente, venda sera emitida de novo');
    } catch (error) {
      retry = error;
    }
    expect(retry).toMatchObject({ status: 'VOIDED' });
    expect(getDocument(h.db, rejected.id)!.status).toBe('VOIDED');
    expect(h.db.prepare('SELECT status, c_stat, protocol FROM fiscal_inutilizations').all()).toEqual([{ status: 'ALREADY_INUTILIZED', c_stat: 256, protocol: null }]);
    expect(findNumberingGaps(h.db, 65, 1, 2)).toEqual([]);
    const types = h.journal.readAfter(0).map((e) => e.type);
    expect(types.filter((t) => t === 'fiscal.numbers_inutilized' || t === 'fiscal.document_voided')).toEqual(['fiscal.numbers_inutilized', 'fiscal.document_voided']);
  });
});
