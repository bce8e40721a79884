import type { Hono } from 'hono';
import type { DocumentOptions } from './build-document.js';
import { routeDoc } from './route-doc.js';

export const OPENAPI_PATH = '/api/v1/openapi.json';
export const REFERENCE_PATH = '/api/docs';

/**
 * Serves `/api/v1/openapi.json` and the `/api/docs` reference page on an app. The document is built
 * from the app's routes on the first request (every route is registered before the server listens)
 * and kept; the generator and the page renderer are imported only then, so a process that is never
 * asked pays nothing for them at start-up.
 */
export function serveOpenApi(app: Hono<any>, loadOptions: () => Promise<DocumentOptions>): void {
  let document: Promise<Record<string, unknown>> | undefined;
  const load = () =>
    (document ??= Promise.all([import('./build-document.js'), loadOptions()]).then(([{ buildOpenApiDocument }, options]) => buildOpenApiDocument(app, options)));

  const spec = routeDoc({ tag: 'system', summary: 'This OpenAPI 3.1 document', produces: 'application/json', security: [] });
  app.get(OPENAPI_PATH, spec, async (c) => c.json(await load()));
  const page = routeDoc({ tag: 'system', summary: 'The API reference page (HTML, no script)', produces: 'text/html', security: [] });
  app.get(REFERENCE_PATH, page, async (c) => {
    const { referencePage } = await import('./reference-page.js');
    return c.html(referencePage((await load()) as Record<string, any>, OPENAPI_PATH));
  });
}
