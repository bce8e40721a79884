import { z } from 'zod';

/** Answers of the business-day routes for the OpenAPI document only: loaded when the document is built. */
export const restoreAnswer = z.object({ name: z.string(), preRestoreBackup: z.string(), journalSeq: z.number().int(), restarting: z.literal(true) });
