import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { RelayDeps } from './deps.js';
import { requireStoreCredential, type RelayEnv } from './auth.js';
import { ok, parseOrThrow, readJson, RelayError } from './envelope.js';
import { ingestBatchSchema } from '../ingest/event-schema.js';
import { getHighWater, ingestBatch } from '../ingest/ingest-service.js';
import { AdmissionRefused } from '../ingest/admission.js';
import { recordStoreContact } from '../stores/store-service.js';
import { gunzipBody } from './inflate.js';
import { routeDoc } from '../../../appliance/contract/api/openapi/route-doc.js';

const MAX_WAIT_SECONDS = 55;

async function readBatchBody(c: Context): Promise<unknown> {
  const encoding = c.req.header('content-encoding');
  if (!encoding || encoding === 'identity') return readJson(c);
  if (encoding !== 'gzip') throw new RelayError('UNSUPPORTED_ENCODING', 415);
  let text: string;
  try {
    text = (await gunzipBody(Buffer.from(await c.req.arrayBuffer()))).toString('utf8');
  } catch {
    throw new RelayError('INVALID_GZIP', 400);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new RelayError('INVALID_JSON', 400);
  }
}

const heartbeatSchema = z.object({
  journalHead: z.number().int().nonnegative().optional(),
  oldestUnsentAt: z.iso.datetime({ offset: true }).nullable().optional(),
});

const downstreamQuerySchema = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  wait: z.coerce.number().min(0).max(MAX_WAIT_SECONDS).default(0),
});

const ackSchema = z.object({ cursor: z.number().int().nonnegative() });

/** The answer to a batch not admitted: 429 RELAY_BUSY (503 while the node stops), with Retry-After. */
function refusal(error: AdmissionRefused): RelayError {
  const retryAfterSeconds = error.retryAfterSeconds;
  const details = { reason: error.reason, retryAfterSeconds };
  if (error.reason === 'SHUTTING_DOWN') return new RelayError('RELAY_SHUTTING_DOWN', 503, { details, retryAfterSeconds });
  const messageKey = error.reason === 'STORE_BUSY' ? 'RELAY_BUSY_STORE' : 'RELAY_BUSY';
  return new RelayError('RELAY_BUSY', 429, { messageKey, params: { seconds: retryAfterSeconds }, details, retryAfterSeconds });
}

/** Endpoints a store calls with its credential; all are scoped to the credential's own store. */
export function storeSyncRoutes(deps: RelayDeps): Hono<RelayEnv> {
  const routes = new Hono<RelayEnv>();
  // On each route, not on `/stores/:storeId/*`: HQ routes share that prefix (`/stores/:storeId/enrollment-code`).
  const storeOnly = requireStoreCredential(deps.db);

  routes.get('/stores/:storeId/sync', routeDoc({ tag: 'store-sync', summary: 'Where the store\'s journal stands at HQ: the next sequence to send', response: () => import('./answers.js').then((a) => a.syncStateAnswer) }), storeOnly, async (c) => {
    const store = c.get('store');
    await recordStoreContact(deps.db, store.id, {});
    const highWater = await getHighWater(deps.db, store.id);
    return ok(c, { storeId: store.id, highWater, nextSeq: highWater + 1 });
  });

  routes.post('/stores/:storeId/events', routeDoc({ tag: 'store-sync', summary: 'Upload a batch of journal events (JSON, optionally gzip)', description: 'Idempotent by sequence: events already held are skipped; a gap is refused. Under load the batch may be refused with 429 `RELAY_BUSY` and `Retry-After` (seconds): send the same batch again after it (docs/relay.md, "Back-pressure").', body: ingestBatchSchema, errors: { 400: ['INVALID_GZIP'], 415: ['UNSUPPORTED_ENCODING'], 429: ['RELAY_BUSY'], 503: ['RELAY_SHUTTING_DOWN'] }, response: () => import('./answers.js').then((a) => a.ingestAnswer) }), storeOnly, async (c) => {
    const store = c.get('store');
    const { admission, metrics } = deps.ops;
    // Admission comes before the body is read: a refused batch costs no gunzip, parse or connection.
    const ticket = await admission.admit(store.id, store.backlog ?? 0).catch((error: unknown) => {
      if (!(error instanceof AdmissionRefused)) throw error;
      metrics.throttled.inc({ reason: error.reason });
      metrics.ingestBatches.inc({ outcome: 'throttled' });
      throw refusal(error);
    });
    metrics.ingestQueueWait.observe(ticket.queuedMs / 1000);
    const stopTimer = metrics.ingestBatchDuration.startTimer({ class: ticket.catchUp ? 'catch_up' : 'live' });
    try {
      const batch = parseOrThrow(ingestBatchSchema, await readBatchBody(c));
      const result = await ingestBatch(deps.db, store, batch);
      metrics.ingestBatches.inc({ outcome: result.replayed ? 'replayed' : 'stored' });
      metrics.ingestEvents.inc(result.accepted);
      // The batch may have queued chat replies: send them now rather than at the worker's next tick.
      if (result.accepted > 0) deps.chat.worker.wake();
      return ok(c, { ...result, nextSeq: result.highWater + 1 });
    } catch (error) {
      metrics.ingestBatches.inc({ outcome: error instanceof RelayError && error.status < 500 ? 'rejected' : 'failed' });
      throw error;
    } finally {
      stopTimer();
      ticket.release();
    }
  });

  routes.post('/stores/:storeId/heartbeat', routeDoc({ tag: 'store-sync', summary: 'The store\'s heartbeat: its journal head and oldest unsent event', body: heartbeatSchema, response: () => import('./answers.js').then((a) => a.heartbeatAnswer) }), storeOnly, async (c) => {
    const report = parseOrThrow(heartbeatSchema, await readJson(c));
    await recordStoreContact(deps.db, c.get('store').id, report);
    return ok(c, { highWater: await getHighWater(deps.db, c.get('store').id) });
  });

  routes.get('/stores/:storeId/downstream', routeDoc({ tag: 'store-sync', summary: 'HQ messages for the store after a cursor (long poll up to `wait` seconds)', query: downstreamQuerySchema, response: () => import('./answers.js').then((a) => a.downstreamAnswer) }), storeOnly, async (c) => {
    const query = parseOrThrow(downstreamQuerySchema, c.req.query());
    const store = c.get('store');
    await recordStoreContact(deps.db, store.id, {});
    // A stopping node ends its long polls at once (an empty answer); the store polls again elsewhere.
    deps.ops.metrics.longPolls.inc();
    const messages = await deps.downstream
      .waitAfter(store.id, query.after, query.wait * 1000, AbortSignal.any([c.req.raw.signal, deps.ops.stopping]))
      .finally(() => deps.ops.metrics.longPolls.dec());
    const cursor = messages.length > 0 ? messages[messages.length - 1].cursor : query.after;
    return ok(c, { messages, cursor });
  });

  routes.post('/stores/:storeId/downstream/ack', routeDoc({ tag: 'store-sync', summary: 'Acknowledge the HQ messages up to a cursor', body: ackSchema, response: () => import('./answers.js').then((a) => a.acknowledgedAnswer) }), storeOnly, async (c) => {
    const body = parseOrThrow(ackSchema, await readJson(c));
    const acked = await deps.downstream.acknowledge(c.get('store').id, body.cursor);
    return ok(c, { acknowledged: acked });
  });

  return routes;
}
