import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKAGES } from '../bundle.config.js';
import { repoRoot } from '../src/kernel/paths.js';

/**
 * The launcher runs `dist/appliance/bundle/main.js` (npm test builds it first). What the bundle still
 * loads at run time must be a Node built-in, a package left in node_modules on purpose, or one of
 * its own chunks: never a file of the compiled tree, never a package it was meant to carry.
 */
const bundleDir = join(repoRoot(), 'dist', 'appliance', 'bundle');

function runtimeImports(): { file: string; specifier: string }[] {
  const found: { file: string; specifier: string }[] = [];
  for (const file of readdirSync(bundleDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(bundleDir, file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)"([^"]+)"/g)) found.push({ file, specifier });
  }
  return found;
}

describe('the appliance bundle', () => {
  it('is what the launcher runs', () => {
    expect(readFileSync(join(repoRoot(), 'appliance', 'bin', 'chefia-appliance'), 'utf8')).toMatch(/"\$here\/\.\.\/\.\.\/dist\/appliance\/bundle\/main\.js"/);
  });

  it('loads only built-ins, packages left in node_modules and its own chunks', () => {
    const imports = runtimeImports();
    expect(imports.length).toBeGreaterThan(10);
    const packages = new Set<string>();
    for (const { file, specifier } of imports) {
      if (specifier.startsWith('.')) {
        const target = relative(bundleDir, resolve(dirname(join(bundleDir, file)), specifier));
        expect([file, specifier, target.startsWith('..')]).toEqual([file, specifier, false]);
      } else if (!specifier.startsWith('node:') && specifier !== 'crypto') {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
      }
    }
    for (const bundled of BUNDLED_PACKAGES) expect([bundled, packages.has(bundled)]).toEqual([bundled, false]);
    // The native addons stay packages (they load their binaries from their own folders).
    expect(packages.has('better-sqlite3')).toBe(true);
  });
});
