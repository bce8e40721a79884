import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { AppError, conflict } from './errors.js';
import { ok } from './http/envelope.js';
import { requirePermission } from './http/permissions.js';
import type { ModuleContext } from './module.js';

/**
 * System updates from the back office. The appliance runs unprivileged and never installs anything
 * itself: it writes the uploaded bundle into a spool directory of its data dir, and the OS image's
 * root-owned watcher (os-image/rootfs: `chefia-update-spool.path` → `chefia-update-spool`) takes it
 * from there, out of the appliance's reach, checks its signature and runs `rauc install`, writing
 * how it went to the status file beside it. That file is the only channel back: the appliance reads
 * it and the back office shows it. Without the image's watcher (`CHEFIA_SYSTEM_UPDATES` off, e.g.
 * `npm start` on a workstation) the routes say updates are not supported here.
 *
 * The spool, `<dataDir>/system-update/`:
 * - `upload-<uuid>.partial`: a body as it arrives (SHA-256 computed on the way), never read by the
 *   watcher;
 * - `bundle.raucb`: a complete bundle whose upload was journaled; its appearance starts the watcher;
 * - `status.json`: the state, written by the appliance (`queued`) and then by the watcher and the
 *   boot check, each by an atomic rename, one key per line (the root scripts read it with sed).
 */
export const UPDATE_SPOOL_DIR = 'system-update';
const BUNDLE = 'bundle.raucb';
const STATUS = 'status.json';

/**
 * `queued`: uploaded, waiting for the watcher; `installing`: RAUC is writing the other root slot;
 * `installed`: written, the box is rebooting into it; `running`: the new version booted and was
 * marked good; `rolled-back`: it did not become ready and the previous version runs again;
 * `failed`: refused before anything was written (bad signature, wrong compatible, damaged bundle).
 */
export const UPDATE_STATES = ['idle', 'queued', 'installing', 'installed', 'running', 'rolled-back', 'failed'] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

export const updateStatusSchema = lazySchema(() =>
  z.object({
    state: z.enum(UPDATE_STATES),
    sha256: z.string().optional(),
    sizeBytes: z.number().int().optional(),
    /** The version the bundle installs, from its manifest (known once the watcher read it). */
    version: z.string().optional(),
    /** The version running now and its root slot, written by the boot check at every good boot. */
    runningVersion: z.string().optional(),
    slot: z.string().optional(),
    /** RAUC's own last line when it refused a bundle: technical detail for the technician, not translated. */
    detail: z.string().optional(),
    updatedAt: z.string().optional(),
  }),
);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** Every RAUC bundle (plain or verity) is a squashfs image with its signature appended. */
const SQUASHFS_MAGIC = Buffer.from('hsqs', 'latin1');
/** Refused while one of these is under way: a second bundle would race the first one's install. */
const BUSY: readonly UpdateState[] = ['queued', 'installing', 'installed'];

interface Received {
  sha256: string;
  sizeBytes: number;
  /** The `.partial` file holding it. */
  file: string;
}

export class UpdateSpool {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, UPDATE_SPOOL_DIR);
  }

  /** The last status written; `idle` when nothing was ever uploaded or the file is unreadable. */
  status(): UpdateStatus {
    const file = join(this.dir, STATUS);
    if (!existsSync(file)) return { state: 'idle' };
    try {
      return updateStatusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      return { state: 'idle' };
    }
  }

  busy(): boolean {
    return existsSync(join(this.dir, BUNDLE)) || BUSY.includes(this.status().state);
  }

  /**
   * Streams an upload to its own `.partial` file, hashing it on the way and checking the squashfs magic of
   * its first bytes; fsynced before it answers. Throws `SYSTEM_UPDATE_NOT_A_BUNDLE` (and removes the
   * partial file) for anything that cannot be a bundle, `SYSTEM_UPDATE_TOO_LARGE` past `maxBytes`.
   */
  async receive(body: Readable, maxBytes: number): Promise<Received> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const partial = join(this.dir, `upload-${randomUUID()}.partial`);
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const check = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new AppError('SYSTEM_UPDATE_TOO_LARGE', 413, 'SYSTEM_UPDATE_TOO_LARGE', { maxBytes }));
        if (head.length < SQUASHFS_MAGIC.length) {
          head = Buffer.concat([head, chunk.subarray(0, SQUASHFS_MAGIC.length - head.length)]);
          if (head.length === SQUASHFS_MAGIC.length && !head.equals(SQUASHFS_MAGIC)) return done(new AppError('SYSTEM_UPDATE_NOT_A_BUNDLE', 422));
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    // `flush`: fsynced before the stream closes, in libuv's thread pool. A synchronous fsync of a
    // few hundred MiB would stop the event loop (every till, and the systemd watchdog's ping) for as
    // long as the disk takes to write it.
    const file = createWriteStream(partial, { mode: 0o600, flush: true });
    try {
      await pipeline(body, check, file);
      if (size < SQUASHFS_MAGIC.length) throw new AppError('SYSTEM_UPDATE_NOT_A_BUNDLE', 422);
      return { sha256: hash.digest('hex'), sizeBytes: size, file: partial };
    } catch (error) {
      // A refusal in the first chunk can come before the file finished opening: remove it once closed.
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
      rmSync(partial, { force: true });
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') throw new AppError('SYSTEM_UPDATE_NO_SPACE', 507);
      throw error;
    }
  }

  /** Drops a received upload that will not be queued (a duplicate, or its journal entry failed). */
  discard(received: Received): void {
    rmSync(received.file, { force: true });
  }

  /** Hands the received upload to the watcher: status `queued` first, then the bundle's rename. */
  queue(received: Received, now: Date): UpdateStatus {
    const status: UpdateStatus = { state: 'queued', sha256: received.sha256, sizeBytes: received.sizeBytes, updatedAt: now.toISOString() };
    this.writeStatus(status);
    renameSync(received.file, join(this.dir, BUNDLE));
    return status;
  }

  private writeStatus(status: UpdateStatus): void {
    const tmp = join(this.dir, `.status-${randomUUID()}`);
    writeFileSync(tmp, `${JSON.stringify(status, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, join(this.dir, STATUS));
  }
}

const answers = () => import('./system-update-answers.js');

/** The upload's full path, exempt from the general body limit (the route streams and limits it). */
export const SYSTEM_UPDATE_UPLOAD_PATH = '/api/v1/system/updates';

/**
 * `POST /system/updates` (the bundle's bytes as the body, `application/octet-stream`) and
 * `GET /system/updates` (the status). An upload of the bundle already queued, installing or
 * installed answers that status again and changes nothing (idempotent by content); another bundle
 * while one is under way is refused with 409.
 */
export function registerSystemUpdateRoutes(ctx: ModuleContext): void {
  const spool = new UpdateSpool(ctx.config.dataDir);
  const supported = ctx.config.systemUpdates.enabled;
  const view = () => ({ supported, ...spool.status() });

  ctx.api.get(
    '/system/updates',
    routeDoc({ tag: 'system', summary: 'The system update status: whether this host installs updates, the last bundle uploaded and how its install went, the version running', response: () => answers().then((a) => a.updateStatusAnswer) }),
    requirePermission('system.update'),
    (c) => ok(c, view()),
  );

  ctx.api.post(
    '/system/updates',
    routeDoc({
      tag: 'system',
      summary: 'Upload a signed system update bundle (RAUC .raucb bytes as the body, application/octet-stream): the OS image installs it into the inactive root slot and reboots into it',
      description: `The body may be up to \`CHEFIA_SYSTEM_UPDATE_MAX_BYTES\` (default 1 GiB), beyond the general request body limit. Answers 202 with the status (\`queued\`) once the bundle is on disk and the upload journaled (\`system.update_requested\`); follow it with GET.`,
      response: () => answers().then((a) => a.updateStatusAnswer),
      errors: { 409: ['SYSTEM_UPDATE_IN_PROGRESS'], 413: ['SYSTEM_UPDATE_TOO_LARGE'], 415: ['SYSTEM_UPDATE_MEDIA_TYPE'], 422: ['SYSTEM_UPDATE_NOT_A_BUNDLE'], 503: ['SYSTEM_UPDATE_NOT_SUPPORTED'], 507: ['SYSTEM_UPDATE_NO_SPACE'] },
    }),
    requirePermission('system.update'),
    async (c) => {
      if (!supported) throw new AppError('SYSTEM_UPDATE_NOT_SUPPORTED', 503);
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/octet-stream') throw new AppError('SYSTEM_UPDATE_MEDIA_TYPE', 415);
      const { maxBytes } = ctx.config.systemUpdates;
      if (Number(c.req.header('content-length') ?? 0) > maxBytes) {
        c.header('Connection', 'close');
        throw new AppError('SYSTEM_UPDATE_TOO_LARGE', 413, 'SYSTEM_UPDATE_TOO_LARGE', { maxBytes });
      }
      const before = spool.status();
      const body = c.req.raw.body;
      if (!body) throw new AppError('SYSTEM_UPDATE_NOT_A_BUNDLE', 422);
      const received = await spool.receive(Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>), maxBytes);
      if (before.sha256 === received.sha256 && BUSY.includes(before.state)) {
        spool.discard(received);
        return ok(c, view(), 202);
      }
      if (spool.busy()) {
        spool.discard(received);
        throw conflict('SYSTEM_UPDATE_IN_PROGRESS', { state: before.state, sha256: before.sha256 });
      }
      try {
        await ctx.commands.run(
          'system.update',
          (tx) => tx.emit({ type: 'system.update_requested', aggregateType: 'appliance', aggregateId: received.sha256, payload: { sha256: received.sha256, sizeBytes: received.sizeBytes } }),
          { actor: c.get('actor'), correlationId: c.get('correlationId') },
        );
      } catch (error) {
        spool.discard(received);
        throw error;
      }
      // After the commit: only a journaled upload ever reaches the installer.
      spool.queue(received, ctx.clock.now());
      ctx.logger.warn({ sha256: received.sha256, sizeBytes: received.sizeBytes, by: c.get('actor')?.id }, 'system update bundle queued for install');
      return ok(c, view(), 202);
    },
  );
}
