import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createFiscalModule, type FiscalModule } from './index.js';
import { getDocument } from './store/documents.js';
import { referencePresent, simplesSale } from './test-support/fixtures.js';

// The SEFAZ endpoint and QR URL tables are read from the shared reference folder.
describe.runIf(referencePresent())('demo store (CHEFIA_DEMO=1)', () => {
  let app: TestAppliance;
  let fiscal: FiscalModule;

  beforeAll(async () => {
    fiscal = createFiscalModule();
    app = await startTestAppliance([fiscal], { env: { CHEFIA_DEMO: '1' } });
  });
  afterAll(() => app.close());

  it('generates its own A1 certificate and issues NFC-e in homologação against the in-process SEFAZ simulator', async () => {
    expect(existsSync(join(app.dataDir, 'fiscal', 'config.json'))).toBe(true);
    expect(existsSync(join(app.dataDir, 'fiscal', 'demo-a1.pfx'))).toBe(true);
    const runtime = fiscal.runtime();
    expect(runtime.ctx.config.sefazBaseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const summary = await fiscal.emitter.emitForOrder(simplesSale('demo-order'));
    expect(summary).toMatchObject({ status: 'AUTHORIZED', cStat: 100, contingency: false });
    expect(getDocument(app.ctx.db, summary.id)!.proc_xml).toContain('<cStat>100</cStat>');
    const danfe = fiscal.danfe(summary.id);
    expect(danfe.lines).toContain('CHEFIA DEMO LTDA');
    expect(danfe.qrCode).toBe(summary.qrCode);
  });
});
