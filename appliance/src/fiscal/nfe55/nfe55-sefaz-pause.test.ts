import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNDUE_CONSUMPTION_BLOCK_MS } from '../emission/sefaz-unavailable.js';
import { parseAuthorization } from '../sefaz/responses.js';
import type { SefazClient } from '../sefaz/sefaz-client.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, regimeNormalSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import type { NfeBuyer } from './buyer.js';
import { Nfe55Service } from './nfe55-service.js';

const buyer: NfeBuyer = {
  cnpj: '11222333000181',
  ie: '110042490114',
  legalName: 'CONSTRUTORA EXEMPLO LTDA',
  address: { street: 'Avenida Paulista', number: '1000', district: 'Bela Vista', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01310100' },
};

const lotAnswer = (inner: string) =>
  `<retEnviNFe xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><tpAmb>2</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic>${inner}<cUF>35</cUF><dhRecbto>2026-12-05T23:00:00-03:00</dhRecbto></retEnviNFe>`;
const undueConsumption = lotAnswer('<cStat>656</cStat><xMotivo>Rejeicao: Consumo Indevido</xMotivo>');
const authorized = (accessKey: string) =>
  `<retEnviNFe xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><tpAmb>2</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic><cStat>104</cStat><xMotivo>Lote processado</xMotivo><cUF>35</cUF><dhRecbto>2026-12-05T23:00:00-03:00</dhRecbto><protNFe versao="4.00"><infProt><tpAmb>2</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic><chNFe>${accessKey}</chNFe><dhRecbto>2026-12-05T23:00:00-03:00</dhRecbto><nProt>135260000000557</nProt><digVal>AAAAAAAAAAAAAAAAAAAAAAAAAAA=</digVal><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe></retEnviNFe>`;

/**
 * "Consumo Indevido" (656) on the NF-e service: SEFAZ refuses every request of the CNPJ for up to an
 * hour, and each request sent meanwhile can prolong the block. The NF-e stays PENDING, nothing goes
 * to the NF-e service until the block is over (a restart included), and then it is authorized.
 */
describe.runIf(referencePresent())('NF-e and a 656 block', () => {
  let dir: string;
  let h: ServiceHarness;
  let elapsedMs: number;
  let requests: number;
  let answer: (signedXml: string) => string;

  /** The NF-e service's client answers what `answer` says, counting the requests that reach it. */
  const nfeService = () => {
    const client = h.ctx.client.forModel(55);
    client.authorize = async (_lot, signedXml) => {
      requests += 1;
      return parseAuthorization(answer(signedXml));
    };
    h.ctx.client.forModel = () => client as SefazClient;
    return new Nfe55Service(h.ctx, 1);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nfe55-pause-'));
    elapsedMs = 0;
    requests = 0;
    h = startServiceHarness(testEmitterConfig(), { dir, now: () => new Date(Date.now() + elapsedMs) });
  });
  afterEach(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the NF-e pending and sends nothing to the NF-e service until the block is over, across a restart', async () => {
    answer = () => undueConsumption;
    let nfe = nfeService();
    await nfe.request('order-nfe-656', buyer);
    const issued = await nfe.emitForOrder(regimeNormalSale('order-nfe-656'), buyer);
    expect([issued.status, requests]).toEqual(['PENDING', 1]);
    const paused = h.journal.readAfter(0).filter((e) => e.type === 'fiscal.sefaz_paused').map((e) => e.payload);
    expect(paused).toMatchObject([{ service: 'NFE', cStat: 656 }]);

    elapsedMs = 20 * 60_000;
    await nfe.transmitPending();
    expect(requests).toBe(1);

    h = h.restart();
    nfe = nfeService();
    await nfe.transmitPending();
    expect(requests).toBe(1);
    expect(getDocument(h.db, issued.id)!.status).toBe('PENDING');

    elapsedMs = UNDUE_CONSUMPTION_BLOCK_MS + 1_000;
    answer = (signedXml) => authorized(/Id="NFe(\w{44})"/.exec(signedXml)![1]);
    await nfe.transmitPending();
    expect([getDocument(h.db, issued.id)!.status, requests]).toEqual(['AUTHORIZED', 2]);
  });
});
