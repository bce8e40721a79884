import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../kernel/paths.js';
import { DEVICE_KINDS, DEVICE_PERMISSIONS, PERMISSIONS, ROLES, ROLE_PERMISSIONS } from './permissions.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('permission table', () => {
  it('has unique names in <area>.<action> form', () => {
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
    for (const p of PERMISSIONS) expect(p).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  it('knows every permission a route of the appliance requires, so no route is unreachable', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(repoRoot(), 'appliance', 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/requirePermission\(\s*'([^']+)'\s*\)/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((p) => !(PERMISSIONS as readonly string[]).includes(p))).toEqual([]);
  });

  it('grants roles and devices only known permissions', () => {
    for (const granted of [...Object.values(ROLE_PERMISSIONS), ...Object.values(DEVICE_PERMISSIONS)]) {
      for (const p of granted) expect(PERMISSIONS).toContain(p);
    }
  });

  it('is the table documented in docs/api.md', () => {
    const doc = readFileSync(join(repoRoot(), 'docs', 'api.md'), 'utf8');
    for (const p of PERMISSIONS) {
      expect(doc).toContain(`| \`${p}\` | ${ROLES.map((r) => (ROLE_PERMISSIONS[r].includes(p) ? '✔' : '')).join(' | ')} |`);
    }
    for (const kind of DEVICE_KINDS) {
      expect(doc).toContain(`| ${kind} | ${DEVICE_PERMISSIONS[kind].map((p) => `\`${p}\``).join(', ') || '—'} |`);
    }
  });
});
