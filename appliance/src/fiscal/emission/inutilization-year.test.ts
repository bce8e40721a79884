import { describe, expect, it } from 'vitest';
import { inutilizeNumberingGaps } from './inutilization.js';
import type { SefazClient } from '../sefaz/sefaz-client.js';
import { setNextNumber } from '../store/numbering.js';
import { referencePresent, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness } from '../test-support/service-harness.js';

/**
 * The inutilização request's <ano> is the store's (Brasília time) year. On New Year's Eve after
 * 21:00 in São Paulo it is already next year in UTC; SEFAZ refuses a year ahead of its own
 * (rejeição 453, "Ano de inutilização não pode ser superior ao Ano atual"), so the gap stays open.
 */
describe.runIf(referencePresent())('inutilização on the evening of 31 December', () => {
  it('asks for the store\'s local year, not the UTC year', async () => {
    const config = testEmitterConfig({ timeZone: 'America/Sao_Paulo' });
    // 31/12/2026 22:30 in São Paulo = 01/01/2027 01:30 UTC.
    const h = startServiceHarness(config, { now: () => new Date('2027-01-01T01:30:00.000Z') });
    try {
      h.db.transaction(() => setNextNumber(h.db, 65, config.series, 2, 3))();
      const asked: number[] = [];
      const client = {
        inutilize: async (request: { year: number }) => {
          asked.push(request.year);
          return { cStat: 102, xMotivo: 'Inutilizacao de numero homologado', protocol: '135260000000001', xml: '<retInutNFe/>', requestXml: '<inutNFe/>' };
        },
      } as unknown as SefazClient;
      await inutilizeNumberingGaps({ ...h.ctx, client }, 'Numeros pulados por falha de energia na loja');
      expect(asked).toEqual([2026]);
    } finally {
      h.close();
    }
  });
});
