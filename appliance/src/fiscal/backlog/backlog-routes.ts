import { z } from 'zod';
import { runCommand } from '../../kernel/http/command-route.js';
import { ok } from '../../kernel/http/envelope.js';
import { requirePermission } from '../../kernel/http/permissions.js';
import { readJson, readParam } from '../../kernel/http/validation.js';
import type { ModuleContext } from '../../kernel/module.js';
import { backlogSummary, pendingBacklog, waiveEmission } from './backlog-store.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

const waiveBody = lazySchema(() => z.object({ reason: z.string().trim().min(15).max(255) }));

/** The sales still without a fiscal document, and the manager's way to close one without emitting. */
export function registerBacklogRoutes(ctx: ModuleContext): void {
  ctx.api.get('/fiscal/backlog', routeDoc({ tag: 'fiscal', summary: 'Paid sales still without a fiscal document', response: () => import('../answers.js').then((a) => a.backlogAnswer) }), requirePermission('fiscal.read'), (c) => ok(c, { ...backlogSummary(ctx.db), entries: pendingBacklog(ctx.db) }));

  ctx.api.post('/fiscal/backlog/:orderId/waive', routeDoc({ tag: 'fiscal', summary: 'Close a backlog entry without emitting, with the manager\'s reason', body: waiveBody, response: () => import('../answers.js').then((a) => a.backlogEntryAnswer) }), requirePermission('fiscal.cancel'), async (c) => {
    const orderId = readParam(c, 'orderId');
    const body = await readJson(c, waiveBody);
    const actor = c.get('actor');
    return runCommand(c, 'fiscal.waive_emission', (tx) => waiveEmission(tx, orderId, body.reason, actor?.id ?? 'unknown'));
  });
}
