import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { productionNodeFlags } from '../../test/support/appliance-process.js';

describe('OS image appliance unit', () => {
  const unit = readFileSync(join(repoRoot(), 'os-image/mkosi.extra/etc/systemd/system/chefia-appliance.service'), 'utf8');

  it('starts node with the same V8 flags as npm start and the benches', () => {
    const execStart = /^ExecStart=(.+)$/m.exec(unit)?.[1].split(/\s+/) ?? [];
    expect(productionNodeFlags().length).toBeGreaterThan(0);
    expect(execStart).toEqual(['/usr/bin/node', ...productionNodeFlags(), '/opt/chefia/dist/appliance/src/main.js']);
  });
});
