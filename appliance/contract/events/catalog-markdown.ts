import { z } from 'zod';
import { EVENT_DOMAINS } from './registry.js';

/** The part of JSON Schema that zod emits for the payload schemas. */
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

/** Nested objects deeper than this are shown as `{…}`: the table stays readable, the schema has the rest. */
const MAX_DEPTH = 3;

/** Whether a schema renders as a union, which needs parentheses before `[]`. */
const isUnion = (schema: JsonSchema) => Boolean(schema.anyOf ?? schema.oneOf) || (schema.enum?.length ?? 0) > 1 || Array.isArray(schema.type);

function shapeOf(schema: JsonSchema, depth: number): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map((member) => shapeOf(member, depth)).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.map((type) => shapeOf({ ...schema, type }, depth)).join(' | ');
  switch (schema.type) {
    case 'array':
      if (!schema.items) return 'unknown[]';
      return isUnion(schema.items) ? `(${shapeOf(schema.items, depth)})[]` : `${shapeOf(schema.items, depth)}[]`;
    case 'object': {
      if (depth >= MAX_DEPTH) return '{…}';
      if (schema.properties) {
        const required = new Set(schema.required ?? []);
        const fields = Object.entries(schema.properties).map(([name, field]) => `${name}${required.has(name) ? '' : '?'}: ${shapeOf(field, depth + 1)}`);
        return `{ ${fields.join(', ')} }`;
      }
      if (typeof schema.additionalProperties === 'object') return `{ [key: string]: ${shapeOf(schema.additionalProperties, depth + 1)} }`;
      return 'object';
    }
    case undefined:
      return 'unknown';
    default:
      return schema.type;
  }
}

/** A payload schema as one line of TypeScript-like shape. */
export function payloadShape(schema: z.ZodType): string {
  return shapeOf(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }) as JsonSchema, 0);
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The generated part of docs/events.md: one table per domain, every event type with its payload. */
export function eventCatalogMarkdown(): string {
  const sections = EVENT_DOMAINS.map((domain) => {
    const rows = domain.events.map(
      (event) => `| \`${event.type}\` | \`${event.aggregateType}\` | ${cell(event.description)} | \`${cell(payloadShape(event.schema))}\` |`,
    );
    return [`### ${domain.title} (${domain.source})`, '', '| type | aggregate | meaning | payload |', '|---|---|---|---|', ...rows].join('\n');
  });
  return `${sections.join('\n\n')}\n`;
}
