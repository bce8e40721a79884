import type { Context } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { prepareCached } from '../kernel/db/statements.js';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok, paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { holdsPermission, requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import type { AppEnv } from '../kernel/http/env.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { createCustomer, updateCustomer } from './commands.js';
import { listDataRequests, } from './data-requests.js';
import { customerBody } from './customer-body.js';
import { isValidCpf, normalizeCpf } from '../kernel/cpf.js';
import { phoneDigits, toCustomer, type Customer, type CustomerRow } from './customer.js';
import { MIN_NAME_SEARCH_LENGTH, minimisedCustomer, searchTooShort } from './minimised.js';
import { rotatePiiKey } from './pii/rotate.js';
import { customersRuntimeOf } from './runtime.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const listQuery = lazySchema(() => pageQuery(['name', 'created_at'], 'created_at:desc').extend({ q: z.string().max(100).optional() }));
const customerPatch = lazySchema(() => customerBody.partial());

/** `%` and `_` typed in the search box are literal characters, not LIKE wildcards. */
function nameContains(text: string) {
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<boolean>`${sql.ref('name')} LIKE ${pattern} ESCAPE '\\'`;
}

export function registerCustomerRoutes(ctx: ModuleContext): void {
  const { keyring } = customersRuntimeOf(ctx);
  /** Answers carry the record as it is now, decrypted; commands store only its id (see runCommand). */
  const current = ({ id }: Customer) => {
    const row = prepareCached(ctx.db, 'SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow;
    return toCustomer(row, keyring);
  };
  const reference = (customer: Customer) => ({ id: customer.id }) as Customer;
  /** A caller who manages customers reads them whole; any other reader, minimised (minimised.ts). */
  const asSeenBy = (c: Context<AppEnv>) => {
    const whole = holdsPermission(c, 'customers.manage');
    return (row: CustomerRow) => (whole ? toCustomer(row, keyring) : minimisedCustomer(toCustomer(row, keyring)));
  };

  ctx.api.post('/customers', routeDoc({ tag: 'customers', summary: 'Create a customer (personal data encrypted at rest; consent recorded)', response: () => import('./answers.js').then((a) => a.customerAnswer), body: customerBody, status: 201, errors: { 409: ['CUSTOMER_CPF_TAKEN'] } }), requirePermission('customers.manage'), async (c) => {
    const body = await readJson(c, customerBody);
    // A first request answers with the customer its command wrote; a replay (same idempotency key) reads it.
    let created: Customer | undefined;
    const create = (tx: CommandTx) => {
      created = createCustomer(tx, keyring, body);
      return reference(created);
    };
    return runCommand(c, 'customer.create', create, 201, (stored) => created ?? current(stored));
  });

  ctx.api.patch('/customers/:id', routeDoc({ tag: 'customers', summary: 'Change a customer (a consent change is recorded)', response: () => import('./answers.js').then((a) => a.customerAnswer), body: customerPatch, errors: { 404: ['CUSTOMER_NOT_FOUND'], 409: ['CUSTOMER_ANONYMIZED', 'CUSTOMER_CPF_TAKEN'] } }), requirePermission('customers.manage'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, customerPatch);
    return runCommand(c, 'customer.update', (tx) => reference(updateCustomer(tx, keyring, id, body)), 200, current);
  });

  ctx.api.get('/customers/:id/data-requests', routeDoc({ tag: 'customers', summary: 'The customer\'s data-subject requests, oldest first', response: () => import('./answers.js').then((a) => a.dataRequestAnswer), errors: { 404: ['CUSTOMER_NOT_FOUND'] } }), requirePermission('customers.erase'), (c) => {
    const id = readParam(c, 'id');
    if (!ctx.db.prepare('SELECT 1 FROM customers WHERE id = ?').get(id)) throw notFound('CUSTOMER_NOT_FOUND');
    return ok(c, listDataRequests(ctx.db, id));
  });

  /**
   * Search by name (contains), or by an exact CPF or phone number through their blind indexes:
   * the database holds neither value, only their keyed digests. Without `customers.manage` a
   * search is required and a name search needs a few letters (minimised.ts).
   */
  ctx.api.get('/customers', routeDoc({ tag: 'customers', summary: 'Search customers by name, or exactly by CPF or phone (everyone, and whole records, for customers.manage only)', response: () => import('./answers.js').then((a) => a.customerAnswer), query: listQuery, paged: true, errors: { 400: ['CUSTOMER_SEARCH_TOO_SHORT'] } }), requirePermission('customers.read'), async (c) => {
    const q = readQuery(c, listQuery);
    const text = q.q?.trim() ?? '';
    const cpf = normalizeCpf(text);
    const digits = phoneDigits(text);
    const exact = isValidCpf(cpf) || digits.length >= 10;
    if (!holdsPermission(c, 'customers.manage') && !exact && text.length < MIN_NAME_SEARCH_LENGTH) throw searchTooShort();
    let query = ctx.queryDb.selectFrom('customers');
    if (text) {
      query = query.where((eb) =>
        eb.or([
          nameContains(text),
          ...(isValidCpf(cpf) ? [eb('cpf_index', '=', keyring.blindIndex('cpf', cpf))] : []),
          ...(digits.length >= 10 ? [eb('phone_index', '=', keyring.blindIndex('phone', digits))] : []),
        ]),
      );
    }
    // The id breaks ties so a page boundary between equal names or times never repeats or skips a row.
    const rows = await query.selectAll().orderBy(q.sort.field, q.sort.direction).orderBy('id').limit(q.size).offset(offsetOf(q)).execute();
    const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return paged(c, (rows as CustomerRow[]).map(asSeenBy(c)), { page: q.page, size: q.size, total: Number(n) });
  });

  ctx.api.get('/customers/:id', routeDoc({ tag: 'customers', summary: 'One customer (minimised without customers.manage)', response: () => import('./answers.js').then((a) => a.customerAnswer), errors: { 404: ['CUSTOMER_NOT_FOUND'] } }), requirePermission('customers.read'), (c) => {
    const row = ctx.db.prepare('SELECT * FROM customers WHERE id = ?').get(readParam(c, 'id')) as CustomerRow | undefined;
    if (!row) throw notFound('CUSTOMER_NOT_FOUND');
    return ok(c, asSeenBy(c)(row));
  });

  ctx.api.post('/customers/pii-keys/rotate', routeDoc({ tag: 'customers', summary: 'Rotate the personal-data key: every row re-encrypted and re-indexed', response: () => import('./answers.js').then((a) => a.keyRotationAnswer) }), requirePermission('privacy.keys'), async (c) =>
    ok(c, await rotatePiiKey(ctx, c.get('actor'), c.get('correlationId'))),
  );
}
