import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './kernel/paths.js';

/**
 * What every store loads at start. Device drivers, fiscal signing, the SAT FFI and the virtual
 * printer are imported on demand (a store without them must not pay their memory), so a static
 * import that pulls one of them back into start-up fails here with the chain that did it.
 */
const STARTUP_PACKAGES = ['@hono/node-server', 'aedes', 'better-sqlite3', 'hono', 'jose', 'kysely', 'pino', 'prom-client', 'uuid', 'ws', 'zod'];

const sourceRoot = join(repoRoot(), 'appliance', 'src');

function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      const named = statement.importClause?.namedBindings;
      const onlyTypes = !statement.importClause?.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function startupGraph(entry: string): { packages: Map<string, string>; files: Set<string>; chain: (file: string) => string } {
  const parentOf = new Map<string, string | null>([[entry, null]]);
  const packages = new Map<string, string>();
  const chain = (file: string) => {
    const links: string[] = [];
    for (let at: string | null | undefined = file; at; at = parentOf.get(at)) links.unshift(relative(sourceRoot, at));
    return links.join(' > ');
  };
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
        if (existsSync(target) && !parentOf.has(target)) {
          parentOf.set(target, file);
          queue.push(target);
        }
        continue;
      }
      const bare = specifier.replace(/^node:/, '');
      if (builtinModules.includes(bare.split('/')[0])) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!packages.has(name)) packages.set(name, chain(file));
    }
  }
  return { packages, files: new Set(parentOf.keys()), chain };
}

describe('appliance start-up imports', () => {
  it('load only the kernel packages; devices, fiscal signing and rendering come on demand', () => {
    const { packages } = startupGraph(join(sourceRoot, 'main.ts'));
    const unexpected = [...packages].filter(([name]) => !STARTUP_PACKAGES.includes(name)).map(([name, via]) => `${name} via ${via}`);
    expect(unexpected).toEqual([]);
    expect([...packages.keys()].sort()).toEqual(STARTUP_PACKAGES);
  });

  it('leave the contract event registry out: the appliance needs event payload schemas only to type-check', () => {
    // Each zod schema holds about 3 KB of heap for the life of the process; the registry builds
    // hundreds. Runtime code imports the one contract file it needs, never the contract's index.
    const { files, chain } = startupGraph(join(sourceRoot, 'main.ts'));
    const contractRoot = join(repoRoot(), 'appliance', 'contract');
    const loaded = [join(contractRoot, 'index.ts'), join(contractRoot, 'events', 'registry.ts')].filter((file) => files.has(file)).map(chain);
    expect(loaded).toEqual([]);
  });

  it('build no zod schema at module level: each waits in lazySchema for its first use', () => {
    // A schema declared at the top of a file the appliance loads is built at start and held for
    // good (about 3 KB each); lazySchema builds it on its route's first request (contract/lazy-schema.ts).
    const { files } = startupGraph(join(sourceRoot, 'main.ts'));
    const eager = [...files].flatMap((file) => eagerSchemas(file).map((name) => `${relative(repoRoot(), file)}: ${name}`));
    expect(eager).toEqual([]);
  });
});

/** Top-level declarations whose initializer calls `z.…` right away (not inside a function or lazySchema). */
function eagerSchemas(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const callsZod = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node)) return false;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (callee === 'lazySchema') return false;
      if (callee.startsWith('z.')) return true;
    }
    return ts.forEachChild(node, callsZod) ?? false;
  };
  return source.statements.filter(ts.isVariableStatement).flatMap((statement) =>
    statement.declarationList.declarations.filter((d) => d.initializer && callsZod(d.initializer)).map((d) => d.name.getText(source)),
  );
}

