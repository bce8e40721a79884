import { sql } from 'kysely';
import { z } from 'zod';
import { printerConfigSchema } from '../devices/printer/printer-config.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok, paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { detectUsbDevices, formatUsbId } from '../devices/usb-detect.js';
import { configurePrinter } from './configure-printer.js';
import { enqueuePrintJob, loadJob, retryFailedJob } from './job-commands.js';
import { payloadSpecSchema, toPrintJob, type PrintJobRow } from './print-job.js';
import { printFailureOf } from './print-failure.js';
import type { PrinterResolver } from './queue-worker.js';
import { findPrinterConfig, listPrinterConfigs } from './printer-store.js';
import { printRetryGuardsOf } from './retry-guards.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/**
 * `createdAt` is the order jobs were queued in: the table's rowid, which every job takes as it is
 * inserted, so that listing needs no index of its own that every queued job would write a page of.
 */
const SORT_COLUMNS = { createdAt: sql<string>`rowid`, updatedAt: 'updated_at', status: 'status' } as const;
const listQuery = lazySchema(() => pageQuery(['createdAt', 'updatedAt', 'status'], 'createdAt:desc').extend({
  status: z.enum(['QUEUED', 'PRINTING', 'DONE', 'FAILED']).optional(),
  printerId: z.string().optional(),
}));
const enqueueBody = lazySchema(() => z.object({
  printerId: z.string().min(1),
  kind: z.string().min(1).max(40).default('manual'),
  payload: payloadSpecSchema,
  dedupeKey: z.string().min(1).max(200).optional(),
}));
const printerBody = printerConfigSchema.omit({ id: true });

/**
 * `sendingJobIds`: the jobs the queue worker is sending right now. They are QUEUED in SQLite (the
 * send is not a committed state, queue-worker.ts) and PRINTING in every answer and filter here.
 */
export function registerPrintingRoutes(ctx: ModuleContext, profiles: DeviceProfile[], resolver: PrinterResolver, sendingJobIds: () => string[]): void {
  ctx.api.get('/print-jobs', routeDoc({ tag: 'printing', summary: 'List print jobs', query: listQuery, paged: true, response: () => import('./answers.js').then((a) => a.printJobAnswer) }), requirePermission('printing.read'), async (c) => {
    const q = readQuery(c, listQuery);
    const sending = sendingJobIds();
    if (q.status === 'PRINTING' && sending.length === 0) return paged(c, [], { page: q.page, size: q.size, total: 0 });
    let query = ctx.queryDb.selectFrom('print_jobs');
    if (q.status === 'PRINTING') query = query.where('status', '=', 'QUEUED').where('id', 'in', sending);
    else if (q.status === 'QUEUED' && sending.length > 0) query = query.where('status', '=', 'QUEUED').where('id', 'not in', sending);
    else if (q.status) query = query.where('status', '=', q.status);
    if (q.printerId) query = query.where('printer_id', '=', q.printerId);
    const rows = await query.selectAll().orderBy(SORT_COLUMNS[q.sort.field], q.sort.direction).orderBy('id', q.sort.direction).limit(q.size).offset(offsetOf(q)).execute();
    const total = Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return paged(c, (rows as PrintJobRow[]).map((row) => toPrintJob(row, sending.includes(row.id))), { page: q.page, size: q.size, total });
  });

  ctx.api.get('/print-jobs/:id', routeDoc({ tag: 'printing', summary: 'One print job', response: () => import('./answers.js').then((a) => a.printJobAnswer), errors: { 404: ['PRINT_JOB_NOT_FOUND'] } }), requirePermission('printing.read'), (c) => {
    const row = loadJob(ctx.db, readParam(c, 'id'));
    return ok(c, toPrintJob(row, sendingJobIds().includes(row.id)));
  });

  ctx.api.post('/print-jobs', routeDoc({ tag: 'printing', summary: 'Queue a print job', response: () => import('./answers.js').then((a) => a.printJobAnswer), body: enqueueBody, status: 201 }), requirePermission('printing.manage'), async (c) => {
    const body = await readJson(c, enqueueBody);
    return runCommand(c, 'print_job.enqueue', (tx) => enqueuePrintJob(tx, body), 201);
  });

  // 423: the guard of DANFE jobs (workflows) refuses a document under legal hold.
  ctx.api.post('/print-jobs/:id/retry', routeDoc({ tag: 'printing', summary: 'Retry a failed print job', response: () => import('./answers.js').then((a) => a.printJobAnswer), errors: { 404: ['PRINT_JOB_NOT_FOUND'], 422: ['PRINT_JOB_NOT_FAILED', 'PRINT_JOB_WITHDRAWN', 'PRINT_JOB_OUTDATED', 'PRINT_DRAWER_KICK_NOT_RETRYABLE'], 423: ['FISCAL_DOCUMENT_LEGAL_HOLD'] } }), requirePermission('printing.manage'), (c) =>
    runCommand(c, 'print_job.retry', (tx) => retryFailedJob(tx, readParam(c, 'id'), printRetryGuardsOf(ctx))),
  );

  ctx.api.get('/printers', routeDoc({ tag: 'printing', summary: 'Configured printers', response: () => z.array(printerConfigSchema) }), requirePermission('printers.read'), (c) => ok(c, listPrinterConfigs(ctx.db)));

  ctx.api.put('/printers/:id', routeDoc({ tag: 'printing', summary: 'Configure a printer (profile, connection, paper)', response: () => printerConfigSchema, body: printerBody }), requirePermission('printing.manage'), async (c) => {
    const body = await readJson(c, printerBody);
    const id = readParam(c, 'id');
    return runCommand(c, 'printer.configure', (tx) => configurePrinter(tx, { ...body, id }, profiles));
  });

  // The printer models a printer can be configured with (the back office's "add printer" list).
  ctx.api.get('/printer-profiles', routeDoc({ tag: 'printing', summary: 'The printer profiles a printer can be configured with', response: () => import('./answers.js').then((a) => z.array(a.printerProfileAnswer)) }), requirePermission('printers.read'), (c) =>
    ok(
      c,
      profiles
        .filter((p) => p.kind === 'printer')
        .map((p) => ({ id: p.id, vendor: p.vendor, model: p.model, transports: Object.keys(p.transports) })),
    ),
  );

  // Setup help: which plugged-in USB devices match a printer profile. Serial ports are never probed.
  ctx.api.get('/printers/usb-detect', routeDoc({ tag: 'printing', summary: 'USB printers attached to the appliance, matched to known profiles', response: () => import('./answers.js').then((a) => a.usbDetectionAnswer) }), requirePermission('printing.manage'), async (c) => {
    const scan = await detectUsbDevices(profiles.filter((p) => p.kind === 'printer'));
    const describe = (d: { vendorId: number; productId: number; productName?: string | null }) => ({
      usbId: `${formatUsbId(d.vendorId)}:${formatUsbId(d.productId)}`,
      productName: d.productName ?? null,
    });
    return ok(c, {
      matches: scan.matches.map((m) => ({ profileId: m.profileId, ...describe(m.device) })),
      unmatchedCount: scan.unmatched.length,
      error: scan.error ?? null,
    });
  });

  ctx.api.get('/printers/:id/status', routeDoc({ tag: 'printing', summary: 'Ask a printer for its status (paper, cover, reachable)', response: () => import('./answers.js').then((a) => a.printerStatusAnswer), errors: { 404: ['PRINTER_NOT_FOUND'] } }), requirePermission('printers.read'), async (c) => {
    const config = findPrinterConfig(ctx.db, readParam(c, 'id'));
    if (!config) throw notFound('PRINTER_NOT_FOUND');
    try {
      return ok(c, { printerId: config.id, reachable: true, status: await resolver.printerFor(config).printer.status() });
    } catch (err) {
      // An unreachable printer is a normal answer here, not a server error; the screen polls it, so its detail logs at debug.
      const failure = printFailureOf(err, ctx.messages);
      ctx.logger.debug({ printerId: config.id, errorCode: failure.code, err: failure.detail }, 'printer status not read');
      return ok(c, { printerId: config.id, reachable: false, errorCode: failure.code, error: failure.text });
    }
  });
}
