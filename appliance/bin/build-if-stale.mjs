#!/usr/bin/env node
// Runs the TypeScript build only when its inputs changed since the last successful build, so a
// second `npm start` (or `npm run relay`, `npm run enroll`) starts in a second instead of waiting
// for tsc. Even a no-op incremental tsc reads and hashes every file (8 s of CPU on the mini-PC);
// a fingerprint of the inputs' paths, sizes and mtimes costs a few milliseconds.
// The build itself is incremental (tsconfig.build.json), so a real change recompiles quickly too.
// The web apps (appliance/web: TypeScript, HTML, CSS) are part of the inputs; Vite builds them
// into dist/web beside tsc, then bundles the appliance tsc compiled into dist/appliance/bundle.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stampFile = join(root, 'dist', '.build-inputs');
const sourceDirs = ['appliance', 'cloud-relay', 'os-image', 'test'];
const configFiles = ['tsconfig.json', 'tsconfig.build.json', 'vite.config.ts', 'package-lock.json'];

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.(tsx?|html|css)$/.test(entry.name)) yield path;
  }
}

function fingerprint() {
  const hash = createHash('sha256');
  const files = [...sourceDirs.flatMap((dir) => [...sources(join(root, dir))]), ...configFiles.map((file) => join(root, file))];
  for (const file of files.sort()) {
    const stat = statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

// `--always` (npm run build, npm test) compiles regardless and records the inputs it compiled.
const always = process.argv.includes('--always');
// `--no-check` (npm test) emits without type-checking: the same JavaScript in a third of tsc's
// time. The types are checked by `npm run typecheck`, which CI runs before the tests.
const noCheck = process.argv.includes('--no-check');
const before = fingerprint();
if (!always && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === before) process.exit(0);

const run = (args, options = {}) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', ...options });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
// tsc writes dist/ except dist/web, Vite only dist/web: both run at once, one core each.
const [tsc, vite] = await Promise.all([
  run([join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json'), ...(noCheck ? ['--noCheck'] : [])]),
  run([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root }),
]);
if (tsc !== 0 || vite !== 0) process.exit(tsc || vite);
// The appliance's launcher runs the bundle of what tsc just wrote (appliance/bundle.config.ts).
const bundle = await run([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', join('appliance', 'bundle.config.ts')], { cwd: root });
if (bundle !== 0) process.exit(bundle);
writeFileSync(stampFile, before);
