import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { ModuleContext } from '../kernel/module.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Actor } from '../kernel/journal/event.js';
import { parseLegacyExport, type LegacyRow } from './legacy-export.js';
import { importLegacyProduct, type ImportOutcome } from './legacy-import.js';

/** Rows per command: each chunk commits with its journal events, and progress moves between chunks. */
export const IMPORT_CHUNK_ROWS = 10;
/** Finished jobs kept for the screen to read back; older ones are forgotten (the journal keeps the changes). */
const KEPT_JOBS = 20;

export interface ImportRowResult {
  line: number;
  key: string;
  outcome: ImportOutcome | 'REJECTED';
  code: string | null;
  message: string | null;
}

export interface ImportJob {
  id: string;
  fileName: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  total: number;
  done: number;
  counts: Record<ImportOutcome | 'REJECTED', number>;
  rows: ImportRowResult[];
  startedAt: string;
  finishedAt: string | null;
}

/** Legacy menu imports run in the background, chunk by chunk; `GET` reads their progress. */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(private readonly ctx: ModuleContext) {}

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  /** Parses the whole file first (a file that is not the export is refused at once), then runs in the background. */
  async start(fileName: string, text: string, actor: Actor | null): Promise<ImportJob> {
    const rows = await parseLegacyExport(text);
    const job: ImportJob = {
      id: newId(),
      fileName,
      status: 'RUNNING',
      total: rows.length,
      done: 0,
      counts: { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 },
      rows: [],
      startedAt: this.ctx.clock.now().toISOString(),
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    for (const old of [...this.jobs.keys()].slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) this.jobs.delete(old);
    void this.run(job, rows, actor);
    return job;
  }

  private async run(job: ImportJob, rows: LegacyRow[], actor: Actor | null): Promise<void> {
    try {
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK_ROWS) {
        const chunk = rows.slice(start, start + IMPORT_CHUNK_ROWS);
        const results = await this.ctx.commands.run('catalog.legacy_import', (tx) => chunk.map((row) => this.importRow(tx, row)), { actor: actor ?? undefined });
        for (const result of results) {
          job.rows.push(result);
          job.counts[result.outcome] += 1;
        }
        job.done += chunk.length;
        // Lets the appliance answer other requests (and the screen read progress) between chunks.
        await nextTurn();
      }
      job.status = 'DONE';
    } catch (error) {
      this.ctx.logger.error({ err: error, jobId: job.id }, 'legacy import stopped');
      job.status = 'FAILED';
    }
    job.finishedAt = this.ctx.clock.now().toISOString();
  }

  private importRow(tx: CommandTx, row: LegacyRow): ImportRowResult {
    const rejected = (code: string, params: Record<string, string | number> = {}): ImportRowResult => ({ line: row.line, key: row.key, outcome: 'REJECTED', code, message: this.ctx.messages.t(code, params) });
    if ('rejection' in row) return rejected(row.rejection.code, row.rejection.params);
    try {
      return { line: row.line, key: row.key, outcome: importLegacyProduct(tx, row.draft), code: null, message: null };
    } catch (error) {
      // A row the catalog's own rules refuse (a barcode already on another product, options on a product moved to KG) is reported, not fatal.
      if (error instanceof AppError && error.status < 500) return rejected(error.code, { ...error.params, value: row.key });
      throw error;
    }
  }
}
