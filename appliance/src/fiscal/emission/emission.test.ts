import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import { referencePaths } from '../shared/reference-paths.js';
import { validateXml } from '../shared/xmllint.js';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { exportMonth } from '../export/monthly-export.js';
import { procNFeXml } from '../sefaz/messages.js';
import { tpAmb } from '../nfce/emitter-config.js';
import { formatLocalDateTime } from '../shared/local-datetime.js';
import { getDocument, updateDocument } from '../store/documents.js';
import { findNumberingGaps, setNextNumber } from '../store/numbering.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { cancelDocument } from './cancellation.js';
import { inutilizeNumberingGaps, inutilizeRejectedDocument } from './inutilization.js';

const schema = (name: string) => join(referencePaths.nfeSchemaDir(), name);

describe.runIf(referencePresent())('NFC-e emission with offline contingency', () => {
  const simulator = new SefazSimulator();
  let config: EmitterConfig;
  let dir: string;
  let h: ServiceHarness;
  const types = () => h.journal.readAfter(0).map((e) => e.type);

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    config = testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem, sefazTimeoutMs: 1500 });
  });
  afterAll(() => simulator.stop());
  beforeEach(async () => {
    await simulator.reset();
    dir = mkdtempSync(join(tmpdir(), 'fiscal-emission-'));
    h = startServiceHarness(config, { dir });
  });
  afterEach(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('authorizes online (100) and stores a schema-valid procNFe; a retry for the order returns the same document', async () => {
    const doc = await h.service.emitForOrder(simplesSale('order-online'));
    expect(doc).toMatchObject({ status: 'AUTHORIZED', cStat: 100, number: 1, series: 1, contingency: false, totalCents: 9635 });
    expect(doc.protocol).toMatch(/^\d{15}$/);
    const row = getDocument(h.db, doc.id)!;
    expect((await validateXml(schema('procNFe_v4.00.xsd'), row.proc_xml!)).valid).toBe(true);
    expect((await h.service.emitForOrder(simplesSale('order-online'))).id).toBe(doc.id);
    expect(types()).toEqual(['fiscal.document_issued', 'fiscal.document_authorized']);

    // Stored: SEFAZ's protocol beside the signed XML, not the signed XML a second time.
    const stored = h.db.prepare('SELECT proc_xml, prot_xml FROM fiscal_documents WHERE id = ?').get(doc.id) as { proc_xml: string | null; prot_xml: string };
    expect(stored.proc_xml).toBeNull();
    expect(stored.prot_xml).toMatch(/^<protNFe [^>]*>.*<nProt>\d{15}<\/nProt>.*<\/protNFe>$/);
    expect(row.proc_xml).toBe(procNFeXml(row.signed_xml, stored.prot_xml));
    const month = formatLocalDateTime(new Date(doc.issuedAt), 'America/Sao_Paulo').slice(0, 7);
    expect(exportMonth(h.db, month, 'America/Sao_Paulo', tpAmb(h.ctx.config)).documents).toBe(1);

    // A document authorized by an earlier release holds the whole procNFe: it reads and exports the same.
    updateDocument(h.db, doc.id, { proc_xml: row.proc_xml, prot_xml: null }, new Date().toISOString());
    expect(h.db.prepare('SELECT prot_xml FROM fiscal_documents WHERE id = ?').pluck().get(doc.id)).toBeNull();
    expect(getDocument(h.db, doc.id)!.proc_xml).toBe(row.proc_xml);
    expect(exportMonth(h.db, month, 'America/Sao_Paulo', tpAmb(h.ctx.config)).documents).toBe(1);
  });

  it('refuses bad input before taking a number', async () => {
    const sale = simplesSale('bad');
    sale.items[0].ncm = '12';
    await expect(h.service.emitForOrder(sale)).rejects.toMatchObject({ code: 'FISCAL_ITEM_NCM_INVALID' });
    expect((await h.service.emitForOrder(simplesSale('good'))).number).toBe(1);
  });

  it('issues in contingency at once when SEFAZ is slow, then the queue is authorized when it answers again', async () => {
    await simulator.setMode('slow', 4000);
    const started = Date.now();
    const first = await h.service.emitForOrder(simplesSale('slow-1'));
    expect(Date.now() - started).toBeLessThan(3500); // the 1.5 s timeout, not the 4 s SEFAZ delay
    expect(first).toMatchObject({ status: 'CONTINGENCY', contingency: true, number: 1 });
    expect(first.accessKey[34]).toBe('9');
    expect(first.qrCode.split('|')).toHaveLength(8); // offline form with DigestValue and hash
    expect(first.contingencyDeadline).not.toBeNull();

    const sentBefore = simulator.requests.length;
    const second = await h.service.emitForOrder(simplesSale('slow-2'));
    expect(second).toMatchObject({ status: 'CONTINGENCY', number: 2 });
    expect(simulator.requests.length).toBe(sentBefore); // went offline without waiting for SEFAZ again

    await simulator.setMode('up');
    const report = await h.service.transmitPending();
    expect(report).toMatchObject({ attempted: 2, authorized: 2, sefazAvailable: true });
    // The slow online attempt of sale 1 had in fact been authorized: SEFAZ answered the offline twin
    // with 539 and the online version (with its protocol) became the document.
    const one = getDocument(h.db, first.id)!;
    expect(one.status).toBe('AUTHORIZED');
    expect(one.access_key[34]).toBe('1');
    expect(getDocument(h.db, second.id)!).toMatchObject({ status: 'AUTHORIZED', c_stat: 100 });
    expect(getDocument(h.db, second.id)!.proc_xml).toContain('<tpEmis>9</tpEmis>');
    expect(h.service.inContingency).toBe(false);
    expect(findNumberingGaps(h.db, 65, 1, 2)).toEqual([]);
  });

  it('keeps the queue across a restart while SEFAZ is down and sends it when SEFAZ is back', async () => {
    await simulator.setMode('down');
    const offline = await h.service.emitForOrder(simplesSale('down-1'));
    expect(offline.status).toBe('CONTINGENCY');
    expect((await h.service.transmitPending()).sefazAvailable).toBe(false);
    h = h.restart();
    await simulator.setMode('up');
    const report = await h.service.transmitPending();
    expect(report.authorized).toBe(1);
    expect(getDocument(h.db, offline.id)!.status).toBe('AUTHORIZED');
    expect(types()).toContain('fiscal.contingency_entered');
  });

  it('surfaces a rejection after the fact and inutilizes the number of a document that will not be corrected', async () => {
    await simulator.setMode('down');
    const sale = simplesSale('reject-later');
    sale.items[0].ncm = '00000000';
    const doc = await h.service.emitForOrder(sale);
    await simulator.setMode('up');
    const report = await h.service.transmitPending();
    expect(report.refused).toBe(1);
    const rejected = getDocument(h.db, doc.id)!;
    expect(rejected).toMatchObject({ status: 'REJECTED', c_stat: 778 });
    const event = h.journal.readAfter(0).find((e) => e.type === 'fiscal.document_rejected')!;
    expect(event.payload).toMatchObject({ afterTheFact: true, cStat: 778 });
    expect((await h.service.emitForOrder(sale)).id).toBe(doc.id); // a replay does not take a new number
    const voided = await inutilizeRejectedDocument(h.ctx, doc.id, 'Documento rejeitado pela SEFAZ e nao corrigido');
    expect(voided.status).toBe('VOIDED');
    expect(simulator.isInutilized(config.cnpj, 1, doc.number)).toBe(true);
    expect(findNumberingGaps(h.db, 65, 1, 2)).toEqual([]);
    const corrected = simplesSale('reject-later');
    const reissued = await h.service.emitForOrder(corrected);
    expect(reissued).toMatchObject({ status: 'AUTHORIZED', number: doc.number + 1 });
  });

  it('continues an imported series and inutilizes the numbers it skipped', async () => {
    h.db.transaction(() => setNextNumber(h.db, 65, 1, 2, 5))();
    expect(findNumberingGaps(h.db, 65, 1, 2)).toEqual([{ first: 1, last: 4 }]);
    expect((await h.service.emitForOrder(simplesSale('imported'))).number).toBe(5);
    expect(await inutilizeNumberingGaps(h.ctx, 'Numeracao usada no sistema anterior da loja')).toEqual([{ first: 1, last: 4, cStat: 102 }]);
    expect(findNumberingGaps(h.db, 65, 1, 2)).toEqual([]);
    expect(simulator.isInutilized(config.cnpj, 1, 3)).toBe(true);
    expect(types()).toContain('fiscal.numbers_inutilized');
  });

  it('alerts once before the 24 h contingency deadline', async () => {
    h.close();
    h = startServiceHarness(config, { dir, alertBeforeDeadlineMs: 25 * 60 * 60 * 1000 });
    await simulator.setMode('down');
    await h.service.emitForOrder(simplesSale('deadline'));
    expect(await h.service.alertNearDeadlines()).toBe(1);
    expect(await h.service.alertNearDeadlines()).toBe(0);
    expect(types().filter((t) => t === 'fiscal.contingency_deadline_near')).toHaveLength(1);
  });

  it('cancels within the window (135) with a schema-valid procEventoNFe and refuses after it', async () => {
    const doc = await h.service.emitForOrder(simplesSale('to-cancel'));
    const cancelled = await cancelDocument(h.ctx, doc.id, 'Cliente desistiu da compra no caixa');
    expect(cancelled.status).toBe('CANCELLED');
    const row = getDocument(h.db, doc.id)!;
    expect((await validateXml(schema('procEventoCancNFe_v1.00.xsd'), row.cancel_xml!)).valid).toBe(true);

    const late = await h.service.emitForOrder(simplesSale('too-late'));
    const lateCtx = { ...h.ctx, now: () => new Date(Date.now() + 31 * 60_000) };
    await expect(cancelDocument(lateCtx, late.id, 'Cliente desistiu da compra no caixa')).rejects.toMatchObject({ code: 'FISCAL_CANCELLATION_WINDOW_EXPIRED' });
    await expect(cancelDocument(h.ctx, late.id, 'curta')).rejects.toMatchObject({ code: 'FISCAL_JUSTIFICATION_INVALID' });
  });
});
