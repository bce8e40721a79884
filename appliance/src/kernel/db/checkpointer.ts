import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const run = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, ...result });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error && error.message || error) });
  }
};
const timer = setInterval(run, workerData.intervalMs);
parentPort.on('message', (m) => { if (m === 'stop') { clearInterval(timer); db.close(); parentPort.close(); } });
`;

export interface CheckpointResult {
  ok: boolean;
  busy?: number;
  log?: number;
  checkpointed?: number;
  error?: string;
}

/**
 * Copies WAL pages back into the database from a worker thread with its own connection, so a
 * checkpoint (which writes and fsyncs the database file) never stalls the event loop that serves
 * the tills. The writer's own auto-checkpoint stays on as a safety net with a higher threshold.
 */
export class BackgroundCheckpointer {
  private readonly worker: Worker;

  constructor(file: string, intervalMs: number, onResult: (result: CheckpointResult) => void) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, intervalMs, driver: createRequire(import.meta.url).resolve('better-sqlite3') },
    });
    this.worker.on('message', onResult);
    this.worker.on('error', (error) => onResult({ ok: false, error: error.message }));
    this.worker.unref();
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 2_000))]);
    await this.worker.terminate();
  }
}
