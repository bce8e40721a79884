import { readdirSync, readFileSync } from 'node:fs';
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

/** The appliance's non-test sources, where modules read their own variables (PIX gateways, reconciliation, …). */
function applianceSources(): string {
  const root = join(repoRoot(), 'appliance', 'src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
  return files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
}

describe('README configuration table', () => {
  it('names every variable the appliance validates at start', () => {
    const documented = new Set(readmeVariables());
    expect(CONFIG_VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('names no variable the appliance does not read', () => {
    const sources = applianceSources();
    expect(readmeVariables().filter((name) => !CONFIG_VARIABLES.includes(name) && !sources.includes(name))).toEqual([]);
  });
});
