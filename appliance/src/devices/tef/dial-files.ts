import { open, readFile, rename, rm, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { encodeFields, F, parseFields, type TefFields } from './fields.js';

export interface TefDialDirs {
  /** Where the POS drops requests (`req/`), watched by the TEF manager. */
  reqDir: string;
  /** Where the manager answers (`resp/`). */
  respDir: string;
}

export interface DialFilesOptions extends TefDialDirs {
  /** TEF Dial gives the manager 7 s to acknowledge a request with intpos.sts. */
  statusTimeoutMs?: number;
  pollIntervalMs?: number;
}

export const REQUEST_FILE = 'intpos.001';
const REQUEST_TEMP = 'intpos.tmp';
const STATUS_FILE = 'intpos.sts';
const RESPONSE_FILE = 'intpos.001';

const requestSlots = new Map<string, Promise<unknown>>();

/**
 * TEF Dial has a single request slot per req/ directory: a sale and an
 * administrative command (ATV, ADM, CNC) would overwrite each other's
 * intpos.001 and intpos.sts. Every exchange on one directory, from whichever
 * object in the process, therefore waits for the previous one to finish.
 */
export function inRequestSlot<T>(reqDir: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(reqDir);
  const next = (requestSlots.get(key) ?? Promise.resolve()).then(work);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  requestSlots.set(key, settled);
  void settled.then(() => {
    if (requestSlots.get(key) === settled) requestSlots.delete(key);
  });
  return next;
}

export class ManagerInactiveError extends Error {
  constructor(readonly requestId: string) {
    super(`TEF manager did not acknowledge request ${requestId}`);
    this.name = 'ManagerInactiveError';
  }
}

/**
 * The POS side of the TEF Dial file handshake: write the request as
 * intpos.tmp and rename it to intpos.001 (so the manager never reads half a
 * file), wait for intpos.sts with the same 001-000, then, for commands that
 * have one, wait for the response intpos.001.
 */
export class TefDialFiles {
  readonly reqDir: string;
  readonly respDir: string;
  private readonly statusTimeoutMs: number;
  private readonly pollIntervalMs: number;

  constructor(options: DialFilesOptions) {
    this.reqDir = options.reqDir;
    this.respDir = options.respDir;
    this.statusTimeoutMs = options.statusTimeoutMs ?? 7_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
  }

  async ensureDirs(): Promise<void> {
    await mkdir(this.reqDir, { recursive: true });
    await mkdir(this.respDir, { recursive: true });
  }

  /** Sends a request and waits for the manager's acknowledgement; throws ManagerInactiveError otherwise. */
  async send(fields: TefFields): Promise<void> {
    const requestId = fields.get(F.id) ?? '';
    await this.ensureDirs();
    await rm(join(this.respDir, STATUS_FILE), { force: true });
    const temp = join(this.reqDir, REQUEST_TEMP);
    await writeDurably(temp, encodeFields(fields));
    await rename(temp, join(this.reqDir, REQUEST_FILE));
    const status = await this.poll(STATUS_FILE, requestId, this.statusTimeoutMs);
    if (!status) {
      // Take the request back so a manager that starts later does not act on a
      // transaction the operator was already told did not happen.
      await rm(join(this.reqDir, REQUEST_FILE), { force: true });
      throw new ManagerInactiveError(requestId);
    }
    await rm(join(this.respDir, STATUS_FILE), { force: true });
  }

  /** Waits for the response to `requestId`; null when none arrives in time. The file is left in place. */
  awaitResponse(requestId: string, timeoutMs: number): Promise<TefFields | null> {
    return this.poll(RESPONSE_FILE, requestId, timeoutMs);
  }

  /** Removes a request the manager never picked up (left by a previous run), so it is never acted on. */
  async withdrawStaleRequest(): Promise<boolean> {
    const path = join(this.reqDir, REQUEST_FILE);
    const stale = (await readFields(path)) !== null;
    await rm(path, { force: true });
    return stale;
  }

  /** A response file left behind (e.g. by a crash before it was processed), whatever its id. */
  async leftoverResponse(): Promise<TefFields | null> {
    return readFields(join(this.respDir, RESPONSE_FILE));
  }

  async removeResponse(): Promise<void> {
    await rm(join(this.respDir, RESPONSE_FILE), { force: true });
  }

  private async poll(file: string, requestId: string, timeoutMs: number): Promise<TefFields | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const fields = await readFields(join(this.respDir, file));
      if (fields && fields.get(F.id) === requestId && fields.has(F.end)) return fields;
      if (Date.now() >= deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, this.pollIntervalMs));
    }
  }
}

export async function readFields(path: string): Promise<TefFields | null> {
  try {
    return parseFields(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Write + fsync, so a rename after it never exposes an empty file after a power cut. */
export async function writeDurably(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
