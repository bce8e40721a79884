import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import type { ModuleContext } from '../module.js';
import { repoRoot } from '../paths.js';

const SPEC_PATH = '/api/v1/openapi.json';

/**
 * `/api/v1/openapi.json` and the `/api/docs` reference page. The document is built from the routes'
 * markers on the first request (modules register every route before the server listens) and kept;
 * the generator is imported only then, so a store that never asks pays nothing for it.
 */
export function registerOpenApiRoutes(ctx: ModuleContext): void {
  let document: Promise<Record<string, unknown>> | undefined;
  const load = () =>
    (document ??= (async () => {
      const [{ applianceOpenApiDocument }, manifest] = await Promise.all([import('./openapi-document.js'), readFile(join(repoRoot(), 'package.json'), 'utf8')]);
      return applianceOpenApiDocument(ctx.root, (JSON.parse(manifest) as { version: string }).version);
    })());

  ctx.root.get(SPEC_PATH, routeDoc({ tag: 'system', summary: 'This OpenAPI 3.1 document', produces: 'application/json', security: [] }), async (c) => c.json(await load()));
  ctx.root.get('/api/docs', routeDoc({ tag: 'system', summary: 'The API reference page (HTML, no script)', produces: 'text/html', security: [] }), async (c) => {
    const { referencePage } = await import('../../../contract/api/openapi/reference-page.js');
    return c.html(referencePage(await load(), SPEC_PATH));
  });
}
