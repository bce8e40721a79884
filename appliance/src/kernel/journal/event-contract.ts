import { isDeepStrictEqual } from 'node:util';
import { eventDefinition } from '../../../contract/index.js';
import type { NewEvent } from './event.js';

/**
 * Checks an event against its contract definition exactly: the type is known, the aggregate is the
 * declared one, the payload parses, and parsing dropped nothing (an extra field, which a spread of a
 * wider object lets past the compiler, would otherwise reach the relay and the web apps unannounced).
 */
export function assertEventMatchesContract(event: NewEvent): void {
  const definition = eventDefinition(event.type);
  if (!definition) throw new Error(`event type ${event.type} is not in the contract (appliance/contract/events)`);
  if (definition.aggregateType !== event.aggregateType) {
    throw new Error(`${event.type} belongs to aggregate ${definition.aggregateType}, not ${event.aggregateType}`);
  }
  // What the journal stores is the JSON text: compare what survives JSON with what the schema keeps.
  const stored: unknown = JSON.parse(JSON.stringify(event.payload));
  const parsed = definition.schema.safeParse(stored);
  if (!parsed.success) throw new Error(`${event.type} payload does not match the contract: ${parsed.error.message}`);
  if (!isDeepStrictEqual(parsed.data, stored)) {
    throw new Error(`${event.type} payload carries fields the contract does not declare: ${JSON.stringify(stored)}`);
  }
}
