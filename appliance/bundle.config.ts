import { join } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The appliance as it runs: its compiled entry point (`<dist>/appliance/src/main.js`, from tsc) and
 * what it imports, bundled into `<dist>/appliance/bundle/main.js` with one chunk per dynamic import.
 * `CHEFIA_BUNDLE_DIST` names the tsc output to bundle: `dist` (npm run build) or `dist-ship` (the OS
 * image).
 *
 * Why a bundle: a store's mini-PC holds the appliance in memory all day, and Node's ESM loader keeps,
 * for each of the thousand modules the compiled tree loads at start, its source text, module record
 * and resolution entries; one file with whitespace and comments removed is about 9 MB less resident
 * (docs/performance.md, journal-post idle RSS).
 *
 * Only pure ECMAScript packages are bundled. The rest stay in node_modules, loaded as before: native
 * addons (better-sqlite3, serialport, usb, koffi, sharp), packages that read their own files at run time
 * (pdfkit's fonts, iconv-lite's tables, pino's transport worker) and the CommonJS ones.
 */
export const BUNDLED_PACKAGES = ['zod', 'kysely', 'hono', '@hono/node-server', 'jose', 'uuid'];

const dist = process.env.CHEFIA_BUNDLE_DIST ?? 'dist';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: join(dist, 'appliance', 'src', 'main.js'),
    outDir: join(dist, 'appliance', 'bundle'),
    emptyOutDir: true,
    target: 'node20',
    // With `CHEFIA_NODE_ARGS=--enable-source-maps` a stack trace names the compiled files of
    // dist/appliance/src (and the libraries' own files) instead of lines of the bundle.
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      // Dynamic imports of modules start-up also imports statically stay in the main chunk; that is
      // the point of those imports (the module is already loaded), not something to warn about.
      checks: { ineffectiveDynamicImport: false },
      output: {
        format: 'esm',
        entryFileNames: 'main.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Function and class names are kept (stack traces and logs read them); whitespace and
        // comments go, which is most of the saving.
        keepNames: true,
        minify: { compress: true, mangle: false, codegen: { removeWhitespace: true } },
      },
    },
  },
  ssr: { noExternal: BUNDLED_PACKAGES },
});
