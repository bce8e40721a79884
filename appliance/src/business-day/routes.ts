import { z } from 'zod';
import { businessRule, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok, paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { openBusinessDay } from './open-business-day.js';
import { readDayReport, readDayReportText } from './close-business-day.js';
import { zReportText } from './z-report-text.js';
import type { ZReport } from './z-report.js';
import { businessDaySchema, findBusinessDay, findOpenBusinessDay, toBusinessDay, type BusinessDayRow } from './queries.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const openBody = lazySchema(() => z.object({ date: z.iso.date().optional() }));
const listQuery = lazySchema(() => pageQuery(['date', 'status'], 'date:desc'));

export function registerBusinessDayRoutes(ctx: ModuleContext): void {
  ctx.api.post('/business-days/open', routeDoc({ tag: 'business-day', summary: 'Open the business day (default today in the store time zone)', response: () => businessDaySchema, body: openBody, status: 201, errors: { 422: ['BUSINESS_DAY_FUTURE_DATE', 'BUSINESS_DAY_ALREADY_OPEN', 'BUSINESS_DAY_ALREADY_CLOSED', 'BUSINESS_DAY_BEFORE_LAST_CLOSED'] } }), requirePermission('business_day.manage'), async (c) => {
    const body = await readJson(c, openBody);
    return runCommand(c, 'business_day.open', (tx) => openBusinessDay(tx, { date: body.date, timeZone: ctx.config.timeZone }), 201);
  });

  ctx.api.get('/business-days/current', routeDoc({ tag: 'business-day', summary: 'The open business day', response: () => businessDaySchema, errors: { 404: ['BUSINESS_DAY_NOT_OPEN'] } }), requirePermission('business_day.read'), (c) => {
    const day = findOpenBusinessDay(ctx.db);
    if (!day) throw notFound('BUSINESS_DAY_NOT_OPEN');
    return ok(c, day);
  });

  ctx.api.get('/business-days', routeDoc({ tag: 'business-day', summary: 'List business days', response: () => businessDaySchema, query: listQuery, paged: true }), requirePermission('business_day.read'), async (c) => {
    const q = readQuery(c, listQuery);
    const rows = await ctx.queryDb
      .selectFrom('business_days')
      .selectAll()
      .orderBy(q.sort.field, q.sort.direction)
      .limit(q.size)
      .offset(offsetOf(q))
      .execute();
    const total = Number((await ctx.queryDb.selectFrom('business_days').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return paged(c, (rows as BusinessDayRow[]).map(toBusinessDay), { page: q.page, size: q.size, total });
  });

  ctx.api.get('/business-days/:id', routeDoc({ tag: 'business-day', summary: 'One business day', response: () => businessDaySchema, errors: { 404: ['BUSINESS_DAY_NOT_FOUND'] } }), requirePermission('business_day.read'), (c) => {
    const day = findBusinessDay(ctx.db, c.req.param('id'));
    if (!day) throw notFound('BUSINESS_DAY_NOT_FOUND');
    return ok(c, day);
  });

  ctx.api.get('/business-days/:id/report', routeDoc({ tag: 'business-day', summary: 'The Z report of a closed day, as data and as printed text', response: () => import('./answers.js').then((a) => a.dayReportAnswer), errors: { 404: ['BUSINESS_DAY_NOT_FOUND'], 422: ['BUSINESS_DAY_REPORT_NOT_READY'] } }), requirePermission('reports.read'), (c) => {
    const day = findBusinessDay(ctx.db, c.req.param('id'));
    if (!day) throw notFound('BUSINESS_DAY_NOT_FOUND');
    const report = readDayReport(ctx.db, day.id) as ZReport | null;
    if (!report) throw businessRule('BUSINESS_DAY_REPORT_NOT_READY', { status: day.status });
    // The paper the close printed (the store's name on its receipts, the layout of its release); rendered again only for days closed before it was kept.
    return ok(c, { report, text: readDayReportText(ctx.db, day.id) ?? zReportText(report, ctx.config.storeName, ctx.config.timeZone) });
  });
}
