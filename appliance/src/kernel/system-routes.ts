import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { requirePermission } from './http/permissions.js';
import { readQuery } from './http/validation.js';
import type { ModuleContext } from './module.js';

/** `/health`, `/metrics` and journal replay for operators. */
export function registerSystemRoutes(ctx: ModuleContext): void {
  ctx.root.get('/health', async (c) => {
    const report = await ctx.health.report();
    return c.json(
      { success: report.status !== 'down', data: { ...report, storeId: ctx.config.storeId, uptimeSeconds: Math.round(process.uptime()) }, error: null, metadata: null },
      report.status === 'down' ? 503 : 200,
    );
  });

  const dbFile = join(ctx.config.dataDir, 'store.db');
  const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  ctx.root.get('/metrics', async (c) => {
    ctx.metrics.databaseBytes.set({ file: 'db' }, sizeOf(dbFile));
    ctx.metrics.databaseBytes.set({ file: 'wal' }, sizeOf(`${dbFile}-wal`));
    c.header('Content-Type', ctx.metrics.registry.contentType);
    return c.body(await ctx.metrics.registry.metrics());
  });

  const journalQuery = z.object({
    afterSeq: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  });
  ctx.api.get('/journal', requirePermission('journal.read'), (c) => {
    const q = readQuery(c, journalQuery);
    const events = ctx.journal.readAfter(q.afterSeq, q.limit);
    return c.json({ success: true, data: events, error: null, metadata: { lastSeq: ctx.journal.lastSeq() } });
  });
}
