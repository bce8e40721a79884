import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import type { AppEnv } from '../kernel/http/env.js';
import type { ModuleContext } from '../kernel/module.js';
import { repoRoot } from '../kernel/paths.js';
import { kitchenMessages } from './messages.pt-BR.js';
import { RECALL_WINDOW_SECONDS } from './commands.js';
import { listStations } from './stations.js';

const PAGE_FILES: Record<string, string> = {
  '/kds': 'index.html',
  '/kds/app.js': 'app.js',
  '/kds/cards.js': 'cards.js',
  '/kds/style.css': 'style.css',
};
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

async function sendFile(c: Context<AppEnv>, file: string): Promise<Response> {
  const body = await readFile(file);
  const ext = file.slice(file.lastIndexOf('.') + 1);
  c.header('Content-Type', CONTENT_TYPES[ext] ?? 'application/octet-stream');
  c.header('Cache-Control', 'no-cache');
  return c.body(body);
}

/**
 * The KDS screen: static files read from the source tree (dist holds only compiled TS), the
 * browser MQTT client from node_modules, and `/kds/config.json` with the station list and the
 * pt-BR texts from the message catalog. Everything live then comes over MQTT/WebSocket.
 */
export function registerKdsPage(ctx: ModuleContext): void {
  const pageDir = join(repoRoot(), 'appliance', 'src', 'kitchen', 'kds-page');
  for (const [path, file] of Object.entries(PAGE_FILES)) ctx.root.get(path, (c) => sendFile(c, join(pageDir, file)));
  ctx.root.get('/kds/', (c) => c.redirect('/kds'));
  ctx.root.get('/kds/mqtt.min.js', (c) => sendFile(c, join(repoRoot(), 'node_modules', 'mqtt', 'dist', 'mqtt.min.js')));
  ctx.root.get('/kds/config.json', (c) => {
    const texts = Object.fromEntries(Object.keys(kitchenMessages).filter((k) => k.startsWith('KDS_')).map((k) => [k, ctx.messages.t(k)]));
    return c.json({
      storeId: ctx.config.storeId,
      storeName: ctx.config.storeName,
      serverTime: ctx.clock.now().toISOString(),
      recallWindowSeconds: RECALL_WINDOW_SECONDS,
      stations: listStations(ctx.db).map((s) => ({ code: s.code, name: s.name, isExpo: s.isExpo, warnAfterSeconds: s.warnAfterSeconds, lateAfterSeconds: s.lateAfterSeconds })),
      texts,
    });
  });
}
