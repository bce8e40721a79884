import { z } from 'zod';
import { AppError } from '../../kernel/errors.js';
import { ok } from '../../kernel/http/envelope.js';
import { requirePermission } from '../../kernel/http/permissions.js';
import { readJson, readQuery } from '../../kernel/http/validation.js';
import type { ModuleContext } from '../../kernel/module.js';
import type { FiscalRuntime } from '../runtime.js';
import { documentsForOrder, getDocument, listDocuments, toSummary } from '../store/documents.js';
import { assertNotUnderLegalHold } from '../store/legal-holds.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

const listQuery = lazySchema(() => z.object({ orderId: z.string().min(1).max(200).optional(), limit: z.coerce.number().int().min(1).max(500).default(50), offset: z.coerce.number().int().min(0).default(0) }));
const justificationBody = lazySchema(() => z.object({ justification: z.string().trim().min(15).max(255) }));

export function registerFiscalRoutes(ctx: ModuleContext, runtime: () => FiscalRuntime): void {
  const found = (id: string) => {
    const row = getDocument(ctx.db, id);
    if (!row) throw new AppError('FISCAL_DOCUMENT_NOT_FOUND', 404);
    return row;
  };

  ctx.api.get('/fiscal/documents', routeDoc({ tag: 'fiscal', summary: 'Fiscal documents, newest first, or those of one order', query: listQuery, response: () => import('../answers.js').then((a) => a.fiscalDocumentsAnswer) }), requirePermission('fiscal.read'), (c) => {
    const q = readQuery(c, listQuery);
    const rows = q.orderId ? documentsForOrder(ctx.db, q.orderId) : listDocuments(ctx.db, q.limit, q.offset);
    return ok(c, rows.map(toSummary));
  });

  ctx.api.get('/fiscal/documents/:id', routeDoc({ tag: 'fiscal', summary: 'One fiscal document', errors: { 404: ['FISCAL_DOCUMENT_NOT_FOUND'] }, response: () => import('../answers.js').then((a) => a.fiscalDocumentAnswer) }), requirePermission('fiscal.read'), (c) => ok(c, toSummary(found(c.req.param('id')))));

  // The procNFe once authorized, the signed NFe before that.
  ctx.api.get('/fiscal/documents/:id/xml', routeDoc({ tag: 'fiscal', summary: 'The document\'s authorized (or signed) XML', produces: 'application/xml', errors: { 404: ['FISCAL_DOCUMENT_NOT_FOUND'], 423: ['FISCAL_DOCUMENT_LEGAL_HOLD'] } }), requirePermission('fiscal.read'), (c) => {
    const row = found(c.req.param('id'));
    assertNotUnderLegalHold(ctx.db, row.access_key, ctx.clock.now().toISOString());
    const xml = row.proc_xml ?? row.signed_xml;
    return c.body('<?xml version="1.0" encoding="UTF-8"?>' + xml, 200, {
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': `inline; filename="${row.access_key}${row.proc_xml && row.model !== 59 ? '-procNFe' : ''}.xml"`,
    });
  });

  ctx.api.get('/fiscal/documents/:id/danfe', routeDoc({ tag: 'fiscal', summary: 'The DANFE/extrato as printable data', errors: { 404: ['FISCAL_DOCUMENT_NOT_FOUND'], 423: ['FISCAL_DOCUMENT_LEGAL_HOLD'] }, response: () => import('../answers.js').then((a) => a.danfeAnswer) }), requirePermission('fiscal.read'), (c) => {
    assertNotUnderLegalHold(ctx.db, found(c.req.param('id')).access_key, ctx.clock.now().toISOString());
    return ok(c, runtime().danfe(c.req.param('id')));
  });

  // NF-e model 55: the A4 DANFE for the buyer (PDF).
  ctx.api.get('/fiscal/documents/:id/danfe.pdf', routeDoc({ tag: 'fiscal', summary: 'The DANFE as PDF', produces: 'application/pdf', errors: { 404: ['FISCAL_DOCUMENT_NOT_FOUND'] } }), requirePermission('fiscal.read'), async (c) => {
    const row = found(c.req.param('id'));
    const pdf = await runtime().danfePdf(row.id);
    return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${row.access_key}-danfe.pdf"` });
  });

  ctx.api.post('/fiscal/documents/:id/cancel', routeDoc({ tag: 'fiscal', summary: 'Cancel an authorized document at SEFAZ with a justification', body: justificationBody, errors: { 404: ['FISCAL_DOCUMENT_NOT_FOUND'] }, response: () => import('../answers.js').then((a) => a.fiscalDocumentAnswer) }), requirePermission('fiscal.cancel'), async (c) => {
    const body = await readJson(c, justificationBody);
    return ok(c, await runtime().cancel(c.req.param('id'), body.justification));
  });

  ctx.api.post('/fiscal/documents/:id/inutilize', routeDoc({ tag: 'fiscal', summary: 'Void (inutilizar) a rejected document\'s number with a justification', body: justificationBody, errors: { 404: ['FISCAL_DOCUMENT_NOT_FOUND'] }, response: () => import('../answers.js').then((a) => a.fiscalDocumentAnswer) }), requirePermission('fiscal.manage'), async (c) => {
    const body = await readJson(c, justificationBody);
    return ok(c, await runtime().inutilize(c.req.param('id'), body.justification));
  });

  ctx.api.post('/fiscal/transmit', routeDoc({ tag: 'fiscal', summary: 'Transmit the pending (contingency) documents now', response: () => import('../answers.js').then((a) => a.transmitReportAnswer) }), requirePermission('fiscal.manage'), async (c) => ok(c, await runtime().service.transmitPending()));

  ctx.api.get('/fiscal/status', routeDoc({ tag: 'fiscal', summary: 'Fiscal emission status: mode, SEFAZ reachability, pending documents', response: () => import('../answers.js').then((a) => a.fiscalStatusAnswer) }), requirePermission('fiscal.read'), (c) => ok(c, runtime().status()));

  ctx.api.get('/fiscal/exports/:month', routeDoc({ tag: 'fiscal', summary: 'The month\'s XML files for the accountant (ZIP)', produces: 'application/zip', errors: { 400: ['FISCAL_EXPORT_MONTH_INVALID'] } }), requirePermission('fiscal.export'), (c) => {
    const month = c.req.param('month').replace(/\.zip$/, '');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new AppError('FISCAL_EXPORT_MONTH_INVALID', 400);
    const result = runtime().exportMonth(month);
    return c.body(new Uint8Array(result.zip), 200, {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="nfce-${month}.zip"`,
      'x-fiscal-documents': String(result.documents),
    });
  });
}
