import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { contextFilter, parseDockerfile } from '../support/dockerfile.js';

/**
 * The relay image's build context (`docker build .` at the repository root) is filtered by
 * `.dockerignore`: only what the Dockerfile's stages copy goes in.
 */
const excluded = contextFilter(readFileSync(join(repoRoot(), '.dockerignore'), 'utf8'));

/** The context paths the Dockerfile's stages copy (COPY without `--from`). */
function copiedPaths(): string[] {
  return parseDockerfile(readFileSync(join(repoRoot(), 'Dockerfile'), 'utf8'))
    .flatMap((stage) => stage.instructions)
    .flatMap((step) => (step.kind === 'COPY' && !step.from ? step.sources : []));
}

describe('relay image build context (.dockerignore)', () => {
  it('keeps out what the host installed or built, the store image, its data and git history', () => {
    for (const path of ['.git/HEAD', 'node_modules/zod/package.json', 'cloud-relay/node_modules/x/index.js', 'dist/cloud-relay/src/main.js', 'dist-ship/web/admin/index.html', 'out/os-image/chefia-store.raw', 'os-image/build.sh', 'data/store.db', 'relay.log', 'test/e2e/admin.e2e.test.ts', 'appliance/src/main.ts', 'appliance/web/admin/main.tsx', 'docs/api.md']) {
      expect([path, excluded(path)]).toEqual([path, true]);
    }
  });

  it('keeps in everything the Dockerfile copies, the journal contract the relay imports included', () => {
    const copied = copiedPaths();
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'cloud-relay/package.json', 'tsconfig.json', 'tsconfig.build.json', 'cloud-relay', 'appliance/contract']));
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

describe('Dockerfile reader', () => {
  it('reads stages, continuation lines, COPY flags, ENV pairs and the exec-form CMD', () => {
    const stages = parseDockerfile(
      ['FROM node:20 AS build', 'WORKDIR /app', '# a comment', 'COPY --from=deps --chown=node:node /app/x ./y', 'ENV A=1 \\', '    B="two words"', 'RUN npm ci && \\', '  npx tsc', 'CMD ["node", "main.js"]'].join('\n'),
    );
    expect(stages).toEqual([
      {
        name: 'build',
        base: 'node:20',
        instructions: [
          { kind: 'WORKDIR', path: '/app' },
          { kind: 'COPY', from: 'deps', sources: ['/app/x'], destination: './y' },
          { kind: 'ENV', values: { A: '1', B: 'two words' } },
          { kind: 'RUN', command: 'npm ci &&  npx tsc' },
          { kind: 'CMD', argv: ['node', 'main.js'] },
        ],
      },
    ]);
  });

  it('refuses an instruction or a COPY flag it would not carry out', () => {
    expect(() => parseDockerfile('FROM node:20 AS a\nADD https://example.com/x /x')).toThrow(/ADD/);
    expect(() => parseDockerfile('FROM node:20 AS a\nCOPY --link a b')).toThrow(/--link/);
    expect(() => parseDockerfile('FROM node:20\nRUN true')).toThrow(/stage name/);
  });
});
