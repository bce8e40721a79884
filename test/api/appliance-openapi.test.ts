import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountedRoutes, openApiPath } from '../../appliance/contract/api/openapi/build-document.js';
import { startTestAppliance, type TestAppliance } from '../../appliance/src/kernel/testing/harness.js';
import { applianceModules } from '../../appliance/src/modules.js';

type Document = { openapi: string; paths: Record<string, Record<string, { summary: string; tags: string[] }>> };

describe('the appliance OpenAPI document', () => {
  let app: TestAppliance;
  let document: Document;
  beforeAll(async () => {
    // A demo store mounts every route a store can have (the demo PIX payer included).
    app = await startTestAppliance(applianceModules(), { realAuth: true, env: { CHEFIA_DEMO: '1' } });
    const response = await app.ctx.root.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    document = (await response.json()) as Document;
  });
  afterAll(() => app?.close());

  it('describes every mounted route, and only those', () => {
    const mounted = mountedRoutes(app.ctx.root).map((route) => `${route.method} ${openApiPath(route.path)}`);
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(mounted.filter((route) => !documented.includes(route)).sort()).toEqual([]);
    expect(documented.filter((route) => !mounted.includes(route)).sort()).toEqual([]);
    expect(mounted.length).toBeGreaterThan(150);
  });

  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });
});
