import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { readStoreProfile, storeProfileInput, writeStoreProfile } from './store-profile.js';

const profileAnswer = () => import('./answers.js').then((a) => a.storeProfileAnswer);

/** The store's own data for the back office: read by any signed-in user, changed by a manager. */
export function registerStoreProfileRoutes(ctx: ModuleContext): void {
  ctx.api.get('/store', routeDoc({ tag: 'store', summary: 'The store profile: name, company ids, address, service charge, receipt texts, time zone', response: profileAnswer }), requirePermission('catalog.read'), (c) =>
    ok(c, readStoreProfile(ctx.db, ctx.config)),
  );
  ctx.api.put('/store', routeDoc({ tag: 'store', summary: 'Replace the store profile (journaled store.profile_changed)', body: storeProfileInput, response: profileAnswer }), requirePermission('business_day.manage'), async (c) => {
    const body = await readJson(c, storeProfileInput);
    return runCommand(c, 'store.profile_update', (tx) => {
      writeStoreProfile(tx, ctx.config.storeId, body);
      return readStoreProfile(tx.db, ctx.config);
    });
  });
}
