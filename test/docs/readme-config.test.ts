import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../appliance/src/kernel/config.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

/** The variables named in the first cell of the README's "Configuration" table rows. */
function readmeVariables(): string[] {
  const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  const names: string[] = [];
  for (const line of section.split('\n')) {
    const firstCell = /^\| ([^|]+) \|/.exec(line)?.[1] ?? '';
    for (const [, name] of firstCell.matchAll(/`(CHEFIA_[A-Z_]+)`/g)) names.push(name);
  }
  return names;
}

describe('README configuration table', () => {
  it('names exactly the variables the appliance validates at start', () => {
    expect(readmeVariables().sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
