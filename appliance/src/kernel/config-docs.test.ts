import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELAY_CONFIG_VARIABLES } from '../../../cloud-relay/src/config.js';
import { configVariables } from './config.js';
import { repoRoot } from './paths.js';

/** The variables named in the first column of the table rows of a document's `## heading` section. */
function documentedVariables(file: string, heading: string): string[] {
  const text = readFileSync(join(repoRoot(), file), 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, `${file} has no ${heading} section`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]));
}

describe('configuration tables', () => {
  it("the README lists exactly the appliance's validated variables", () => {
    expect(documentedVariables('README.md', '## Configuration').sort()).toEqual(configVariables().sort());
  });

  it("docs/relay.md lists exactly the relay's validated variables", () => {
    expect(documentedVariables('docs/relay.md', '## Running the relay').sort()).toEqual([...RELAY_CONFIG_VARIABLES].sort());
  });
});
