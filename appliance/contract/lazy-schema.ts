import { z } from 'zod';

/**
 * Members of object, enum, array, string and number schemas that a `z.lazy` lacks; a stand-in
 * answers them from the built schema, so code written against the declared type keeps working.
 */
const FORWARDED = [
  'shape', 'extend', 'safeExtend', 'partial', 'required', 'pick', 'omit', 'strict', 'strip', 'passthrough', 'loose', 'catchall', 'keyof', 'merge',
  'options', 'enum', 'extract', 'exclude', 'element', 'min', 'max', 'length', 'nonempty', 'int', 'positive', 'nonnegative', 'regex',
] as const;

let forwardingPrototype: object | undefined;

/** One prototype for every stand-in: a getter per forwarded member, not one per schema. */
function forwarding(base: object): object {
  if (forwardingPrototype) return forwardingPrototype;
  const members: PropertyDescriptorMap = {};
  for (const member of FORWARDED) {
    if (member in base) continue;
    members[member] = {
      get(this: z.ZodLazy) {
        const built = this._zod.innerType as unknown as Record<string, unknown>;
        const value = built[member];
        return typeof value === 'function' ? value.bind(built) : value;
      },
    };
  }
  forwardingPrototype = Object.create(base, members) as object;
  return forwardingPrototype;
}

/**
 * A zod schema built the first time it is used: a parse, a composition that reads it (`.partial()`,
 * `.extend()`), the OpenAPI document. Every zod schema holds about 3 KB of heap for the life of the
 * process, and most of the appliance's schemas (request bodies and queries, the models routes check)
 * serve requests a store may not make for hours; declared at module level, they would all be built
 * at start-up. Wrapped, the appliance holds one small `z.lazy` per declaration until its route's
 * first request.
 *
 * The stand-in is a real zod schema (a `z.lazy`), so zod composes, parses and converts it to JSON
 * Schema like any other, and it is typed as the schema it builds: a declaration changes from
 * `export const body = z.object({...})` to `export const body = lazySchema(() => z.object({...}))`
 * and no reader changes. Only the outermost declaration needs wrapping: what its builder composes is
 * built together with it.
 */
export function lazySchema<S extends z.ZodType>(build: () => S): S {
  let schema: S | undefined;
  // `z.lazy` caches what its getter returns for parsing but calls it again on `unwrap()`.
  const stand = z.lazy(() => (schema ??= build()));
  Object.setPrototypeOf(stand, forwarding(Object.getPrototypeOf(stand)));
  return stand as unknown as S;
}
