import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstTagText } from '../shared/xml-text.js';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';

/**
 * The slow online attempt of a sale reached SEFAZ and was authorized; the till had already issued
 * the offline twin. Later the twin is answered 539 and the module fetches the protocol SEFAZ holds
 * (docs/fiscal.md "Contingency"). That protocol says when SEFAZ authorized the document (dhRecbto):
 * the authorization time the DANFE prints ("Data de autorização") and the start of the
 * cancellation window. The store records that time, not the moment it fetched the protocol.
 */
describe.runIf(referencePresent())('authorization time of a document recovered from SEFAZ (539)', () => {
  const simulator = new SefazSimulator();
  let dir: string;
  let h: ServiceHarness;

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    dir = mkdtempSync(join(tmpdir(), 'fiscal-authorized-at-'));
    h = startServiceHarness(testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem, sefazTimeoutMs: 1500 }), { dir });
  });
  afterAll(async () => {
    h.close();
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps SEFAZ\'s dhRecbto as authorized_at', async () => {
    await simulator.setMode('slow', 3000);
    const offline = await h.service.emitForOrder(simplesSale('order-539-time'));
    expect(offline.status).toBe('CONTINGENCY');
    await new Promise((resolve) => setTimeout(resolve, 4000)); // the connection comes back a while later
    await simulator.setMode('up');
    await h.service.transmitPending();

    const row = getDocument(h.db, offline.id)!;
    expect(row.status).toBe('AUTHORIZED');
    expect(row.access_key[34]).toBe('1'); // the online version SEFAZ authorized is the document
    const dhRecbto = firstTagText(row.prot_xml!, 'dhRecbto')!;
    expect(Math.abs(Date.parse(row.authorized_at!) - Date.parse(dhRecbto))).toBeLessThan(1000);
  });
});
