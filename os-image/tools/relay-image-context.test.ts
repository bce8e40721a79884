import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

/**
 * The relay image's build context (`docker build .` at the repository root) is filtered by
 * `.dockerignore`. This machine has no Docker, so the file is read with Docker's rules for the
 * patterns it uses (a path is excluded by the last pattern that matches it or a parent folder; `!`
 * re-includes; `**` spans folders; `*` stays within one name).
 */
function dockerignore(): { pattern: RegExp; include: boolean }[] {
  return readFileSync(join(repoRoot(), '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const glob = (include ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
      const source = glob
        .split('/')
        .map((part) => (part === '**' ? '.*' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')))
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?');
      return { pattern: new RegExp(`^${source}(?:/.*)?$`), include };
    });
}

function excluded(path: string): boolean {
  let out = false;
  for (const rule of dockerignore()) if (rule.pattern.test(path)) out = !rule.include;
  return out;
}

/** The context paths the Dockerfile's build stage copies (`COPY <src>... <dest>` without `--from`). */
function copiedPaths(): string[] {
  return readFileSync(join(repoRoot(), 'Dockerfile'), 'utf8')
    .split('\n')
    .filter((line) => /^COPY\s/.test(line) && !line.includes('--from'))
    .flatMap((line) => line.trim().split(/\s+/).slice(1, -1));
}

describe('relay image build context (.dockerignore)', () => {
  it('keeps out what the host installed or built, the store image, its data and git history', () => {
    for (const path of ['.git/HEAD', 'node_modules/zod/package.json', 'cloud-relay/node_modules/x/index.js', 'dist/cloud-relay/src/main.js', 'dist-ship/web/admin/index.html', 'out/os-image/chefia-store.raw', 'os-image/build.sh', 'data/store.db', 'relay.log', 'test/e2e/admin.e2e.test.ts', 'appliance/src/main.ts', 'appliance/web/admin/main.tsx', 'docs/api.md']) {
      expect([path, excluded(path)]).toEqual([path, true]);
    }
  });

  it('keeps in everything the Dockerfile copies, the journal contract the relay imports included', () => {
    const copied = copiedPaths();
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'cloud-relay', 'appliance/contract']));
    for (const path of [...copied, 'cloud-relay/src/main.ts', 'appliance/contract/events/system.ts']) expect([path, excluded(path)]).toEqual([path, false]);
  });

  it('copies every folder outside cloud-relay/ that the relay sources import', () => {
    const copied = copiedPaths();
    const relaySource = join(repoRoot(), 'cloud-relay', 'src');
    const reached = new Set<string>();
    for (const file of readdirSync(relaySource, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.includes('testing/')) continue;
      const text = readFileSync(join(relaySource, file), 'utf8');
      for (const [, target] of text.matchAll(/from '(\.\.\/[^']+)'/g)) {
        const inRepo = relative(repoRoot(), resolve(dirname(join(relaySource, file)), target));
        if (!inRepo.startsWith('cloud-relay/')) reached.add(inRepo.split('/').slice(0, 2).join('/'));
      }
    }
    expect([...reached]).toEqual(['appliance/contract']);
    for (const folder of reached) expect(copied).toContain(folder);
  });
});
