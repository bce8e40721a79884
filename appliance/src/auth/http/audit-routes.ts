import { z } from 'zod';
import { sql } from 'kysely';
import { paged } from '../../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../../kernel/http/pagination.js';
import { requirePermission } from '../../kernel/http/permissions.js';
import { readQuery } from '../../kernel/http/validation.js';
import { rowToEvent } from '../../kernel/journal/journal-store.js';
import { SECURITY_EVENT_TYPES, SECURITY_EVENTS_INDEX_TERM } from '../audit/security-events.js';
import type { AuthRuntime } from '../runtime.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

const eventType = lazySchema(() => z.enum(SECURITY_EVENT_TYPES));
/**
 * `occurred_at` is stored as toISOString() text and compared as text, so `12:00:00Z` has to become
 * `12:00:00.000Z` first: otherwise it sorts after every event in that second and drops them.
 */
const instant = lazySchema(() => z.iso.datetime().transform((value) => new Date(value).toISOString()));
const auditQuery = lazySchema(() => pageQuery(['seq', 'occurred_at', 'type'], 'seq:desc').extend({
  type: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const parsed = z.array(eventType).safeParse(v.split(','));
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `type deve ser uma lista separada por vírgulas de ${SECURITY_EVENT_TYPES.join(', ')}` });
        return z.NEVER;
      }
      return parsed.data;
    }),
  subjectId: z.string().max(100).optional(),
  actorId: z.string().max(100).optional(),
  from: instant.optional(),
  to: instant.optional(),
}));

/** The security audit log: a filtered, paged view over the journal. */
export function registerAuditRoutes(rt: AuthRuntime): void {
  rt.ctx.api.get('/audit', routeDoc({ tag: 'audit', summary: 'Security events from the journal (logins, overrides, devices, keys)', query: auditQuery, paged: true, response: () => import('../../kernel/system-answers.js').then((a) => a.journalEventAnswer) }), requirePermission('audit.read'), async (c) => {
    const q = readQuery(c, auditQuery);
    let query = rt.ctx.queryDb
      .selectFrom('journal')
      .where(sql.raw<boolean>(SECURITY_EVENTS_INDEX_TERM))
      .where('type', 'in', q.type ?? [...SECURITY_EVENT_TYPES]);
    if (q.subjectId) query = query.where('aggregate_id', '=', q.subjectId);
    if (q.actorId) query = query.where('actor_id', '=', q.actorId);
    if (q.from) query = query.where('occurred_at', '>=', q.from);
    if (q.to) query = query.where('occurred_at', '<', q.to);
    const rows = await query.selectAll().orderBy(q.sort.field, q.sort.direction).orderBy('seq', 'desc').limit(q.size).offset(offsetOf(q)).execute();
    const total = Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return paged(c, (rows as Parameters<typeof rowToEvent>[0][]).map(rowToEvent), { page: q.page, size: q.size, total });
  });
}
