import { z } from 'zod';

export const MAX_BATCH_EVENTS = 5000;

/** The journal envelope of docs/events.md, as the replicator ships it. */
export const journalEventSchema = z.object({
  seq: z.number().int().positive(),
  id: z.string().min(1).max(100),
  type: z.string().min(1).max(120),
  aggregateType: z.string().min(1).max(120),
  // Unbounded: a store journals what it was given (a refused login's username, as long as an MQTT
  // CONNECT carries), and a refused batch would be sent again forever, stopping the store's replication.
  aggregateId: z.string(),
  payload: z.record(z.string(), z.unknown()),
  actor: z.object({ type: z.string(), id: z.string().nullable().optional() }).nullable().optional(),
  correlationId: z.string().nullable().optional(),
  occurredAt: z.iso.datetime({ offset: true }),
});

export type JournalEvent = z.infer<typeof journalEventSchema>;

export const ingestBatchSchema = z.object({
  events: z.array(journalEventSchema).min(1).max(MAX_BATCH_EVENTS),
  /** The store's newest journal seq when it sent the batch: drives the lag shown at HQ. */
  journalHead: z.number().int().nonnegative().optional(),
  oldestUnsentAt: z.iso.datetime({ offset: true }).nullable().optional(),
});

export type IngestBatch = z.infer<typeof ingestBatchSchema>;
