import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './kernel/paths.js';
import { importedSpecifiers } from './kernel/testing/import-graph.js';

/**
 * What the store image and the relay image carry is compiled from the entry points of the ship
 * configurations (`tsconfig.ship.json`, `cloud-relay/tsconfig.ship.json`) and everything they
 * import, types included (tsc emits every file of the program). Test support must not be among
 * them; the simulators of outside parties may, because the demo store runs on them.
 */
const TEST_SUPPORT = /(^|\/)(testing|test-support)(\/|\.ts$)|^test\/|\.test\.tsx?$/;
const root = repoRoot();

function shippedFiles(config: string): Map<string, string> {
  const configDir = dirname(join(root, config));
  const entries = (JSON.parse(readFileSync(join(root, config), 'utf8')) as { files: string[] }).files.map((file) => resolve(configDir, file));
  const parentOf = new Map<string, string | null>(entries.map((entry) => [entry, null]));
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of importedSpecifiers(file)) {
      if (!specifier.startsWith('.')) continue;
      const base = resolve(dirname(file), specifier.replace(/\.js$/, ''));
      const target = existsSync(`${base}.ts`) ? `${base}.ts` : `${base}.tsx`;
      if (!parentOf.has(target)) {
        parentOf.set(target, file);
        queue.push(target);
      }
    }
  }
  const chains = new Map<string, string>();
  for (const file of parentOf.keys()) {
    const links: string[] = [];
    for (let at: string | null | undefined = file; at; at = parentOf.get(at)) links.unshift(relative(root, at));
    chains.set(relative(root, file), links.join(' > '));
  }
  return chains;
}

describe('shipped files', () => {
  for (const config of ['tsconfig.ship.json', 'cloud-relay/tsconfig.ship.json']) {
    it(`${config} reaches no test support`, () => {
      const files = shippedFiles(config);
      expect(files.size).toBeGreaterThan(1);
      expect([...files].filter(([file]) => TEST_SUPPORT.test(file)).map(([, chain]) => chain)).toEqual([]);
    }, 120_000);
  }
});
