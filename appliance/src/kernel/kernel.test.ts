import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { businessRule } from './errors.js';
import { ok } from './http/envelope.js';
import { runCommand } from './http/command-route.js';
import { requirePermission } from './http/permissions.js';
import { readJson } from './http/validation.js';
import type { ApplianceModule } from './module.js';
import { startTestAppliance, type TestAppliance } from './testing/harness.js';

const counterModule: ApplianceModule = {
  name: 'counter',
  migrations: [{ id: 'counter/001_init', up: (db) => db.exec('CREATE TABLE counters (id TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT') }],
  messages: { 'pt-BR': { COUNTER_LIMIT: 'O contador passou do limite de {limit}.' } },
  register(ctx) {
    const body = z.object({ id: z.string().min(1), by: z.number().int().min(1) });
    ctx.api.post('/counters', requirePermission('counter.write'), async (c) => {
      const input = await readJson(c, body);
      return runCommand(
        c,
        'counter.increment',
        (tx) => {
          tx.db.prepare('INSERT INTO counters (id, value) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET value = value + excluded.value').run(input.id, input.by);
          const value = tx.db.prepare('SELECT value FROM counters WHERE id = ?').pluck().get(input.id) as number;
          if (value > 100) throw businessRule('COUNTER_LIMIT', { value }, { limit: 100 });
          tx.emit({ type: 'configuration.changed', aggregateType: 'configuration', aggregateId: input.id, payload: { key: input.id, value, messageId: input.id } });
          return { id: input.id, value };
        },
        201,
      );
    });
    ctx.api.get('/counters/:id', requirePermission('counter.read'), (c) =>
      ok(c, ctx.db.prepare('SELECT * FROM counters WHERE id = ?').get(c.req.param('id')) ?? null),
    );
  },
};

describe('kernel over HTTP', () => {
  let app: TestAppliance;
  let auth: string;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}/api/v1/counters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestAppliance([counterModule]);
    auth = app.bearer(['counter.write', 'counter.read', 'journal.read']);
  });
  afterAll(() => app.close());

  it('commits state and its journal event together and answers with the envelope', async () => {
    const res = await post({ id: 'a', by: 2 });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ success: true, data: { id: 'a', value: 2 }, error: null, metadata: null });
    const journal = app.ctx.journal.readAfter(0);
    expect(journal.map((e) => [e.type, e.aggregateId, e.payload])).toEqual([['configuration.changed', 'a', { key: 'a', value: 2, messageId: 'a' }]]);
    expect(journal[0].actor).toEqual({ type: 'user', id: 'test-user' });
  });

  it('rolls back a failing command alone, with no event and a pt-BR message', async () => {
    const before = app.ctx.journal.lastSeq();
    const [good, bad] = await Promise.all([post({ id: 'b', by: 1 }), post({ id: 'c', by: 101 })]);
    expect(good.status).toBe(201);
    expect(bad.status).toBe(422);
    const body = await bad.json();
    expect(body.error.code).toBe('COUNTER_LIMIT');
    expect(body.error.message).toBe('O contador passou do limite de 100.');
    expect(app.ctx.db.prepare("SELECT COUNT(*) FROM counters WHERE id = 'c'").pluck().get()).toBe(0);
    expect(app.ctx.journal.lastSeq()).toBe(before + 1);
  });

  it('replays an Idempotency-Key retry without a second effect', async () => {
    const first = await post({ id: 'idem', by: 5 }, { 'idempotency-key': 'k-1' });
    const second = await post({ id: 'idem', by: 5 }, { 'idempotency-key': 'k-1' });
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(app.ctx.db.prepare("SELECT value FROM counters WHERE id = 'idem'").pluck().get()).toBe(5);
    const reused = await post({ id: 'idem', by: 6 }, { 'idempotency-key': 'k-1' });
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('maps bad input to 4xx codes, never 500', async () => {
    const malformed = await post('{"id": ');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe('MALFORMED_JSON');
    const wrongType = await post({ id: 'x', by: 'two' });
    expect(wrongType.status).toBe(400);
    const wrongBody = await wrongType.json();
    expect(wrongBody.error.code).toBe('VALIDATION_FAILED');
    expect(wrongBody.error.details[0].path).toBe('by');
    const huge = await post({ id: 'x', by: 1, pad: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('BODY_TOO_LARGE');
    const anonymous = await fetch(`${app.baseUrl}/api/v1/counters/a`);
    expect(anonymous.status).toBe(401);
    const forbidden = await fetch(`${app.baseUrl}/api/v1/counters/a`, { headers: { authorization: app.bearer(['other']) } });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe('FORBIDDEN');
    const missing = await fetch(`${app.baseUrl}/api/v1/nothing-here`);
    expect(missing.status).toBe(404);
  });

  it('limits chunked bodies that declare no length', async () => {
    const { request } = await import('node:http');
    const url = new URL(`${app.baseUrl}/api/v1/counters`);
    const postChunked = (chunks: string[]) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', authorization: auth, 'transfer-encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    expect(await postChunked(Array.from({ length: 40 }, () => 'x'.repeat(64 * 1024)))).toBe(413);
    expect(await postChunked(['{"id": "chunked",', ' "by": 1}'])).toBe(201);
  });

  it('echoes request and correlation ids on success and on errors', async () => {
    const created = await post({ id: 'ids', by: 1 }, { 'x-request-id': 'req-1', 'x-correlation-id': 'corr-1' });
    expect(created.headers.get('x-request-id')).toBe('req-1');
    expect(created.headers.get('x-correlation-id')).toBe('corr-1');
    const failed = await post('{"id": ', { 'x-request-id': 'req-2' });
    expect(failed.status).toBe(400);
    expect(failed.headers.get('x-request-id')).toBe('req-2');
    expect(failed.headers.get('x-correlation-id')).toBe('req-2');
    const missing = await fetch(`${app.baseUrl}/api/v1/nothing-here`);
    expect(missing.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });

  it('answers a journal read only once what it read is on stable storage', async () => {
    await post({ id: 'journal-read', by: 1 });
    const bus = app.ctx.commands;
    const durable = bus.durable.bind(bus);
    let release!: () => void;
    // The store's fsync held, as a power cut could still take back a commit visible to reads.
    bus.durable = () => new Promise<void>((resolve) => (release = resolve));
    try {
      let answered = false;
      const reading = fetch(`${app.baseUrl}/api/v1/journal?afterSeq=0`, { headers: { authorization: auth } }).then(async (res) => {
        answered = true;
        return res.json();
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(answered).toBe(false);
      release();
      const body = await reading;
      expect(body.data.map((e: { aggregateId: string }) => e.aggregateId)).toContain('journal-read');
      expect(body.metadata.lastSeq).toBe(app.ctx.journal.lastSeq());
    } finally {
      bus.durable = durable;
      release?.();
    }
  });

  it('serves health and Prometheus metrics', async () => {
    const health = await fetch(`${app.baseUrl}/health`);
    expect(health.status).toBe(200);
    const body = await health.json();
    expect(body.data.status).toBe('ok');
    expect(Object.keys(body.data.checks)).toEqual(expect.arrayContaining(['database', 'broker', 'disk', 'memory']));
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).toContain('chefia_http_request_duration_seconds_bucket');
    expect(metrics).toContain('chefia_journal_events_total{type="configuration.changed"}');
    expect(metrics).toMatch(/chefia_database_bytes\{file="db"\} [1-9]\d*/);
  });
});
