import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fiscalRepoRoot } from '../shared/repo-root.js';

/** Compiles the in-repo SAT emulator (C, standard ER SAT signatures) into `outDir`/libsat.so. */
export function buildSatEmulator(outDir: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // From dist/ the C sources stay in the source tree.
  const sources = here.includes(`${'/'}dist${'/'}`)
    ? join(fiscalRepoRoot(), 'appliance', 'src', 'fiscal', 'simulators', 'sat-emulator')
    : join(here, 'sat-emulator');
  const output = join(outDir, 'libsat.so');
  execFileSync('gcc', ['-shared', '-fPIC', '-O2', '-Wall', '-Werror', '-o', output, join(sources, 'libsat-emulator.c'), join(sources, 'cfe-complete.c')]);
  return output;
}
