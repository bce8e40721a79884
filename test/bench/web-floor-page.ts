import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

/**
 * The web benches' floor: the emptiest page the store's toolchain can make (Vite + Preact +
 * signals, the same preset as `vite.config.ts`), 24 buttons that each add a line to a list,
 * served over loopback by node:http. What a web app costs beyond it is the app's own work.
 */
const PAGE = `<!doctype html>
<html lang="pt-BR">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title></head>
<body><div id="app"></div><script type="module" src="./main.js"></script></body>
</html>`;

const SCRIPT = `import { h, render } from 'preact';
import { signal } from '@preact/signals';
const lines = signal([]);
function Floor() {
  return h('main', null,
    h('button', { id: 'clear', onClick: () => (lines.value = []) }, 'limpar'),
    h('div', null, Array.from({ length: 24 }, (_, i) => h('button', { class: 'product', onClick: () => (lines.value = [...lines.value, i]) }, 'Produto ' + i))),
    h('ul', { class: 'lines' }, lines.value.map((n, k) => h('li', { key: k }, 'Produto ' + n))));
}
render(h(Floor), document.getElementById('app'));
document.querySelector('.product').focus();
`;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export interface FloorPage {
  url: string;
  close(): Promise<void>;
}

export async function serveFloorPage(): Promise<FloorPage> {
  // Inside the repository, so the page's imports resolve from its node_modules.
  const root = mkdtempSync(join(repoRoot(), 'dist', 'web-floor-'));
  const out = join(root, 'out');
  mkdirSync(out);
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'main.js'), SCRIPT);
  await build({ root, base: '/', configFile: false, logLevel: 'warn', plugins: [preact()], build: { outDir: out, target: 'es2022', modulePreload: { polyfill: false } } });
  const server: Server = createServer((req, res) => {
    const path = normalize(req.url === '/' ? '/index.html' : (req.url ?? '/')).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(out, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
