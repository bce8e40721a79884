import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance } from '../kernel/testing/harness.js';
import { createFiscalModule } from './index.js';
import { SefazSimulator } from './simulators/sefaz-simulator.js';
import { getDocument } from './store/documents.js';
import { referencePresent, simplesSale, testEmitterConfig } from './test-support/fixtures.js';

describe.runIf(referencePresent())('contingency queue across an appliance restart', () => {
  const simulator = new SefazSimulator();
  let dataDir: string;

  beforeAll(() => (dataDir = mkdtempSync(join(tmpdir(), 'fiscal-restart-'))));
  afterAll(async () => {
    await simulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('issues offline while SEFAZ is down and the restarted appliance transmits the queue on its own', async () => {
    const baseUrl = await simulator.start();
    const settings = () => ({
      emitter: testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem, sefazTimeoutMs: 2000 }),
      transmitIntervalMs: 200,
      cancellationWindowMinutes: 30,
      alertBeforeDeadlineMs: 3_600_000,
    });
    await simulator.setMode('down');
    const first = createFiscalModule({ settings: settings() });
    const app = await startTestAppliance([first], { dataDir });
    const offline = await first.emitter.emitForOrder(simplesSale('restart-order'));
    expect(offline.status).toBe('CONTINGENCY');
    const receipt = first.danfe(offline.id);
    expect(receipt.lines).toContain('EMITIDA EM CONTINGÊNCIA');
    expect(receipt.lines).toContain('Pendente de autorização');
    expect(receipt.qrCode.split('|')).toHaveLength(8); // offline QR: day, total, DigestValue, hash
    await app.close();

    await simulator.setMode('up');
    const second = createFiscalModule({ settings: settings() });
    const restarted = await startTestAppliance([second], { dataDir });
    try {
      const deadline = Date.now() + 15_000;
      while (getDocument(restarted.ctx.db, offline.id)!.status !== 'AUTHORIZED' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const row = getDocument(restarted.ctx.db, offline.id)!;
      expect(row.status).toBe('AUTHORIZED');
      expect(row.access_key).toBe(offline.accessKey);
      expect(simulator.authorizedDocuments().map((d) => d.accessKey)).toEqual([offline.accessKey]);
    } finally {
      await restarted.close();
    }
  });
});
