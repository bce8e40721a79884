import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { getDocument, toSummary } from '../store/documents.js';
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

/**
 * NFeAutorizacao4 with indSinc=1: an authorizer that does not process the lot synchronously answers
 * cStat 103 "Lote recebido com sucesso" with a receipt (nRec) and no protNFe; the document's outcome
 * is read with NFeRetAutorizacao4 (retConsReciNFe) after the lot's tMed. 103 is not a rejection:
 * the NF-e follows its receipt to the authorization.
 */
describe.runIf(referencePresent())('NF-e whose lot SEFAZ answers asynchronously (103 + nRec)', () => {
  const simulator = new SefazSimulator({ synchronousLots: false });
  let h: ServiceHarness;

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    h = startServiceHarness(testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem }));
  });
  afterAll(async () => {
    h.close();
    await simulator.stop();
  });

  it('follows the receipt to the authorization', async () => {
    const nfe = new Nfe55Service(h.ctx, 1);
    await nfe.request('order-async', buyer);

    const issued = await nfe.emitForOrder(regimeNormalSale('order-async'), buyer);
    const authorized = simulator.authorizedDocuments().find((d) => d.accessKey === issued.accessKey)!;
    expect(toSummary(getDocument(h.db, issued.id)!)).toMatchObject({ status: 'AUTHORIZED', protocol: authorized.protocol });
    expect(simulator.requests.map((r) => r.operation)).toEqual(['NFeAutorizacao4', 'NFeRetAutorizacao4']);
  });
});
