import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { startTestAppliance, type TestAppliance } from '../../appliance/src/kernel/testing/harness.js';
import { applianceModules } from '../../appliance/src/modules.js';
import { documentedOperations, fetchDocument, referencePageOperations, routeCoverage, validateOpenApi, type OpenApiDocument } from './openapi-checks.js';

describe('the appliance OpenAPI document and reference page', () => {
  let app: TestAppliance;
  let document: OpenApiDocument;
  beforeAll(async () => {
    // A demo store mounts every route a store can have (the demo PIX payer included).
    app = await startTestAppliance(applianceModules(), { realAuth: true, env: { CHEFIA_DEMO: '1' } });
    document = await fetchDocument(app.baseUrl);
  });
  afterAll(() => app?.close());

  it('describes every mounted route, and only those', () => {
    const coverage = routeCoverage(app.ctx.root, document);
    expect(coverage.undocumented).toEqual([]);
    expect(coverage.unmounted).toEqual([]);
    expect(coverage.mounted).toBeGreaterThan(150);
  });

  it('is valid OpenAPI 3.1, with security taken from the guard each route runs', async () => {
    expect(await validateOpenApi(document)).toEqual({ valid: true, errors: [], version: '3.1' });
    const cancel = document.paths['/api/v1/orders/{id}/cancel'].post as unknown as Record<string, unknown>;
    expect(cancel['x-permission']).toBe('orders.cancel');
    expect(cancel.security).toEqual([{ bearerAuth: [] }, { apiKey: [] }, { bearerAuth: [], managerOverride: [] }, { apiKey: [], managerOverride: [] }]);
    expect((document.paths['/api/v1/auth/login'].post as unknown as Record<string, unknown>).security).toEqual([]);
  });

  it('lists every operation on the reference page in Chromium, under the store\'s Content-Security-Policy', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await referencePageOperations(browser, app.baseUrl);
      expect(page.heading).toContain('Chefia POS appliance');
      expect(page.operations.sort()).toEqual(documentedOperations(document).sort());
      expect(page.errors).toEqual([]);
    } finally {
      await browser?.close();
    }
  });
});
