import { z } from 'zod';
import { zReportSchema } from '../../contract/index.js';
import { businessDaySchema } from './queries.js';

/** Answers of the business-day routes for the OpenAPI document only: loaded when the document is built. */
export const restoreAnswer = z.object({
  name: z.string(),
  preRestoreBackup: z.string(),
  /** The backup's last event. */
  journalSeq: z.number().int(),
  /** The live journal's head when the restore was accepted: the restored journal carries the events up to the restart, then `backup.restored`. */
  journalHeadSeq: z.number().int(),
  restarting: z.literal(true),
});

export const backupFileAnswer = z.object({ name: z.string(), bytes: z.number().int(), createdAt: z.iso.datetime() });

/** An on-demand backup: its file name, size and the older copies rotated out. */
export const backupCreatedAnswer = z.object({ name: z.string(), bytes: z.number().int(), removed: z.array(z.string()) });

/** A Z (or X) report as data and as the printed text. */
export const dayReportAnswer = z.object({ report: zReportSchema, text: z.string() });

/** The closed day, its Z report and the backup taken; null, with why, when the copy could not be written (the day is closed all the same). */
export const closedDayAnswer = dayReportAnswer.extend({
  day: businessDaySchema,
  backup: z.object({ file: z.string(), bytes: z.number().int(), removed: z.array(z.string()) }).nullable(),
  backupFailure: z.object({ code: z.literal('BACKUP_FAILED'), message: z.string() }).optional(),
});
