import { z } from 'zod';

/** Answers of the system and audit routes for the OpenAPI document only: loaded when the document is built. */
const healthStatus = z.enum(['ok', 'degraded', 'down']);

/** The worst check's status wins; each check carries its own details (free bytes, lag, backlog, ...). */
export const healthAnswer = z.object({
  status: healthStatus,
  checks: z.record(z.string(), z.looseObject({ status: healthStatus })),
  storeId: z.string(),
  uptimeSeconds: z.number().int(),
});

/** A journal event in the envelope of docs/events.md; the payload is the one its type defines there. */
export const journalEventAnswer = z.object({
  seq: z.number().int().min(1),
  id: z.string(),
  type: z.string(),
  aggregateType: z.string(),
  aggregateId: z.string(),
  payload: z.record(z.string(), z.unknown()),
  actor: z.object({ type: z.enum(['user', 'device', 'system', 'integration']), id: z.string() }).nullable(),
  correlationId: z.string().nullable(),
  occurredAt: z.string(),
});

export const journalEventsAnswer = z.array(journalEventAnswer);
