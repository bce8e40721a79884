import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { startTestAppliance, type TestAppliance } from '../../appliance/src/kernel/testing/harness.js';
import { applianceModules } from '../../appliance/src/modules.js';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** `/orders/:id/payments` and `/orders/{id}/payments?status=` both become `/orders/{}/payments`. */
function normalise(method: string, path: string): string {
  const bare = path.split('?')[0].replace(/:[A-Za-z]\w*/g, '{}').replace(/\{[^}]*\}/g, '{}').replace(/(.)\/$/, '$1');
  return `${method} ${bare}`;
}

/**
 * The route tables of docs/api.md: `| GET | \`/a\`, \`/b\` (root) | …` rows, one or more methods
 * (`GET / PUT`) and paths, relative to /api/v1 unless the row says "(root)".
 */
function documentedRoutes(doc: string): Set<string> {
  const routes = new Set<string>();
  for (const line of doc.split('\n')) {
    const [, methodCell, pathCell] = line.split(' | ').length > 2 ? line.split(/ ?\| ?/) : [];
    if (!methodCell || !pathCell) continue;
    const methods = methodCell.split(' / ');
    if (!methods.every((method) => METHODS.has(method))) continue;
    const root = pathCell.endsWith('(root)');
    for (const [, path] of pathCell.matchAll(/`([^`]+)`/g)) {
      for (const method of methods) routes.add(normalise(method, root ? path : `/api/v1${path}`));
    }
  }
  return routes;
}

/** A documented route covers a mounted one when each segment is equal or the mounted one is a parameter (`/payments/webhooks/asaas` ~ `/payments/webhooks/:gateway`). */
function covers(documented: string, mounted: string): boolean {
  const a = documented.split('/');
  const b = mounted.split('/');
  return a.length === b.length && a.every((segment, i) => segment === b[i] || b[i] === '{}');
}

/** Every route a running store mounts (demo store: the demo-only routes included). */
function mountedRoutes(app: TestAppliance): Set<string> {
  return new Set(app.ctx.root.routes.filter((route) => METHODS.has(route.method) && !route.path.includes('*')).map((route) => normalise(route.method, route.path)));
}

describe('docs/api.md lists the routes the appliance mounts', () => {
  let app: TestAppliance;
  let doc: string;
  beforeAll(async () => {
    app = await startTestAppliance(applianceModules(), { realAuth: true, env: { CHEFIA_DEMO: '1' } });
    doc = readFileSync(join(repoRoot(), 'docs', 'api.md'), 'utf8');
  });
  afterAll(() => app?.close());

  it('documents every mounted route, the fiscal ones included', () => {
    const documented = documentedRoutes(doc);
    const missing = [...mountedRoutes(app)].filter((route) => ![...documented].some((doc) => covers(doc, route))).sort();
    expect(missing).toEqual([]);
    expect([...documented].some((route) => route.startsWith('POST /api/v1/fiscal/'))).toBe(true);
  });

  it('documents no route that does not exist', () => {
    const mounted = mountedRoutes(app);
    expect([...documentedRoutes(doc)].filter((route) => ![...mounted].some((m) => covers(route, m))).sort()).toEqual([]);
  });
});
