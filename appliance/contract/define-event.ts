import type { z } from 'zod';
import { lazySchema } from './lazy-schema.js';

/**
 * One journal event type: its name, the aggregate it belongs to, the zod schema of its payload and
 * a one-line description for docs/events.md. The appliance, the relay and the web apps all read
 * event payloads through these definitions, so a renamed field breaks every reader at compile time.
 */
export interface EventDefinition<T extends string = string, A extends string = string, S extends z.ZodType = z.ZodType> {
  readonly type: T;
  readonly aggregateType: A;
  readonly schema: S;
  readonly description: string;
}

export function defineEvent<const T extends string, const A extends string, S extends z.ZodType>(
  type: T,
  aggregateType: A,
  schema: S | (() => S),
  description: string,
): EventDefinition<T, A, S> {
  // Given as a builder, the payload schema is built when something first reads it (the relay's
  // ingest, a test): the appliance imports event files for a shared schema or two and must not
  // build every payload schema beside them (lazy-schema.ts).
  return { type, aggregateType, schema: typeof schema === 'function' ? lazySchema(schema) : schema, description };
}
