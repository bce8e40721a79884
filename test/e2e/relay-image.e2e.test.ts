import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { findFreePort } from '../../cloud-relay/src/db/embedded-postgres.js';
import { stageImage, type StagedImage } from '../support/dockerfile.js';
import { ApiClient } from '../support/http-client.js';
import { type ChildHandle, spawnBuiltEntry } from './relay-process.js';

/**
 * The relay image as the Dockerfile builds it, without Docker: its stages' commands carried out in
 * staging folders (test/support/dockerfile.ts), then the staged image's command run from the staged
 * tree against its own embedded Postgres, as a container with no DATABASE_URL would.
 */

interface InstalledPackage {
  name: string;
  folder: string;
  manifest: { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
}

/** Every package folder under a node_modules tree, nested ones included. */
function installedPackages(nodeModules: string): InstalledPackage[] {
  const found: InstalledPackage[] = [];
  const visit = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith('.')) continue;
      const folders = entry.startsWith('@') ? readdirSync(join(dir, entry)).map((name) => join(dir, entry, name)) : [join(dir, entry)];
      for (const folder of folders) {
        const manifest = join(folder, 'package.json');
        if (!existsSync(manifest)) continue;
        found.push({ name: relative(dir, folder), folder, manifest: JSON.parse(readFileSync(manifest, 'utf8')) });
        visit(join(folder, 'node_modules'));
      }
    }
  };
  visit(nodeModules);
  return found;
}

/** Node's lookup: the nearest node_modules/<name> from `folder` up to `top`. */
function resolvePackage(name: string, folder: string, top: string): string | undefined {
  for (let dir = folder; dir.startsWith(top); dir = join(dir, '..')) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === top) break;
  }
  return undefined;
}

/** The package folders reachable from the app's own dependencies (optional and peer ones when present). */
function reachablePackages(app: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as InstalledPackage['manifest'];
  const reached = new Set<string>();
  const pending: [string, string][] = Object.keys(manifest.dependencies ?? {}).map((name) => [name, app]);
  while (pending.length > 0) {
    const [name, from] = pending.pop()!;
    const folder = resolvePackage(name, from, app);
    if (!folder || reached.has(folder)) continue;
    reached.add(folder);
    const own = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as InstalledPackage['manifest'];
    for (const next of Object.keys({ ...own.dependencies, ...own.optionalDependencies, ...own.peerDependencies })) pending.push([next, folder]);
  }
  return reached;
}

/** Whether a package folder holds anything Node could load (JavaScript or a native addon), not only declarations. */
function hasCode(folder: string): boolean {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((file) => /\.(c|m)?js$|\.node$/.test(file));
}

describe('relay image (the Dockerfile staged and run)', () => {
  let staging: string;
  let image: StagedImage;
  let relay: (ChildHandle & { httpPort: number }) | undefined;
  const steps: string[] = [];

  beforeAll(async () => {
    staging = mkdtempSync(join(tmpdir(), 'chefia-relay-image-'));
    image = await stageImage(repoRoot(), join(repoRoot(), 'Dockerfile'), staging, (line) => steps.push(line));
  }, 300_000);

  afterAll(async () => {
    await relay?.kill('SIGKILL');
    if (staging) rmSync(staging, { recursive: true, force: true });
  });

  it('runs the install and compile commands of the build and dependency stages', () => {
    expect(steps).toEqual([
      '[build] RUN npm ci --workspace=cloud-relay --no-audit --no-fund',
      '[build] RUN npx tsc -p cloud-relay/tsconfig.ship.json',
      '[deps] RUN npm ci --omit=dev --workspace=cloud-relay --no-audit --no-fund && rm -r node_modules/@chefia && mkdir -p data/relay',
    ]);
    expect(image.workdir).toBe('/app');
    expect(image.cmd).toEqual(['node', 'dist/cloud-relay/src/main.js']);
  });

  it('carries only the relay: its dependencies and their own, no store driver, native addon, web-app or test tool', () => {
    const app = join(image.root, image.workdir);
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { name: string; type: string };
    expect([manifest.name, manifest.type]).toEqual(['@chefia/cloud-relay', 'module']);
    const installed = installedPackages(join(app, 'node_modules'));
    const reachable = reachablePackages(app);
    // npm keeps @types/node (and its undici-types) in any install from the shared lockfile, which marks
    // it as a production package because the store's mqtt depends on it: declarations, no code. No
    // other package may be there unless the relay's dependencies reach it.
    const unreachable = installed.filter((pkg) => !reachable.has(pkg.folder));
    expect(unreachable.filter((pkg) => hasCode(pkg.folder)).map((pkg) => pkg.name)).toEqual([]);
    expect(unreachable.map((pkg) => pkg.name).sort()).toEqual(['@types/node', 'undici-types']);
    const names = new Set(installed.map((pkg) => pkg.name));
    for (const relayNeeds of ['hono', '@hono/node-server', 'pg', 'kysely', 'zod', 'pino', 'embedded-postgres']) expect([relayNeeds, names.has(relayNeeds)]).toEqual([relayNeeds, true]);
    for (const storeOnly of ['better-sqlite3', 'serialport', 'usb', 'koffi', 'sharp', 'aedes', 'mqtt', 'pdfkit', 'node-thermal-printer', 'playwright-core', 'typescript', 'vitest', 'vite', '@biomejs/biome', '@chefia/cloud-relay']) {
      expect([storeOnly, names.has(storeOnly)]).toEqual([storeOnly, false]);
    }
    // The compiled tree is the relay's entry point and the journal contract it imports, nothing of the store.
    expect(readdirSync(join(app, 'dist')).sort()).toEqual(['appliance', 'cloud-relay']);
    expect(readdirSync(join(app, 'dist', 'appliance'))).toEqual(['contract']);
  });

  it('starts from the staged tree on its embedded Postgres, serves HQ and enrolls a store, and stops on SIGTERM', async () => {
    const [program, entry] = image.cmd;
    expect(program).toBe('node');
    const port = await findFreePort();
    // The image's environment, with the container paths inside the staged image and loopback only.
    relay = await spawnBuiltEntry(
      'staged relay',
      join(image.root, image.workdir),
      relative('dist', entry),
      { ...image.env, RELAY_HTTP_HOST: '127.0.0.1', RELAY_HTTP_PORT: String(port), RELAY_DATA_DIR: join(image.root, image.env.RELAY_DATA_DIR), RELAY_ADMIN_PASSWORD: 'Matriz#2026' },
      120_000,
    );
    expect(relay.logs.join('')).toMatch(/embedded postgres started/);
    const hq = new ApiClient(`http://127.0.0.1:${port}`);
    expect(((await (await fetch(`${hq.baseUrl}/health`)).json()) as { data: { status: string } }).data.status).toBe('ok');
    const document = (await (await fetch(`${hq.baseUrl}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/v1/stores');
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: 'Matriz#2026' })).body.data.token;
    const created = await hq.post('/stores', { code: 'loja-imagem', name: 'Loja da Imagem' });
    expect(created.status).toBe(201);
    const enrolled = await new ApiClient(hq.baseUrl).post('/enroll', { code: created.body.data.enrollmentCode });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.data.credential).toMatch(/^csk_/);
    const exited = new Promise<number | null>((resolve) => relay!.proc.once('exit', (code) => resolve(code)));
    relay.proc.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);
});
