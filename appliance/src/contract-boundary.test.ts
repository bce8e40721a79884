import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './kernel/paths.js';
import { importedSpecifiers, typeScriptFiles } from './kernel/testing/import-graph.js';

/**
 * The contract (appliance/contract) is imported by the appliance, the cloud relay and the browser
 * web apps, so it may depend on zod (schemas), openapi-fetch (the web apps' typed client) and itself
 * only: nothing of either process's runtime (appliance/src, cloud-relay/src) and no Node.js built-in
 * a browser lacks. Type-only imports count, since they decide what a web app's build must be able to
 * resolve. The OpenAPI generator and route markers (`api/openapi/`) serve both HTTP servers and
 * never reach a browser bundle, so they may also use hono, the framework both servers share.
 */
const root = repoRoot();
const contractRoot = join(root, 'appliance', 'contract');
const serverSideRoot = join(contractRoot, 'api', 'openapi');
const ALLOWED_PACKAGES = ['zod', 'openapi-fetch'];
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function allowedPackage(file: string, specifier: string): boolean {
  if (ALLOWED_PACKAGES.includes(specifier)) return true;
  return file.startsWith(serverSideRoot + sep) && (specifier === 'hono' || specifier.startsWith('hono/'));
}

function forbiddenImports(file: string, specifiers: string[]): string[] {
  return specifiers.flatMap((specifier) => {
    const where = `${relative(root, file)} imports ${specifier}`;
    if (builtins.has(specifier) || specifier.startsWith('node:')) return [`${where} (a Node.js built-in)`];
    if (!specifier.startsWith('.')) return allowedPackage(file, specifier) ? [] : [`${where} (a package the contract may not use)`];
    const target = resolve(dirname(file), specifier);
    return target.startsWith(contractRoot + sep) ? [] : [`${where} (outside appliance/contract)`];
  });
}

describe('journal contract boundary', () => {
  it('imports nothing but zod, openapi-fetch and its own files (hono in the server-side OpenAPI generator): no appliance/src, no cloud-relay/src, no Node.js built-in', () => {
    const files = typeScriptFiles(contractRoot);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => forbiddenImports(file, importedSpecifiers(file)))).toEqual([]);
  });

  it('names each kind of forbidden import', () => {
    const file = join(contractRoot, 'events', 'orders.ts');
    expect(forbiddenImports(file, ['zod', './payments.js', 'node:fs', 'crypto', 'hono', '../../src/kernel/money.js', '../../../cloud-relay/src/db/database.js'])).toEqual([
      'appliance/contract/events/orders.ts imports node:fs (a Node.js built-in)',
      'appliance/contract/events/orders.ts imports crypto (a Node.js built-in)',
      'appliance/contract/events/orders.ts imports hono (a package the contract may not use)',
      'appliance/contract/events/orders.ts imports ../../src/kernel/money.js (outside appliance/contract)',
      'appliance/contract/events/orders.ts imports ../../../cloud-relay/src/db/database.js (outside appliance/contract)',
    ]);
    expect(forbiddenImports(join(serverSideRoot, 'route-doc.ts'), ['hono', 'hono/utils/handler', 'pg'])).toEqual([
      'appliance/contract/api/openapi/route-doc.ts imports pg (a package the contract may not use)',
    ]);
  });
});
