import type { z } from 'zod';
import type { JournalEvent } from './event-schema.js';

/** An event whose payload lacks or mistypes a field its projection reads: kept raw, not projected. */
export class UnreadablePayload extends Error {
  constructor(
    readonly eventType: string,
    detail: string,
  ) {
    super(`${eventType}: ${detail}`);
  }
}

/**
 * Reads what a projection needs of a payload through the contract's schema, picked down to the
 * fields that projection uses (`EVENTS[type].schema.pick(...)`): a field the relay does not read,
 * an unknown one a newer store added, or an optional one an older store lacks never stops ingest.
 */
export function readPayload<S extends z.ZodType>(schema: S, event: JournalEvent): z.output<S> {
  const parsed = schema.safeParse(event.payload);
  if (!parsed.success) throw new UnreadablePayload(event.type, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
