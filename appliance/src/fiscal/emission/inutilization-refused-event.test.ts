import { describe, expect, it } from 'vitest';
import type { SefazClient } from '../sefaz/sefaz-client.js';
import { setNextNumber } from '../store/numbering.js';
import { referencePresent, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness } from '../test-support/service-harness.js';
import { inutilizeNumberingGaps } from './inutilization.js';

/**
 * SEFAZ refuses an inutilização (here 241, "Um número da faixa já foi utilizado": the old POS did
 * use it). The refusal is recorded (fiscal_inutilizations REJECTED) and journaled as
 * `fiscal.inutilization_refused`, whose contract (docs/events.md) says `protocol: string | null`:
 * a refusal carries no nProt, so the event says null (the harness checks every event against its
 * contract).
 */
describe.runIf(referencePresent())('inutilização refused by SEFAZ', () => {
  it('records the refusal with an event that matches its contract (protocol null)', async () => {
    const config = testEmitterConfig();
    const h = startServiceHarness(config);
    try {
      h.db.transaction(() => setNextNumber(h.db, 65, config.series, 2, 3))();
      const client = {
        inutilize: async () => ({ cStat: 241, xMotivo: 'Rejeição: Um número da faixa já foi utilizado', xml: '<retInutNFe/>', requestXml: '<inutNFe/>' }),
      } as unknown as SefazClient;
      const results = await inutilizeNumberingGaps({ ...h.ctx, client }, 'Numeros usados no sistema anterior da loja');
      expect(results).toEqual([{ first: 1, last: 2, cStat: 241 }]);
      const refused = h.journal.readAfter(0).find((e) => e.type === 'fiscal.inutilization_refused');
      expect(refused?.payload).toMatchObject({ firstNumber: 1, lastNumber: 2, cStat: 241, protocol: null });
    } finally {
      h.close();
    }
  });
});
