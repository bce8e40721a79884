import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context, Hono } from 'hono';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { AppError } from '../errors.js';
import { repoRoot } from '../paths.js';
import type { AppEnv } from './env.js';

/**
 * The store's web apps are built by Vite (`vite.config.ts`) into `dist/web`, which the OS image
 * ships with the compiled server: `<app>/index.html` per app and content-hashed files under
 * `assets/`. A hashed name changes with its content, so a browser may keep it a year; the HTML
 * names the current hashes and is revalidated on every load, so a new build reaches every screen
 * on its next reload. Scripts and style sheets are also built as `.br` and `.gz` (`vite.config.ts`):
 * a browser that accepts one gets those bytes, compressed once at build, never per request.
 */
const ASSET_NAME = /^[\w.-]+\.(js|css|svg|png|woff2)$/;
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Precompressed copies beside an asset, best first: the encoding and its file suffix. */
const PRECOMPRESSED = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;
const COMPRESSIBLE = /\.(js|css|svg)$/;

export function webDir(): string {
  return join(repoRoot(), 'dist', 'web');
}

/** Whether an `Accept-Encoding` header takes `coding` (listed, and not with `q=0`). */
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  return header.split(',').some((entry) => {
    const [name, ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (name !== coding && name !== '*') return false;
    const q = params.find((param) => param.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function send(c: Context<AppEnv>, file: string, cacheControl: string): Promise<Response> {
  let body: Buffer | null = null;
  if (COMPRESSIBLE.test(file)) {
    // The answer depends on the request's Accept-Encoding, compressed or not: caches must know.
    c.header('Vary', 'Accept-Encoding');
    const accepted = c.req.header('accept-encoding');
    for (const [coding, suffix] of PRECOMPRESSED) {
      if (!acceptsEncoding(accepted, coding)) continue;
      body = await readIfPresent(file + suffix);
      if (body) {
        c.header('Content-Encoding', coding);
        break;
      }
    }
  }
  body ??= await readIfPresent(file);
  if (!body) throw new AppError('WEB_APP_NOT_BUILT', 503, 'WEB_APP_NOT_BUILT', { file: file.slice(webDir().length + 1) });
  c.header('Content-Type', CONTENT_TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
  c.header('Cache-Control', cacheControl);
  return c.body(new Uint8Array(body));
}

/** `/web/assets/<hashed name>`: the scripts and styles of every app. */
export function registerWebAssets(root: Hono<AppEnv>): void {
  const doc = routeDoc({ tag: 'web-apps', summary: 'A content-hashed script, style sheet, image or font of the web apps', produces: 'application/octet-stream', security: [], errors: { 404: ['ROUTE_NOT_FOUND'], 503: ['WEB_APP_NOT_BUILT'] } });
  root.get('/web/assets/:name', doc, (c) => {
    const name = c.req.param('name');
    if (!ASSET_NAME.test(name)) throw new AppError('ROUTE_NOT_FOUND', 404, 'ROUTE_NOT_FOUND', { path: c.req.path });
    return send(c, join(webDir(), 'assets', name), IMMUTABLE);
  });
}

/** Serves an app's page at `path` (and `path/`), always revalidated. */
export function registerWebApp(root: Hono<AppEnv>, path: string, app: string): void {
  const page = routeDoc({ tag: 'web-apps', summary: `The ${app} web app (pt-BR; data from the API and MQTT)`, produces: 'text/html', security: [], errors: { 503: ['WEB_APP_NOT_BUILT'] } });
  root.get(path, page, (c) => send(c, join(webDir(), app, 'index.html'), 'no-cache'));
  root.get(`${path}/`, routeDoc({ tag: 'web-apps', summary: `Redirect to the ${app} web app`, status: 302, security: [] }), (c) => c.redirect(path));
}
