import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import { SefazClient } from '../sefaz/sefaz-client.js';
import { firstElement, firstTagText } from '../shared/xml-text.js';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { cancelDocument } from './cancellation.js';
import type { FiscalContext } from './context.js';
import { FiscalService } from './fiscal-service.js';

/**
 * A note is cancelled where it was authorized. A store that tested in homologação and then went
 * live in produção (or the other way round) still cancels its test note in homologação: SEFAZ
 * keeps each environment's notes apart, and an event of the other environment finds no note
 * (217). The event carries the note's own tpAmb, whatever the store's settings say now.
 */
describe.runIf(referencePresent())('cancelling a note of the environment the store left', () => {
  const simulator = new SefazSimulator();
  let dir: string;
  let h: ServiceHarness;
  let config: EmitterConfig;

  /** The same store database after the fiscal wizard moved it to another environment. */
  function storeNowIn(environment: EmitterConfig['environment']): FiscalContext {
    const moved = { ...config, environment };
    return { ...h.ctx, config: moved, client: new SefazClient(moved, h.ctx.certificate) };
  }

  const eventTpAmb = (cancelXml: string | null) => firstTagText(firstElement(cancelXml ?? '', 'evento') ?? '', 'tpAmb');

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    dir = mkdtempSync(join(tmpdir(), 'fiscal-cancel-env-'));
    config = testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem });
    h = startServiceHarness(config, { dir });
  });
  afterAll(async () => {
    h.close();
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a homologação note is cancelled in homologação after the store went live in produção', async () => {
    const doc = await h.service.emitForOrder(simplesSale('order-test-note'));
    expect(doc.status).toBe('AUTHORIZED');
    expect(getDocument(h.db, doc.id)!.environment).toBe(2);

    const cancelled = await cancelDocument(storeNowIn('production'), doc.id, 'Nota de teste emitida antes de entrar em produção');
    expect(cancelled.status).toBe('CANCELLED');
    const row = getDocument(h.db, doc.id)!;
    expect(eventTpAmb(row.cancel_xml)).toBe('2');
    expect(simulator.authorizedDocuments().find((d) => d.accessKey === doc.accessKey)?.cancelled?.protocol).toBe(row.cancel_protocol);
  });

  it('a produção note is cancelled in produção after the store went back to homologação', async () => {
    const doc = await new FiscalService(storeNowIn('production')).emitForOrder(simplesSale('order-live-note'));
    expect(doc.status).toBe('AUTHORIZED');
    expect(getDocument(h.db, doc.id)!.environment).toBe(1);

    const cancelled = await cancelDocument(storeNowIn('homologation'), doc.id, 'Venda cancelada a pedido do cliente no caixa');
    expect(cancelled.status).toBe('CANCELLED');
    expect(eventTpAmb(getDocument(h.db, doc.id)!.cancel_xml)).toBe('1');
  });
});
