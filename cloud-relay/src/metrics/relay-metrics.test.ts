import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../appliance/src/kernel/paths.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { SyntheticStore, seededRandom } from '../testing/synthetic-store.js';

interface Family {
  type: string;
  help: string;
  samples: Array<{ name: string; labels: Record<string, string>; value: number }>;
}

/**
 * Values as Prometheus reads them (Go's ParseFloat: NaN and Inf in any case). prom-client writes `Nan`
 * for the event-loop lag gauges until their first measurement, so a scrape right after start has it.
 */
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|[Nn][Aa][Nn]|[+-][Ii][Nn][Ff]))(?: -?\d+)?$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(?:,|$)/y;
const SUFFIXES: Record<string, string[]> = { histogram: ['_bucket', '_sum', '_count'], summary: ['', '_sum', '_count'], counter: [''], gauge: [''], untyped: [''] };

/**
 * A strict reader of the Prometheus text exposition format (0.0.4): every sample belongs to a family
 * announced by `# HELP` and `# TYPE` before it, with the suffixes its type allows; labels are
 * `name="escaped value"` pairs; values are floats. Throws on anything else.
 */
function parseExposition(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  for (const line of lines) {
    if (line === '') continue; // allowed between families
    if (line.startsWith('# HELP ')) {
      const [, name, help] = /^# HELP (\S+) (.*)$/.exec(line) ?? [];
      expect(name, line).toBeTruthy();
      families.set(name, { type: 'untyped', help, samples: [] });
      continue;
    }
    if (line.startsWith('# TYPE ')) {
      const [, name, type] = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line) ?? [];
      expect(families.get(name), line).toBeDefined();
      families.get(name)!.type = type;
      continue;
    }
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not an exposition line: ${line}`);
    const [, sampleName, labelText, value] = match;
    const family = [...families.entries()].find(([name, f]) => SUFFIXES[f.type].some((suffix) => sampleName === `${name}${suffix}`));
    if (!family) throw new Error(`sample of no announced family: ${line}`);
    const labels: Record<string, string> = {};
    if (labelText) {
      LABEL.lastIndex = 0;
      while (LABEL.lastIndex < labelText.length) {
        const pair = LABEL.exec(labelText);
        if (!pair) throw new Error(`bad labels: ${line}`);
        labels[pair[1]] = pair[2];
      }
    }
    family[1].samples.push({ name: sampleName, labels, value: Number(value) });
  }
  return families;
}

function sampleValue(families: Map<string, Family>, family: string, name: string, labels: Record<string, string> = {}): number | undefined {
  return families.get(family)?.samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

describe('relay /metrics', () => {
  let postgres: TestPostgres;
  let open: TestRelay;
  let guarded: TestRelay;
  const token = 'metrics-token-of-the-test-0123';

  beforeAll(async () => {
    postgres = await startTestPostgres();
    open = await startTestRelay(postgres);
    guarded = await startTestRelay(postgres, { metricsToken: token });
  });
  afterAll(async () => {
    await open?.close();
    await guarded?.close();
    await postgres?.stop();
  });

  it('exposes ingest, latency, lag per store, admission and pool figures in the Prometheus text format', async () => {
    const { storeId, credential } = await open.enrolledStore('MET-1');
    const idle = await open.enrolledStore('MET-2');
    const store = new SyntheticStore(seededRandom(7));
    const events = [...store.catalogEvents(new Date('2026-11-20T12:00:00Z')), store.paidOrder('2026-11-20', new Date('2026-11-20T15:00:00Z'))].flat();
    const sent = events.slice(0, 5);
    const oldestUnsentAt = new Date(Date.now() - 42_000).toISOString();
    const stored = await open.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: sent, journalHead: sent.length + 25, oldestUnsentAt } });
    expect(stored.status).toBe(200);
    const replay = await open.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: sent.slice(0, 3), journalHead: sent.length + 25, oldestUnsentAt } });
    expect(replay.body.data.replayed).toBe(true);
    const gap = await open.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: events.slice(7, 8) } });
    expect(gap.status, JSON.stringify(gap.body)).toBe(409);
    await open.api('POST', `/api/v1/stores/${idle.storeId}/heartbeat`, { token: idle.credential, body: { journalHead: 0 } });

    const response = await fetch(`${open.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parseExposition(await response.text());

    expect(sampleValue(families, 'chefia_relay_ingest_events_total', 'chefia_relay_ingest_events_total')).toBe(sent.length);
    expect(sampleValue(families, 'chefia_relay_ingest_batches_total', 'chefia_relay_ingest_batches_total', { outcome: 'stored' })).toBe(1);
    expect(sampleValue(families, 'chefia_relay_ingest_batches_total', 'chefia_relay_ingest_batches_total', { outcome: 'replayed' })).toBe(1);
    expect(sampleValue(families, 'chefia_relay_ingest_batches_total', 'chefia_relay_ingest_batches_total', { outcome: 'rejected' })).toBe(1);
    expect(sampleValue(families, 'chefia_relay_ingest_batches_total', 'chefia_relay_ingest_batches_total', { outcome: 'throttled' })).toBe(0);
    expect(families.get('chefia_relay_ingest_batch_duration_seconds')?.type).toBe('histogram');
    expect(sampleValue(families, 'chefia_relay_ingest_batch_duration_seconds', 'chefia_relay_ingest_batch_duration_seconds_count', { class: 'live' })).toBe(3);
    expect(sampleValue(families, 'chefia_relay_ingest_batch_duration_seconds', 'chefia_relay_ingest_batch_duration_seconds_bucket', { class: 'live', le: '+Inf' })).toBe(3);
    expect(sampleValue(families, 'chefia_relay_ingest_throttled_total', 'chefia_relay_ingest_throttled_total', { reason: 'QUEUE_FULL' })).toBe(0);
    // Lag per store from Postgres: 25 events the store still holds, the oldest 42 s old.
    expect(sampleValue(families, 'chefia_relay_store_lag_events', 'chefia_relay_store_lag_events', { store: 'MET-1' })).toBe(25);
    const lagSeconds = sampleValue(families, 'chefia_relay_store_lag_seconds', 'chefia_relay_store_lag_seconds', { store: 'MET-1' }) ?? -1;
    expect(lagSeconds).toBeGreaterThanOrEqual(42);
    expect(lagSeconds).toBeLessThan(600);
    expect(sampleValue(families, 'chefia_relay_store_lag_events', 'chefia_relay_store_lag_events', { store: 'MET-2' })).toBe(0);
    expect(sampleValue(families, 'chefia_relay_store_lag_seconds', 'chefia_relay_store_lag_seconds', { store: 'MET-2' })).toBe(0);
    expect(sampleValue(families, 'chefia_relay_stores', 'chefia_relay_stores')).toBe(2);
    expect(sampleValue(families, 'chefia_relay_store_last_seen_seconds', 'chefia_relay_store_last_seen_seconds', { store: 'MET-2' })).toBeLessThan(600);
    // Admission and pool, as of the scrape.
    expect(sampleValue(families, 'chefia_relay_ingest_in_flight', 'chefia_relay_ingest_in_flight', { class: 'live' })).toBe(0);
    expect(sampleValue(families, 'chefia_relay_ingest_in_flight', 'chefia_relay_ingest_in_flight', { class: 'catch_up' })).toBe(0);
    expect(sampleValue(families, 'chefia_relay_ingest_queued', 'chefia_relay_ingest_queued')).toBe(0);
    expect(sampleValue(families, 'chefia_relay_ingest_max_in_flight', 'chefia_relay_ingest_max_in_flight')).toBe(12);
    expect(sampleValue(families, 'chefia_relay_pg_pool_max_clients', 'chefia_relay_pg_pool_max_clients')).toBe(20);
    expect(sampleValue(families, 'chefia_relay_pg_pool_clients', 'chefia_relay_pg_pool_clients', { state: 'idle' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(families, 'chefia_relay_pg_pool_clients', 'chefia_relay_pg_pool_clients', { state: 'active' })).toBeGreaterThanOrEqual(0);
    expect(sampleValue(families, 'chefia_relay_pg_pool_waiting', 'chefia_relay_pg_pool_waiting')).toBe(0);
    expect(sampleValue(families, 'chefia_relay_downstream_long_polls', 'chefia_relay_downstream_long_polls')).toBe(0);
    expect(sampleValue(families, 'chefia_relay_process_cpu_seconds_total', 'chefia_relay_process_cpu_seconds_total')).toBeGreaterThan(0);
  });

  it('answers only its own host without a token, and only the token when one is configured', async () => {
    // Without RELAY_METRICS_TOKEN: loopback peers, not forwarded by a proxy.
    const forwarded = await open.api('GET', '/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(forwarded.status).toBe(403);
    expect(forwarded.body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('métricas') });
    // With it: the bearer token, from anywhere.
    const anonymous = await guarded.api('GET', '/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    expect((await guarded.api('GET', '/metrics', { token: 'metrics-token-of-the-test-wrong' })).status).toBe(401);
    const scraped = await fetch(`${guarded.baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('# TYPE chefia_relay_ingest_events_total counter');
  });

  it('ships a Grafana dashboard whose every PromQL expression names metrics the relay exports', async () => {
    const response = await fetch(`${open.baseUrl}/metrics`);
    const families = parseExposition(await response.text());
    const exported = new Set([...families.values()].flatMap((family) => family.samples.map((sample) => sample.name)));
    for (const [name, family] of families) for (const suffix of SUFFIXES[family.type]) exported.add(`${name}${suffix}`);

    const dashboard = JSON.parse(readFileSync(join(repoRoot(), 'cloud-relay', 'ops', 'grafana-relay.json'), 'utf8'));
    const expressions: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'expr' || (key === 'query' && typeof value === 'string' && value.includes('('))) && typeof value === 'string') expressions.push(value);
          else walk(value);
        }
      }
    };
    walk(dashboard);
    expect(expressions.length).toBeGreaterThanOrEqual(10);
    const used = new Set<string>();
    for (const expression of expressions) {
      // Metric names are the identifiers that are not PromQL functions, keywords, labels or variables.
      const names = [...expression.replace(/"[^"]*"/g, '""').matchAll(/\b(chefia_[a-z0-9_]+)\b/g)].map((m) => m[1]);
      expect(names.length, `no relay metric in ${expression}`).toBeGreaterThan(0);
      for (const name of names) {
        expect(exported.has(name), `${name} (in ${expression}) is not exported`).toBe(true);
        used.add(name);
      }
    }
    // The operations the dashboard is for are all on it.
    for (const name of ['chefia_relay_ingest_events_total', 'chefia_relay_ingest_batch_duration_seconds_bucket', 'chefia_relay_store_lag_seconds', 'chefia_relay_ingest_queued', 'chefia_relay_pg_pool_clients', 'chefia_relay_ingest_throttled_total']) {
      expect(used.has(name), name).toBe(true);
    }
  });
});
