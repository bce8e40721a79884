import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_USERS } from '../../auth/index.js';
import type { ModuleContext } from '../../kernel/module.js';
import { repoRoot } from '../../kernel/paths.js';
import { demoPixGatewayOf } from '../../payments/index.js';
import { StartPage } from './page.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';

/**
 * `/` links every web app of the store and the API reference, with the store's health; a demo
 * store adds its public credentials and its simulated PIX gateway. `/docs/api.md` serves the API
 * reference from the checkout.
 */
export function registerStartPage(ctx: ModuleContext): void {
  const here = join(repoRoot(), 'appliance', 'src', 'workflows', 'start-page');
  ctx.root.get('/', routeDoc({ tag: 'system', summary: 'The start page (pt-BR, no script): web apps, API reference, store health; demo credentials in a demo store', produces: 'text/html', security: [] }), async (c) => {
    const demoPix = demoPixGatewayOf(ctx);
    const page = StartPage({
      t: (key, params) => ctx.messages.t(key, params),
      storeName: ctx.config.storeName,
      health: await ctx.health.report(),
      demoUsers: ctx.config.demo ? DEMO_USERS : null,
      pendingPix: demoPix ? demoPix.pendingCharges().map((p) => ({ id: p.id, amountCents: p.amountCents, createdAt: p.createdAt })) : null,
    });
    c.header('Cache-Control', 'no-store');
    return c.html(`<!doctype html>${page}`);
  });
  ctx.root.get('/start.css', routeDoc({ tag: 'system', summary: 'The start page\'s style sheet', produces: 'text/css', security: [] }), async (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(await readFile(join(here, 'style.css')));
  });
  ctx.root.get('/docs/api.md', routeDoc({ tag: 'system', summary: 'The API narrative (docs/api.md) as text', produces: 'text/plain', security: [] }), async (c) => {
    c.header('Content-Type', 'text/plain; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(await readFile(join(repoRoot(), 'docs', 'api.md')));
  });
}
