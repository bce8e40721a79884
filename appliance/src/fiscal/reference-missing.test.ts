import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { writeDemoSettings } from './fiscal-settings.js';
import { createFiscalModule, type FiscalModule } from './index.js';
import { testEmitterConfig } from './test-support/fixtures.js';

describe('fiscal module without the SEFAZ reference tables', () => {
  const emptyReference = mkdtempSync(join(tmpdir(), 'fiscal-no-reference-'));
  const previous = process.env.CHEFIA_FISCAL_REFERENCE;
  let app: TestAppliance;
  let fiscal: FiscalModule;

  beforeAll(async () => {
    const emitter = testEmitterConfig({ sefazBaseUrl: 'https://127.0.0.1:9' });
    process.env.CHEFIA_FISCAL_REFERENCE = emptyReference;
    fiscal = createFiscalModule({ settings: { emitter, transmitIntervalMs: 60_000, cancellationWindowMinutes: 30, alertBeforeDeadlineMs: 3_600_000 } });
    app = await startTestAppliance([fiscal]);
  });
  afterAll(async () => {
    await app?.close();
    if (previous === undefined) delete process.env.CHEFIA_FISCAL_REFERENCE;
    else process.env.CHEFIA_FISCAL_REFERENCE = previous;
    rmSync(emptyReference, { recursive: true, force: true });
  });

  it('starts with emission off instead of failing every sale, and still answers its routes', async () => {
    expect(() => fiscal.runtime()).toThrow();
    const res = await fetch(`${app.baseUrl}/api/v1/fiscal/documents?orderId=x`, { headers: { authorization: app.bearer(['fiscal.read']) } });
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual([]);
  });
});

describe('fiscal module before its A1 certificate arrived', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fiscal-no-certificate-'));
  let app: TestAppliance;
  let fiscal: FiscalModule;

  beforeAll(async () => {
    // A config.json naming a certificate file that is not there yet.
    writeDemoSettings(dataDir);
    unlinkSync(join(dataDir, 'fiscal', 'demo-a1.pfx'));
    fiscal = createFiscalModule();
    app = await startTestAppliance([fiscal], { dataDir });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the store running with emission off, and says so in /health', async () => {
    expect(() => fiscal.runtime()).toThrow();
    const health = await (await fetch(`${app.baseUrl}/health`)).json();
    expect(health.data.checks.fiscal).toMatchObject({ status: 'ok', emission: 'off', backlog: 0 });
  });
});
