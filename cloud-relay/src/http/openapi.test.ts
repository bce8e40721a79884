import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedOperations, fetchDocument, referencePageOperations, routeCoverage, validateOpenApi, type OpenApiDocument } from '../../../test/api/openapi-checks.js';
import { checkedCaller, checkGetAnswers, routesWithoutResponseSchema } from '../../../test/api/response-schemas.js';
import { exerciseRelayRoutes } from '../testing/answers-scenario.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';

describe('the relay OpenAPI document and reference page', () => {
  let postgres: TestPostgres;
  let relay: TestRelay;
  let document: OpenApiDocument;
  beforeAll(async () => {
    postgres = await startTestPostgres();
    relay = await startTestRelay(postgres);
    document = await fetchDocument(relay.baseUrl);
  });
  afterAll(async () => {
    await relay?.close();
    await postgres?.stop();
  });

  it('describes every mounted route, and only those', () => {
    const coverage = routeCoverage(relay.app, document);
    expect(coverage.undocumented).toEqual([]);
    expect(coverage.unmounted).toEqual([]);
    expect(coverage.mounted).toBeGreaterThan(30);
  });

  it('declares what every JSON route answers (the envelope\'s data)', () => {
    expect(routesWithoutResponseSchema(relay.app)).toEqual([]);
  });

  it('declares response schemas that the real answers parse with, for writes and reads', async () => {
    const authorization = `Bearer ${await relay.adminToken()}`;
    const { call, report } = checkedCaller(relay.app, authorization);
    await exerciseRelayRoutes(call);
    const reads = await checkGetAnswers(relay.app, authorization);
    expect([...report.mismatches, ...reads.mismatches]).toEqual([]);
    expect(report.checked.length + reads.checked.length).toBeGreaterThanOrEqual(25);
  });

  it('is valid OpenAPI 3.1, with the store credential on the store-sync routes', async () => {
    expect(await validateOpenApi(document)).toEqual({ valid: true, errors: [], version: '3.1' });
    const upload = document.paths['/api/v1/stores/{storeId}/events'].post as unknown as { security: unknown; responses: Record<string, unknown> };
    expect(upload.security).toEqual([{ storeCredential: [] }]);
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '415']));
    // The portal's form posts describe their fields as a form, not as JSON.
    const createUser = document.paths['/portal/users'].post as unknown as { requestBody: { content: Record<string, { schema: { properties: object } }> } };
    expect(Object.keys(createUser.requestBody.content['application/x-www-form-urlencoded'].schema.properties).sort()).toEqual(['displayName', 'password', 'role', 'username']);
  });

  it('lists every operation on the reference page in Chromium', async () => {
    const page = await referencePageOperations(relay.baseUrl);
    expect(page.heading).toContain('Chefia POS cloud relay');
    expect(page.operations.sort()).toEqual(documentedOperations(document).sort());
    expect(page.errors).toEqual([]);
  });
});
