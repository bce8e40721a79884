import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../kernel/paths.js';

/** Compiles the in-repo CliSiTef emulator (C, the CliSiTef interactive signatures) into `outDir`/libclisitef.so. */
export function buildCliSiTefEmulator(outDir: string): string {
  // Resolved from the repository root so the built dist/ finds the C source in the source tree.
  const source = join(repoRoot(), 'appliance', 'src', 'devices', 'tef', 'clisitef-emulator', 'libclisitef-emulator.c');
  const output = join(outDir, 'libclisitef.so');
  execFileSync('cc', ['-shared', '-fPIC', '-O2', '-Wall', '-Wextra', '-Werror', '-o', output, source]);
  return output;
}
