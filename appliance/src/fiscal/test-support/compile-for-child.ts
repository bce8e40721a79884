import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { fiscalRepoRoot } from '../shared/repo-root.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Crash tests need a real OS process to SIGKILL. Node 20 cannot run TypeScript, so the kernel
 * and fiscal sources, and the contract they import (schemas, event definitions), are transpiled
 * (types erased, nothing bundled) into `outDir`, which gets a node_modules link to the repo's packages.
 */
export function compileForChild(outDir: string, folders = ['appliance/contract', 'appliance/src/kernel', 'appliance/src/fiscal']): void {
  const root = fiscalRepoRoot();
  for (const folder of folders) {
    for (const file of sources(join(root, folder))) {
      const output = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
        fileName: file,
      }).outputText;
      const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
    }
  }
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
}
