import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Found once: every SEFAZ endpoint lookup (each transmission) asks for it, and the walk up is a
// stat() per directory.
let repoRoot: string | undefined;

/** The folder holding package.json, walking up from this file (works from src and dist). */
export function fiscalRepoRoot(): string {
  repoRoot ??= findRepoRoot();
  return repoRoot;
}

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
