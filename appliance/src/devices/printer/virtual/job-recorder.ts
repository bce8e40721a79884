import { EventEmitter } from 'node:events';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderJobText, type ParsedJob } from './job-model.js';
import { renderJobPng } from './render-png.js';

export interface VirtualJob {
  id: string;
  receivedAt: string;
  bytes: Buffer;
  parsed: ParsedJob;
  text: string;
  /** True when the connection broke before the job ended: paper shows a partial receipt. */
  aborted: boolean;
  pngPath?: string;
  txtPath?: string;
}

export interface RecorderOptions {
  outDir?: string;
  dotsPerLine?: number;
}

/** Numbers, keeps and (optionally) writes <job>.png / <job>.txt for every job a virtual printer receives. */
export class JobRecorder extends EventEmitter<{ job: [VirtualJob] }> {
  readonly jobs: VirtualJob[] = [];
  private seq: number;

  constructor(private readonly options: RecorderOptions = {}) {
    super();
    this.seq = 0;
    if (options.outDir) {
      mkdirSync(options.outDir, { recursive: true });
      // Continue numbering so a restarted virtual printer never overwrites earlier receipts.
      for (const name of readdirSync(options.outDir)) {
        const m = /^job-(\d+)\.txt$/.exec(name);
        if (m) this.seq = Math.max(this.seq, Number(m[1]));
      }
    }
  }

  record(bytes: Buffer, parsed: ParsedJob, aborted: boolean): VirtualJob {
    this.seq += 1;
    const id = `job-${String(this.seq).padStart(4, '0')}`;
    const job: VirtualJob = { id, receivedAt: new Date().toISOString(), bytes, parsed, text: renderJobText(parsed), aborted };
    if (this.options.outDir) {
      job.txtPath = join(this.options.outDir, `${id}.txt`);
      job.pngPath = join(this.options.outDir, `${id}.png`);
      writeFileSync(job.pngPath, renderJobPng(parsed, { dotsPerLine: this.options.dotsPerLine }));
      writeFileSync(job.txtPath, job.text);
    }
    this.jobs.push(job);
    this.emit('job', job);
    return job;
  }

  completed(): VirtualJob[] {
    return this.jobs.filter((j) => !j.aborted);
  }

  async waitForJobs(count: number, timeoutMs = 5000): Promise<VirtualJob[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.jobs.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} jobs, got ${this.jobs.length} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.jobs;
  }
}
