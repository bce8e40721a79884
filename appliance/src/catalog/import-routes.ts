import { z } from 'zod';
import { notFound } from '../kernel/errors.js';
import { raiseBodyLimit } from '../kernel/http/app.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { ImportJobs } from './import-jobs.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/** The old system's export as the screen read it: text (decoded from Latin-1 or UTF-8), up to ~5 MB. */
const importRequest = lazySchema(() => z.object({ fileName: z.string().trim().min(1).max(200), content: z.string().min(1).max(5_000_000) }));
const IMPORTS_PATH = '/catalog/imports';
/**
 * The request carrying that text: a whole export of up to 20 000 rows is several times the
 * appliance's general body limit (16 000 products with barcode and NCM make 1.3 MB). 6 MiB leaves
 * room for the JSON escaping and for accented letters, two bytes each in UTF-8.
 */
const MAX_IMPORT_BODY_BYTES = 6 * 1024 * 1024;
const importAnswer = () => import('./answers.js').then((a) => a.importJobAnswer);

export function registerImportRoutes(ctx: ModuleContext): void {
  const jobs = new ImportJobs(ctx);
  const write = requirePermission('catalog.write');
  raiseBodyLimit(ctx.root, `/api/v1${IMPORTS_PATH}`, { maxBytes: MAX_IMPORT_BODY_BYTES, code: 'IMPORT_FILE_TOO_LARGE' });
  ctx.api.post(
    IMPORTS_PATH,
    routeDoc({
      tag: 'catalog',
      summary: 'Import the previous POS\'s product export (CSV with `;`): starts a background job that creates or updates categories and products by barcode or legacy code',
      body: importRequest,
      status: 202,
      response: importAnswer,
      errors: { 413: ['IMPORT_FILE_TOO_LARGE'], 422: ['IMPORT_FILE_INVALID', 'IMPORT_FILE_TOO_LARGE'] },
    }),
    write,
    async (c) => {
      const body = await readJson(c, importRequest);
      return ok(c, await jobs.start(body.fileName, body.content, c.get('actor')), 202);
    },
  );
  ctx.api.get(
    `${IMPORTS_PATH}/:id`,
    routeDoc({ tag: 'catalog', summary: 'An import\'s progress (done of total), counts and per-row outcomes with the rejected rows\' reasons', response: importAnswer, errors: { 404: ['IMPORT_NOT_FOUND'] } }),
    write,
    (c) => {
      const job = jobs.get(readParam(c, 'id'));
      if (!job) throw notFound('IMPORT_NOT_FOUND');
      return ok(c, job);
    },
  );
}
