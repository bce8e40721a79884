import { z } from 'zod';

/** Answers of the printing routes for the OpenAPI document only: loaded when the document is built. */
export const printJobAnswer = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['QUEUED', 'PRINTING', 'DONE', 'FAILED']),
  requestedPrinterId: z.string(),
  printerId: z.string(),
  triedPrinterIds: z.array(z.string()),
  attempts: z.number().int(),
  nextAttemptAt: z.iso.datetime(),
  lastErrorCode: z.string().nullable(),
  lastError: z.string().nullable(),
  source: z.object({ type: z.string(), id: z.string() }).nullable(),
  dedupeKey: z.string().nullable(),
  bytes: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  printedAt: z.iso.datetime().nullable(),
});

export const printerProfileAnswer = z.object({ id: z.string(), vendor: z.string(), model: z.string(), transports: z.array(z.string()) });

export const usbDetectionAnswer = z.object({
  matches: z.array(z.object({ profileId: z.string(), usbId: z.string(), productName: z.string().nullable() })),
  unmatchedCount: z.number().int(),
  error: z.string().nullable(),
});

// An unreachable printer is an answer too: its error instead of a status.
export const printerStatusAnswer = z.union([
  z.object({
    printerId: z.string(),
    reachable: z.literal(true),
    status: z.object({ online: z.boolean(), coverOpen: z.boolean(), paperOut: z.boolean(), paperNearEnd: z.boolean(), error: z.boolean(), supported: z.boolean() }),
  }),
  z.object({ printerId: z.string(), reachable: z.literal(false), errorCode: z.string(), error: z.string() }),
]);
