import { join } from 'node:path';
import { repoRoot } from '../../kernel/paths.js';

/** Where the firmware profiles live, from src/ and from dist/ alike. */
export function firmwareProfilesDir(): string {
  return join(repoRoot(), 'firmware-profiles');
}
