import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The store's web apps (`appliance/web/<app>/index.html`), built into `dist/web`: one HTML per app
 * and content-hashed assets under `/web/assets/`, which the appliance serves with a year's cache
 * (`appliance/src/kernel/http/web-apps.ts`). `npm run build:ship` writes the same into
 * `dist-ship/web` for the OS image.
 */
const webRoot = join(dirname(fileURLToPath(import.meta.url)), 'appliance', 'web');
const WEB_APPS = ['kds', 'pos', 'admin', 'painel', 'cliente', 'totem', 'garcom'] as const;

export default defineConfig({
  root: webRoot,
  base: '/web/',
  logLevel: 'warn',
  plugins: [preact()],
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
