import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * The store's web apps (`appliance/web/<app>/index.html`), built into `dist/web`: one HTML per app
 * and content-hashed assets under `/web/assets/`, which the appliance serves with a year's cache
 * (`appliance/src/kernel/http/web-apps.ts`). `npm run build:ship` writes the same into
 * `dist-ship/web` for the OS image.
 */
const webRoot = join(dirname(fileURLToPath(import.meta.url)), 'appliance', 'web');
const WEB_APPS = ['kds', 'pos', 'admin', 'painel', 'cliente', 'totem', 'garcom'] as const;

/** Smaller than this, a compressed copy saves less than a network packet: served as is. */
const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Every script and style sheet also as `.br` (brotli, best quality) and `.gz` (gzip -9) beside it,
 * compressed once here instead of on each request: the appliance answers a browser that accepts
 * them with those bytes (a third to a quarter of the size for the tablets on the store's Wi-Fi),
 * and the mini-PC spends no CPU compressing.
 */
function precompress(): Plugin {
  return {
    name: 'chefia-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!/\.(js|css|svg)$/.test(file.fileName)) continue;
        const raw = Buffer.from(file.type === 'chunk' ? file.code : file.source);
        if (raw.length < PRECOMPRESS_MIN_BYTES) continue;
        const path = join(options.dir!, file.fileName);
        writeFileSync(`${path}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
        writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/web/',
  logLevel: 'warn',
  plugins: [preact(), precompress()],
  build: {
    outDir: join(webRoot, '..', '..', 'dist', 'web'),
    emptyOutDir: true,
    target: 'es2022',
    assetsDir: 'assets',
    // Every app is small; one request per app beats a shared chunk's extra round trip on a tablet.
    modulePreload: { polyfill: false },
    rollupOptions: { input: Object.fromEntries(WEB_APPS.map((app) => [app, join(webRoot, app, 'index.html')])) },
  },
});
