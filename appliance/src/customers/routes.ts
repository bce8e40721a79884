import { sql } from 'kysely';
import { z } from 'zod';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok, paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { anonymizeCustomer, createCustomer, updateCustomer } from './commands.js';
import { isValidCpf, normalizeCpf } from '../kernel/cpf.js';
import { toCustomer, type CustomerRow } from './customer.js';
import { safeText } from '../kernel/safe-text.js';

const cpf = z
  .string()
  .transform(normalizeCpf)
  .refine(isValidCpf, 'dígitos verificadores do CPF inválidos');

const customerBody = z.object({
  name: safeText(120),
  cpf: cpf.nullish(),
  phone: z.string().regex(/^\+?\d{10,14}$/).nullish(),
  email: z.email().max(200).nullish(),
  marketingConsent: z.boolean().optional(),
});

const listQuery = pageQuery(['name', 'created_at'], 'created_at:desc').extend({ q: z.string().max(100).optional() });

/** `%` and `_` typed in the search box are literal characters, not LIKE wildcards. */
function nameContains(text: string) {
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<boolean>`${sql.ref('name')} LIKE ${pattern} ESCAPE '\\'`;
}

export function registerCustomerRoutes(ctx: ModuleContext): void {
  ctx.api.post('/customers', requirePermission('customers.manage'), async (c) => {
    const body = await readJson(c, customerBody);
    return runCommand(c, 'customer.create', (tx) => createCustomer(tx, body), 201);
  });

  ctx.api.patch('/customers/:id', requirePermission('customers.manage'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, customerBody.partial());
    return runCommand(c, 'customer.update', (tx) => updateCustomer(tx, id, body));
  });

  ctx.api.post('/customers/:id/anonymize', requirePermission('customers.erase'), async (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'customer.anonymize', (tx) => anonymizeCustomer(tx, id));
  });

  ctx.api.get('/customers', requirePermission('customers.read'), async (c) => {
    const q = readQuery(c, listQuery);
    let query = ctx.queryDb.selectFrom('customers');
    if (q.q) query = query.where((eb) => eb.or([nameContains(q.q!), eb('cpf', '=', normalizeCpf(q.q!))]));
    // The id breaks ties so a page boundary between equal names or times never repeats or skips a row.
    const rows = await query.selectAll().orderBy(q.sort.field, q.sort.direction).orderBy('id').limit(q.size).offset(offsetOf(q)).execute();
    const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return paged(c, (rows as CustomerRow[]).map(toCustomer), { page: q.page, size: q.size, total: Number(n) });
  });

  ctx.api.get('/customers/:id', requirePermission('customers.read'), (c) => {
    const row = ctx.db.prepare('SELECT * FROM customers WHERE id = ?').get(readParam(c, 'id')) as CustomerRow | undefined;
    if (!row) throw notFound('CUSTOMER_NOT_FOUND');
    return ok(c, toCustomer(row));
  });

  /**
   * LGPD data-subject access to what this module holds: the record and the history of changes to it.
   * Orders keep only the customer id and fiscal documents a CPF typed at the sale; neither is in here.
   */
  ctx.api.get('/customers/:id/export', requirePermission('customers.read'), (c) => {
    const id = readParam(c, 'id');
    const row = ctx.db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
    if (!row) throw notFound('CUSTOMER_NOT_FOUND');
    const history = ctx.db
      .prepare("SELECT type, occurred_at AS occurredAt FROM journal WHERE aggregate_type = 'customer' AND aggregate_id = ? ORDER BY seq")
      .all(id);
    return ok(c, { customer: toCustomer(row), history });
  });
}
