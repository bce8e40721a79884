/**
 * SEFAZ answers that refuse the request, not the document.
 *
 * - An authorizer that finds a CNPJ calling too often answers the lot "Consumo Indevido" (656) and
 *   refuses every request for up to an hour; nothing was said about the document. An offline
 *   NFC-e the customer already holds stays in contingency, no request goes to SEFAZ during the
 *   block (each one would prolong it), and the queue is sent again once it is over.
 * - "Erro não catalogado" (999) is SEFAZ's own failure: the sale goes on as with an unavailable
 *   SEFAZ (offline contingency), never as a rejected document with a number to inutilize.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAuthorization } from '../sefaz/responses.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { issueDocumentCommand } from './issue-commands.js';
import { UNDUE_CONSUMPTION_BLOCK_MS } from './sefaz-unavailable.js';

const retEnviNFe = (cStat: number, xMotivo: string) =>
  `<retEnviNFe xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><tpAmb>2</tpAmb><verAplic>SVRS202401</verAplic><cStat>${cStat}</cStat><xMotivo>${xMotivo}</xMotivo><cUF>35</cUF><dhRecbto>2026-12-05T23:00:00-03:00</dhRecbto></retEnviNFe>`;

const authorizedLot = (accessKey: string) =>
  `<retEnviNFe xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><tpAmb>2</tpAmb><verAplic>SVRS202401</verAplic><cStat>104</cStat><xMotivo>Lote processado</xMotivo><cUF>35</cUF><dhRecbto>2026-12-05T23:00:00-03:00</dhRecbto><protNFe versao="4.00"><infProt><tpAmb>2</tpAmb><verAplic>SVRS202401</verAplic><chNFe>${accessKey}</chNFe><dhRecbto>2026-12-05T23:00:00-03:00</dhRecbto><nProt>135260000000656</nProt><digVal>AAAAAAAAAAAAAAAAAAAAAAAAAAA=</digVal><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe></retEnviNFe>`;

describe.runIf(referencePresent())('lot-level answers that say nothing about the document', () => {
  let dir: string;
  let h: ServiceHarness;
  /** How far the store's clock is ahead of the real one. */
  let elapsedMs: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fiscal-lot-refusal-'));
    elapsedMs = 0;
    h = startServiceHarness(testEmitterConfig(), { dir, now: () => new Date(Date.now() + elapsedMs) });
  });
  afterEach(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const eventTypes = () => h.journal.readAfter(0).map((e) => e.type);

  it("an offline NFC-e answered 'Consumo Indevido' (656) stays in the queue", async () => {
    const contingency = { enteredAt: new Date(), reason: 'SEFAZ INDISPONIVEL OU SEM RESPOSTA NO TEMPO LIMITE' };
    const offline = await h.ctx.commands.run('fiscal.issue_nfce', issueDocumentCommand(h.ctx, simplesSale('order-offline-656'), contingency));
    expect(offline.status).toBe('CONTINGENCY');

    h.ctx.client.status = async () => ({ cStat: 107, xMotivo: 'Servico em Operacao', xml: '' });
    h.ctx.client.authorize = async () => parseAuthorization(retEnviNFe(656, 'Rejeicao: Consumo Indevido'));
    await h.service.transmitPending();

    expect(getDocument(h.db, offline.id)!.status).toBe('CONTINGENCY');
    expect(eventTypes()).not.toContain('fiscal.document_rejected');
  });

  it("sends nothing to SEFAZ while a 'Consumo Indevido' (656) block lasts, then sends the queue", async () => {
    const contingency = { enteredAt: new Date(), reason: 'SEFAZ INDISPONIVEL OU SEM RESPOSTA NO TEMPO LIMITE' };
    const offline = await h.ctx.commands.run('fiscal.issue_nfce', issueDocumentCommand(h.ctx, simplesSale('order-blocked-656'), contingency));
    let requests = 0;
    h.ctx.client.status = async () => {
      requests += 1;
      return { cStat: 107, xMotivo: 'Servico em Operacao', xml: '' };
    };
    h.ctx.client.authorize = async () => {
      requests += 1;
      return parseAuthorization(retEnviNFe(656, 'Rejeicao: Consumo Indevido'));
    };
    expect(await h.service.transmitPending()).toMatchObject({ attempted: 1, sefazAvailable: false });

    elapsedMs = UNDUE_CONSUMPTION_BLOCK_MS - 60_000;
    expect(await h.service.transmitPending()).toMatchObject({ attempted: 0, sefazAvailable: false });
    expect(requests).toBe(1);

    elapsedMs = UNDUE_CONSUMPTION_BLOCK_MS + 1_000;
    h.ctx.client.authorize = async () => parseAuthorization(authorizedLot(offline.access_key));
    expect(await h.service.transmitPending()).toMatchObject({ attempted: 1, authorized: 1, sefazAvailable: true });
    expect(getDocument(h.db, offline.id)!.status).toBe('AUTHORIZED');
  });

  it("keeps a 'Consumo Indevido' (656) pause across a restart: nothing is sent, the next sale goes offline unsent", async () => {
    const contingency = { enteredAt: new Date(), reason: 'SEFAZ INDISPONIVEL OU SEM RESPOSTA NO TEMPO LIMITE' };
    const offline = await h.ctx.commands.run('fiscal.issue_nfce', issueDocumentCommand(h.ctx, simplesSale('order-restart-656'), contingency));
    h.ctx.client.status = async () => ({ cStat: 107, xMotivo: 'Servico em Operacao', xml: '' });
    h.ctx.client.authorize = async () => parseAuthorization(retEnviNFe(656, 'Rejeicao: Consumo Indevido'));
    expect(await h.service.transmitPending()).toMatchObject({ attempted: 1, sefazAvailable: false });
    const paused = h.journal.readAfter(0).filter((e) => e.type === 'fiscal.sefaz_paused').map((e) => e.payload as { service: string; cStat: number; until: string });
    expect(paused.map((p) => [p.service, p.cStat])).toEqual([['NFCE', 656]]);

    // The appliance restarts ten minutes later, still inside the block.
    h = h.restart();
    elapsedMs = 10 * 60_000;
    let requests = 0;
    h.ctx.client.status = async () => {
      requests += 1;
      return { cStat: 107, xMotivo: 'Servico em Operacao', xml: '' };
    };
    h.ctx.client.authorize = async () => {
      requests += 1;
      return parseAuthorization(authorizedLot(offline.access_key));
    };
    expect(await h.service.transmitPending()).toMatchObject({ attempted: 0, sefazAvailable: false });
    const sale = await h.service.emitForOrder(simplesSale('order-during-pause'));
    expect(sale.status).toBe('CONTINGENCY');
    expect(requests).toBe(0);

    elapsedMs = UNDUE_CONSUMPTION_BLOCK_MS + 1_000;
    h.ctx.client.authorize = async (_lot, signedXml) => {
      requests += 1;
      const key = /Id="NFe(\w{44})"/.exec(signedXml)![1];
      return parseAuthorization(authorizedLot(key));
    };
    expect(await h.service.transmitPending()).toMatchObject({ attempted: 2, authorized: 2, sefazAvailable: true });
  });

  it("a sale answered 'Erro não catalogado' (999) is not a rejected document", async () => {
    h.ctx.client.authorize = async () => parseAuthorization(retEnviNFe(999, 'Rejeicao: Erro nao catalogado'));
    const doc = await h.service.emitForOrder(simplesSale('order-999'));

    expect(['CONTINGENCY', 'PENDING']).toContain(doc.status);
    expect(eventTypes()).not.toContain('fiscal.document_rejected');
  });
});
