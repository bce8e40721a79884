import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './kernel/paths.js';
import { importedSpecifiers, typeScriptFiles } from './kernel/testing/import-graph.js';

/**
 * The module rules of docs/architecture.md, checked on every import (static, dynamic, re-export,
 * `import('…')` types) of every TypeScript file in the repository:
 *
 * - a domain module (every folder of appliance/src except the shared layers below) never imports
 *   another domain module, not even for types: a type import couples the modules as much as a
 *   value import. Cross-module processes live in workflows/;
 * - the shared layers (kernel/, devices/) sit below the modules and import none of them;
 * - code outside a module reaches it only through its index.ts. A module's test support
 *   (`testing/`, `test-support/`, `test-support.ts`, and `simulators/` of outside parties) is the
 *   exception, for tests and benchmarks only.
 */
const SHARED_LAYERS = ['kernel', 'devices'];
const CROSS_MODULE_LAYER = 'workflows';

/** Imports between modules that stay, each with its reason. Key: `importer > imported`. */
const JUSTIFIED: Record<string, string> = {
  'appliance/src/cashier/cashier.test.ts > appliance/src/business-day/index.ts':
    'a till opens only inside an open business day; the test opens one through the business-day public surface',
  'appliance/src/payments/gateways.test.ts > appliance/src/business-day/index.ts':
    'payments are taken only inside an open business day; the test opens one through the business-day public surface',
  'appliance/src/payments/tenders.test.ts > appliance/src/business-day/index.ts':
    'payments are taken only inside an open business day; the test opens one through the business-day public surface',
  'test/e2e/fiscal-document-types.e2e.test.ts > appliance/src/fiscal/danfe/danfe-nfe55-pdf.ts':
    'the test reads the barcode where the DANFE layout puts it; the layout box is internal and the PDF renderer loads on demand, so the module index must not import it',
  'test/e2e/fiscal-document-types.e2e.test.ts > appliance/src/fiscal/shared/xmllint.ts':
    'the test validates the emitted XML with the same xmllint runner the module uses; exporting it from the index would load it at every start',
  'test/e2e/fiscal-backlog.e2e.test.ts > appliance/src/fiscal/shared/xmllint.ts':
    'the test validates the emitted XML with the same xmllint runner the module uses; exporting it from the index would load it at every start',
  'test/e2e/chat-channels.e2e.test.ts > appliance/src/fiscal/shared/xmllint.ts':
    'the test validates the emitted XML with the same xmllint runner the module uses; exporting it from the index would load it at every start',
  'appliance/src/workflows/fiscal-emission.test.ts > appliance/src/fiscal/shared/xmllint.ts':
    'the test validates the emitted XML with the same xmllint runner the module uses; exporting it from the index would load it at every start',
};

const root = repoRoot();
const sourceRoot = join(root, 'appliance', 'src');
const SCANNED = ['appliance', 'cloud-relay', 'os-image', 'test'];

/** The appliance/src folder a file belongs to, or null for files outside them (main.ts, tests under test/). */
function folderOf(file: string): string | null {
  const path = relative(sourceRoot, file);
  if (path.startsWith('..') || !path.includes(sep)) return null;
  return path.split(sep)[0];
}

/** Tests, and the setups only tests import (a module's or the workflows' `test-support.ts`, `…-test-support.ts`). */
const isTestCode = (file: string) => /(\.test\.tsx?|test-support\.ts)$/.test(file) || relative(root, file).startsWith(`test${sep}`);
const isTestSupport = (moduleDir: string, target: string) => /^(testing|test-support|simulators)(\/|\.ts$)/.test(relative(moduleDir, target).split(sep).join('/'));

interface ImportLink {
  file: string;
  target: string;
  chain: string;
}

/** Every relative import of the scanned tree, parsed once for both checks. */
const links: ImportLink[] = SCANNED.flatMap((dir) => typeScriptFiles(join(root, dir))).flatMap((file) =>
  importedSpecifiers(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => {
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      return { file, target, chain: `${relative(root, file)} > ${relative(root, target)}` };
    }),
);

function boundaryViolations(): string[] {
  const violations: string[] = [];
  for (const { file, target, chain } of links) {
    const from = folderOf(file);
    const to = folderOf(target);
    if (!to || to === from || to === CROSS_MODULE_LAYER || SHARED_LAYERS.includes(to) || JUSTIFIED[chain]) continue;
    const moduleDir = join(sourceRoot, to);
    if (from && SHARED_LAYERS.includes(from)) violations.push(`${chain} (the ${from} layer imports no domain module)`);
    else if (from && from !== CROSS_MODULE_LAYER) violations.push(`${chain} (module ${from} imports module ${to}; move the process to workflows/)`);
    else if (target !== join(moduleDir, 'index.ts') && !(isTestCode(file) && isTestSupport(moduleDir, target))) {
      violations.push(`${chain} (past ${to}/index.ts; export it from the module's public surface)`);
    }
  }
  return violations;
}

describe('module boundaries', () => {
  it('no module imports another, and everything else goes through a module index.ts', () => {
    expect(boundaryViolations()).toEqual([]);
  });

  it('every justified exception still exists, so the list cannot rot', () => {
    const chains = new Set(links.map((link) => link.chain));
    expect(Object.keys(JUSTIFIED).filter((chain) => !chains.has(chain))).toEqual([]);
  });
});
