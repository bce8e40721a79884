import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { serveOpenApi } from '../../contract/api/openapi/serve.js';
import { requirePermission } from './http/permissions.js';
import { readQuery } from './http/validation.js';
import { LOG_LEVELS, type LogLine, processLogTail } from './log-tail.js';
import type { ModuleContext } from './module.js';

const answers = () => import('./system-answers.js');

/** `/health`, `/metrics`, journal replay for operators, and the API's own description. */
export function registerSystemRoutes(ctx: ModuleContext): void {
  serveOpenApi(ctx.root, async () => (await import('./http/openapi-document.js')).APPLIANCE_OPENAPI);
  const health = routeDoc({ tag: 'system', summary: 'Store health: database, broker, disk, memory, fiscal backlog', description: 'Answers 503 with the same report (success false) when the store is down.', security: [], response: () => answers().then((a) => a.healthAnswer) });
  ctx.root.get('/health', health, async (c) => {
    const report = await ctx.health.report();
    return c.json(
      { success: report.status !== 'down', data: { ...report, storeId: ctx.config.storeId, uptimeSeconds: Math.round(process.uptime()) }, error: null, metadata: null },
      report.status === 'down' ? 503 : 200,
    );
  });

  const dbFile = join(ctx.config.dataDir, 'store.db');
  const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  const metrics = routeDoc({ tag: 'system', summary: 'Prometheus metrics (text exposition format)', produces: 'text/plain', security: [] });
  ctx.root.get('/metrics', metrics, async (c) => {
    ctx.metrics.databaseBytes.set({ file: 'db' }, sizeOf(dbFile));
    ctx.metrics.databaseBytes.set({ file: 'wal' }, sizeOf(`${dbFile}-wal`));
    c.header('Content-Type', ctx.metrics.registry.contentType);
    return c.body(await ctx.metrics.registry.metrics());
  });

  const journalQuery = z.object({
    afterSeq: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  });
  const journal = routeDoc({ tag: 'system', summary: 'Journal events after a sequence number (replay of anything published)', query: journalQuery, response: () => answers().then((a) => a.journalEventsAnswer) });
  ctx.api.get('/journal', journal, requirePermission('journal.read'), async (c) => {
    const q = readQuery(c, journalQuery);
    const events = ctx.journal.readAfter(q.afterSeq, q.limit);
    const lastSeq = ctx.journal.lastSeq();
    // Nothing a power cut could still take back: a client that stored `afterSeq` would skip the
    // events that reuse those numbers after it (group-fsync makes commits readable before the fsync).
    await ctx.commands.durable();
    return c.json({ success: true, data: events, error: null, metadata: { lastSeq } });
  });

  // The service dashboard's live log tail: the recent lines at or above `level`, then each new one.
  const logQuery = z.object({ level: z.enum(Object.keys(LOG_LEVELS) as [keyof typeof LOG_LEVELS]).default('info') });
  const logs = routeDoc({ tag: 'system', summary: 'Live log tail as server-sent events (`log` events), from the recent lines at or above `level`', query: logQuery, produces: 'text/event-stream' });
  ctx.api.get('/logs/stream', logs, requirePermission('logs.read'), (c) => {
    const minLevel = LOG_LEVELS[readQuery(c, logQuery).level];
    return streamSSE(c, async (stream) => {
      const pending: LogLine[] = processLogTail.recent(minLevel);
      let wake: (() => void) | null = null;
      const unfollow = processLogTail.follow((entry) => {
        if (entry.level < minLevel) return;
        pending.push(entry);
        wake?.();
      });
      stream.onAbort(() => {
        unfollow();
        wake?.();
      });
      while (!stream.aborted) {
        for (const entry of pending.splice(0)) await stream.writeSSE({ event: 'log', data: entry.line });
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
      unfollow();
    });
  });
}
