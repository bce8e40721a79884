import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createFiscalModule, type FiscalModule, type NfeBuyer } from './index.js';
import { SefazSimulator } from './simulators/sefaz-simulator.js';
import { referencePresent, regimeNormalSale, testEmitterConfig } from './test-support/fixtures.js';

const buyer: NfeBuyer = {
  cnpj: '11222333000181',
  ie: '110042490114',
  legalName: 'CONSTRUTORA EXEMPLO LTDA',
  address: { street: 'Avenida Paulista', number: '1000', district: 'Bela Vista', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01310100' },
};

/**
 * An NF-e model 55 has its own series and numbering (docs/fiscal.md "NF-e model 55 for a company").
 * `POST /fiscal/documents/{id}/inutilize` on a rejected NF-e inutilizes that document's own number:
 * model 55, the NF-e series and the document's environment, whatever the NFC-e settings are; the
 * NFC-e series keeps its numbers.
 */
describe.runIf(referencePresent())('inutilização of a rejected NF-e model 55', () => {
  const simulator = new SefazSimulator();
  let app: TestAppliance;
  let fiscal: FiscalModule;

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    const emitter = testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem, sefazTimeoutMs: 5000 });
    fiscal = createFiscalModule({
      settings: {
        emitter,
        transmitIntervalMs: 60_000,
        cancellationWindowMinutes: 30,
        alertBeforeDeadlineMs: 3_600_000,
        documents: { documentType: 'NFCE', nfeSeries: 7 },
      },
    });
    app = await startTestAppliance([fiscal]);
  });
  afterAll(async () => {
    await app.close();
    await simulator.stop();
  });

  it('inutilizes the NF-e number in the NF-e series (mod 55, serie 7) and leaves the NFC-e numbers alone', async () => {
    const runtime = fiscal.runtime();
    await fiscal.requestNfe('order-nfe-rejected', buyer);
    const sale = regimeNormalSale('order-nfe-rejected');
    sale.items[0].ncm = '00000000'; // the simulator rejects it (778), as SEFAZ does an unknown NCM
    const rejected = await runtime.emitForSale(sale);
    expect(rejected).toMatchObject({ model: 55, series: 7, number: 1, status: 'REJECTED', cStat: 778 });

    const voided = await runtime.inutilize(rejected.id, 'NF-e rejeitada pela SEFAZ e que nao sera corrigida');
    expect(voided.status).toBe('VOIDED');

    const inutilization = app.ctx.db.prepare('SELECT model, series, first_number, last_number, request_xml FROM fiscal_inutilizations').get() as {
      model: number;
      series: number;
      first_number: number;
      last_number: number;
      request_xml: string;
    };
    expect(inutilization.request_xml).toContain('<mod>55</mod><serie>7</serie><nNFIni>1</nNFIni><nNFFin>1</nNFFin>');
    expect({ model: inutilization.model, series: inutilization.series, first: inutilization.first_number }).toEqual({ model: 55, series: 7, first: 1 });
    expect(simulator.isInutilized(fiscal.runtime().ctx.config.cnpj, 7, 1, '55')).toBe(true);
    expect(simulator.isInutilized(fiscal.runtime().ctx.config.cnpj, 7, 1)).toBe(false);
    expect(app.ctx.db.prepare("SELECT aggregate_id FROM journal WHERE type = 'fiscal.numbers_inutilized'").pluck().get()).toBe('55-7');
  });
});
