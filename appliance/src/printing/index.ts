import { loadProfiles } from '../devices/profiles/loader.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import type { ApplianceModule, ModuleContext } from '../kernel/module.js';
import type { Translate } from '../devices/printer/templates/index.js';
import { DEFAULT_RETRY_POLICY, countRetryableFailedJobs, resumeAfterRestart, type RetryPolicy } from './job-commands.js';
import { printingMessages } from './messages.pt-BR.js';
import { printingMigrations } from './migrations.js';
import { ConfiguredPrinters } from './printer-resolver.js';
import { PrintQueueWorker, type PrinterResolver } from './queue-worker.js';
import { registerPrintingRoutes } from './routes.js';
import { sealedPrintPayloads } from './sealed-payload.js';
import { seedDemoPrinter, startDemoPrinter, type DemoPrinter } from './demo-printer.js';

export { enqueuePrintJob, hasJobWithKey, hasPrintedJobOf, retryFailedJob, withdrawJobsInBackup, withdrawJobsOf, type EnqueueInput, type RetryPolicy, DEFAULT_RETRY_POLICY } from './job-commands.js';
export { configurePrinter } from './configure-printer.js';
export { guardPrintRetries, type RetryGuard } from './retry-guards.js';
export { findPrinterConfig } from './printer-store.js';
export { templateNames, drawerKickJob, DRAWER_KICK_FRESH_FOR_MS, type PrintJob, type PrintJobStatus, type PrintPayloadSpec, type TemplateName } from './print-job.js';
export type { PrintQueueWorker } from './queue-worker.js';

export interface PrintingModuleOptions {
  retry?: Partial<RetryPolicy>;
  profiles?: DeviceProfile[];
  resolver?: PrinterResolver;
}

export interface PrintingModule extends ApplianceModule {
  /** The queue worker once started (tests wait on `worker.idle()`). */
  readonly worker: PrintQueueWorker | null;
}

export function createPrintingModule(options: PrintingModuleOptions = {}): PrintingModule {
  const profiles = options.profiles ?? loadProfiles();
  const resolver = options.resolver ?? new ConfiguredPrinters(profiles);
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  let worker: PrintQueueWorker | null = null;
  let demo: DemoPrinter | null = null;

  return {
    name: 'printing',
    migrations: printingMigrations,
    messages: { 'pt-BR': printingMessages },
    get worker() {
      return worker;
    },
    register(ctx: ModuleContext) {
      ctx.pii.register(sealedPrintPayloads);
      registerPrintingRoutes(ctx, profiles, resolver, () => worker?.printingJobIds() ?? []);
      ctx.health.add('printing', () => {
        const failed = countRetryableFailedJobs(ctx.db);
        const queued = ctx.db.prepare("SELECT count(*) FROM print_jobs WHERE status IN ('QUEUED', 'PRINTING')").pluck().get() as number;
        // A failed job is never silent: it degrades health until someone retries it (one no retry can print is in the listing and the log).
        return { status: failed > 0 ? 'degraded' : 'ok', failedJobs: failed, pendingJobs: queued };
      });
    },
    async seedDemo(ctx: ModuleContext) {
      await seedDemoPrinter(ctx, profiles);
    },
    async start(ctx: ModuleContext) {
      if (ctx.config.demo) demo = await startDemoPrinter(ctx, profiles);
      const t: Translate = (key, params) => ctx.messages.t(key, params);
      const startQueue = async () => {
        worker = new PrintQueueWorker({
          db: ctx.db,
          commands: ctx.commands,
          clock: ctx.clock,
          logger: ctx.logger,
          keyring: ctx.pii.keyring,
          policy,
          resolver,
          timeZone: ctx.config.timeZone,
          t,
          messages: ctx.messages,
        });
        await ctx.commands.run('print_job.resume', (tx) => resumeAfterRestart(tx), { actor: { type: 'system', id: 'print-queue' } });
      };
      await startQueue();
      // The service dashboard's restart: a new worker takes the queue over once the old one finished what it was sending.
      ctx.subsystems.add('print-queue', async () => {
        await worker?.stop();
        await startQueue();
        worker?.kick();
      });
      const kick = () => worker?.kick();
      ctx.events.subscribe('print-queue', ['print_job.queued', 'print_job.failed_over', 'printer.configured'], kick);
      // docs/api.md: job state per printer on `printers/{printerId}/jobs/{jobId}`, after commit.
      ctx.events.subscribe('print-job-mqtt', 'print_job.*', (event) => {
        const job = event.payload;
        return ctx.mqtt.publish(`store/${ctx.config.storeId}/printers/${job.printerId}/jobs/${job.jobId}`, { type: event.type, occurredAt: event.occurredAt, ...job }, { qos: 1 });
      });
      kick();
    },
    async stop() {
      await worker?.stop();
      await demo?.stop();
    },
  };
}

export const printingModule = createPrintingModule();
