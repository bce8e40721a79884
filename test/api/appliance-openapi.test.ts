import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApplianceClient, unwrap } from '../../appliance/contract/api/client.js';
import { startTestAppliance, type TestAppliance } from '../../appliance/src/kernel/testing/harness.js';
import { applianceModules } from '../../appliance/src/modules.js';
import { APPLIANCE_TYPES_FILE, applianceApiTypes } from './api-types.js';
import { checkedCaller, checkGetAnswers, routesWithoutResponseSchema } from './response-schemas.js';
import { exerciseWriteRoutes } from './write-answers-scenario.js';
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

  it('declares what every JSON route answers (the envelope\'s data), so client types are exact', () => {
    expect(routesWithoutResponseSchema(app.ctx.root)).toEqual([]);
  });

  it('declares response schemas that the real answers parse with (every list and the first item of each)', async () => {
    const admin = await unwrap(createApplianceClient({ baseUrl: app.baseUrl }).POST('/api/v1/auth/login', { body: { username: 'admin', password: 'Admin#2026' } }));
    const report = await checkGetAnswers(app.ctx.root, `Bearer ${admin.accessToken}`);
    expect(report.mismatches).toEqual([]);
    expect(report.checked.length).toBeGreaterThanOrEqual(15);
  });

  it('declares response schemas that the answers of writes parse with (tabs, stock, peripherals, keys, privacy, fiscal, sessions)', async () => {
    const admin = await unwrap(createApplianceClient({ baseUrl: app.baseUrl }).POST('/api/v1/auth/login', { body: { username: 'admin', password: 'Admin#2026' } }));
    const { call, report } = checkedCaller(app.ctx.root, `Bearer ${admin.accessToken}`);
    await exerciseWriteRoutes(call);
    expect(report.mismatches).toEqual([]);
    expect(report.checked.length).toBeGreaterThanOrEqual(40);
  });

  it('is valid OpenAPI 3.1, with security taken from the guard each route runs', async () => {
    expect(await validateOpenApi(document)).toEqual({ valid: true, errors: [], version: '3.1' });
    const cancel = document.paths['/api/v1/orders/{id}/cancel'].post as unknown as Record<string, unknown>;
    expect(cancel['x-permission']).toBe('orders.cancel');
    expect(cancel.security).toEqual([{ bearerAuth: [] }, { apiKey: [] }, { bearerAuth: [], managerOverride: [] }, { apiKey: [], managerOverride: [] }]);
    expect((document.paths['/api/v1/auth/login'].post as unknown as Record<string, unknown>).security).toEqual([]);
  });

  it('lists every operation on the reference page in Chromium, under the store\'s Content-Security-Policy', async () => {
    const page = await referencePageOperations(app.baseUrl);
    expect(page.heading).toContain('Chefia POS appliance');
    expect(page.operations.sort()).toEqual(documentedOperations(document).sort());
    expect(page.errors).toEqual([]);
  });

  it('is what the committed client types were generated from (`npm run api:types` regenerates them)', async () => {
    const types = await applianceApiTypes(document);
    if (process.env.CHEFIA_WRITE_API_TYPES === '1') writeFileSync(APPLIANCE_TYPES_FILE, types);
    expect(readFileSync(APPLIANCE_TYPES_FILE, 'utf8'), 'appliance-api.generated.ts is stale: run npm run api:types').toBe(types);
  });

  it('serves the web apps a typed client: the envelope unwrapped, refusals as ApiError with the stable code and the pt-BR message', async () => {
    let token: string | null = null;
    const api = createApplianceClient({ baseUrl: app.baseUrl, accessToken: () => token });

    const session = await unwrap(api.POST('/api/v1/auth/login', { body: { username: 'gerente', password: 'Gerente#2026' } }));
    expect(session.user.role).toBe('MANAGER');
    token = session.accessToken;

    // The demo store opened today's business day.
    const current = await unwrap(api.GET('/api/v1/business-days/current'));
    expect(current.status).toBe('OPEN');
    const days = await unwrap(api.GET('/api/v1/business-days', { params: { query: { sort: 'date:desc' } } }));
    expect(days.map((day) => day.id)).toContain(current.id);

    const again = await unwrap(api.POST('/api/v1/business-days/open', { body: {} })).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ApiError);
    expect(again).toMatchObject({ status: 422, code: 'BUSINESS_DAY_ALREADY_OPEN', message: `Já existe um dia aberto (${current.date}). Feche-o antes de abrir outro.` });

    const invalid = await unwrap(api.GET('/api/v1/business-days', { params: { query: { size: 500 } } })).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'size' })] });

    token = null;
    const anonymous = await unwrap(api.GET('/api/v1/business-days/current')).catch((error: unknown) => error);
    expect(anonymous).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((anonymous as ApiError).requestId).toMatch(/\S/);
  });
});
