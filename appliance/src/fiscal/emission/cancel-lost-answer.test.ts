import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { cancelDocument } from './cancellation.js';

/**
 * The internet drops while the manager cancels an NFC-e: the evento de cancelamento reaches SEFAZ
 * and is registered, but its answer never comes back. The manager tries again (still within the
 * 30 minutes) and SEFAZ answers 573 "Duplicidade de Evento": the document is cancelled at SEFAZ.
 * The store reads the registered event back (NFeConsultaProtocolo4 lists the key's procEventoNFe)
 * and records the document CANCELLED with SEFAZ's protocol and procEventoNFe, as the first answer
 * would have.
 */
describe.runIf(referencePresent())('cancellation whose first answer was lost', () => {
  const simulator = new SefazSimulator();
  let dir: string;
  let h: ServiceHarness;

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    dir = mkdtempSync(join(tmpdir(), 'fiscal-cancel-lost-'));
    h = startServiceHarness(testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem, sefazTimeoutMs: 1500 }), { dir });
  });
  afterAll(async () => {
    h.close();
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records the cancellation SEFAZ already registered when the retry is answered 573', async () => {
    const doc = await h.service.emitForOrder(simplesSale('order-cancel-lost'));
    expect(doc.status).toBe('AUTHORIZED');

    // SEFAZ registers the event but its answer does not arrive in time.
    await simulator.setMode('slow', 4000);
    await expect(cancelDocument(h.ctx, doc.id, 'Cliente desistiu da compra no caixa')).rejects.toMatchObject({ name: 'SefazTransportError' });
    const deadline = Date.now() + 10_000;
    while (!simulator.authorizedDocuments().find((d) => d.accessKey === doc.accessKey)?.cancelled && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(simulator.authorizedDocuments().find((d) => d.accessKey === doc.accessKey)?.cancelled).toBeDefined();

    // The connection is back; the manager presses "cancel" again.
    await simulator.setMode('up');
    let retry: unknown;
    try {
      retry = await cancelDocument(h.ctx, doc.id, 'Cliente desistiu da compra no caixa');
    } catch (error) {
      retry = error;
    }
    expect(retry).toMatchObject({ status: 'CANCELLED' });
    const row = getDocument(h.db, doc.id)!;
    const onFile = simulator.authorizedDocuments().find((d) => d.accessKey === doc.accessKey)!.cancelled!;
    expect({ status: row.status, protocol: row.cancel_protocol }).toEqual({ status: 'CANCELLED', protocol: onFile.protocol });
    expect(row.cancel_xml).toMatch(/^<procEventoNFe xmlns="http:\/\/www.portalfiscal.inf.br\/nfe" versao="1.00"><evento /);
    expect(row.cancel_xml).toContain(`<nProt>${onFile.protocol}</nProt>`);
    const cancelled = h.journal.readAfter(0).filter((e) => e.type === 'fiscal.document_cancelled');
    expect(cancelled.map((e) => e.payload)).toEqual([expect.objectContaining({ documentId: doc.id, protocol: onFile.protocol, justification: 'Cliente desistiu da compra no caixa' })]);
  });
});
