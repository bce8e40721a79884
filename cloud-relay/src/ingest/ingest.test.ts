import crypto from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { startTestAppliance } from '../../../appliance/src/kernel/testing/harness.js';
import { tablesModule } from '../../../appliance/src/tables/index.js';
import { useTestRelay } from '../testing/use-test-relay.js';
import { SyntheticStore, seededRandom, type SyntheticEvent } from '../testing/synthetic-store.js';

const relay = useTestRelay();

function post(storeId: string, credential: string, events: SyntheticEvent[], gzip = false) {
  const json = JSON.stringify({ events, journalHead: events[events.length - 1]?.seq ?? 0 });
  return gzip
    ? relay.api('POST', `/api/v1/stores/${storeId}/events`, {
        token: credential,
        rawBody: gzipSync(json),
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      })
    : relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: JSON.parse(json) });
}


function paidOrders(store: SyntheticStore, count: number, businessDate = '2026-11-20'): SyntheticEvent[] {
  return Array.from({ length: count }, (_, i) => store.paidOrder(businessDate, new Date(`${businessDate}T15:${String(i % 60).padStart(2, '0')}:00Z`))).flat();
}

describe('ingest', () => {
  it('stores a gzip batch once, projects it, and treats a replay as a no-op', async () => {
    const { storeId, credential } = await relay.enrolledStore('ING-1');
    const store = new SyntheticStore(seededRandom(1));
    const events = [...store.catalogEvents(new Date('2026-11-20T12:00:00Z')), ...paidOrders(store, 20)];

    const first = await post(storeId, credential, events, true);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ accepted: events.length, replayed: false, highWater: events.length, unprojected: 0 });

    const replay = await post(storeId, credential, events.slice(5, 30));
    expect(replay.status).toBe(200);
    expect(replay.body.data).toMatchObject({ accepted: 0, replayed: true, highWater: events.length });

    const [raw] = await relay.query('SELECT count(*)::int AS n, min(seq)::int AS lo, max(seq)::int AS hi FROM relay.events WHERE store_id = $1', [storeId]);
    expect(raw).toEqual({ n: events.length, lo: 1, hi: events.length });
    const [orders] = await relay.query(
      "SELECT count(*)::int AS n, sum(paid_cents)::int AS paid FROM pos_modern.orders WHERE store_id = $1 AND status = 'COMPLETED'",
      [storeId],
    );
    expect(orders).toEqual({ n: 20, paid: store.totals.paidCents });
    const products = await relay.query('SELECT id, price_cents FROM pos_modern.products WHERE store_id = $1 ORDER BY id', [storeId]);
    expect(products).toHaveLength(store.products.length);

    const report = await relay.api('GET', `/api/v1/reports/sales?from=2026-11-20&to=2026-11-20&groupBy=paymentMethod&storeId=${storeId}`, {
      token: await relay.adminToken(),
    });
    expect(report.status).toBe(200);
    const byMethod = Object.fromEntries(report.body.data.rows.map((row: any) => [row.key, row.netCents]));
    expect(byMethod).toEqual(Object.fromEntries(store.totals.byMethod));
    expect(report.body.data.totals.ordersCount).toBe(20);
  });

  it('answers 409 with the expected seq when a batch skips ahead, and accepts an overlapping batch', async () => {
    const { storeId, credential } = await relay.enrolledStore('ING-2');
    const store = new SyntheticStore(seededRandom(2));
    const events = paidOrders(store, 10);
    expect((await post(storeId, credential, events.slice(0, 9))).status).toBe(200);

    const gap = await post(storeId, credential, events.slice(12, 20));
    expect(gap.status).toBe(409);
    expect(gap.body.error).toMatchObject({ code: 'SEQ_GAP', details: { expectedSeq: 10 } });

    const overlap = await post(storeId, credential, events.slice(6, 20));
    expect(overlap.body.data).toMatchObject({ accepted: 11, highWater: 20 });
    const [raw] = await relay.query('SELECT count(*)::int AS n, count(DISTINCT seq)::int AS d FROM relay.events WHERE store_id = $1', [storeId]);
    expect(raw).toEqual({ n: 20, d: 20 });
  });

  it('rejects a batch with holes in its seqs and an event id reused under another seq', async () => {
    const { storeId, credential } = await relay.enrolledStore('ING-3');
    const events = paidOrders(new SyntheticStore(seededRandom(3)), 2);
    const holed = [events[0], events[2]];
    const bad = await post(storeId, credential, holed);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BATCH_NOT_CONTIGUOUS');

    expect((await post(storeId, credential, events.slice(0, 3))).status).toBe(200);
    const reused = { ...events[3], id: events[0].id };
    const duplicate = await post(storeId, credential, [reused]);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('DUPLICATE_EVENT_ID');
  });

  it("refuses a store credential on another store's stream with 403, and unknown credentials with 401", async () => {
    const a = await relay.enrolledStore('ING-4A');
    const b = await relay.enrolledStore('ING-4B');
    const events = paidOrders(new SyntheticStore(seededRandom(4)), 1);
    const write = await post(b.storeId, a.credential, events);
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('FORBIDDEN_STORE');
    const read = await relay.api('GET', `/api/v1/stores/${b.storeId}/downstream?after=0`, { token: a.credential });
    expect(read.status).toBe(403);
    const sync = await relay.api('GET', `/api/v1/stores/${b.storeId}/sync`, { token: a.credential });
    expect(sync.status).toBe(403);
    const unknown = await post(a.storeId, 'csk_not-a-real-credential', events);
    expect(unknown.status).toBe(401);
    const [count] = await relay.query('SELECT count(*)::int AS n FROM relay.events WHERE store_id = $1', [b.storeId]);
    expect(count.n).toBe(0);
  });

  it('burns the enrollment code once its credential is used and validates input with stable codes', async () => {
    const token = await relay.adminToken();
    const created = await relay.api('POST', '/api/v1/stores', { token, body: { code: 'ING-5', name: 'Loja Cinco' } });
    expect(created.status).toBe(201);
    const code = created.body.data.enrollmentCode as string;
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const enrolled = await relay.api('POST', '/api/v1/enroll', { body: { code: code.toLowerCase() } });
    expect(enrolled.status).toBe(201);
    const { storeId, credential } = enrolled.body.data;
    expect((await relay.api('GET', `/api/v1/stores/${storeId}/sync`, { token: credential })).status).toBe(200);
    const again = await relay.api('POST', '/api/v1/enroll', { body: { code } });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('ENROLLMENT_CODE_INVALID');

    const [row] = await relay.query('SELECT credential_hash, enrollment_code_hash FROM relay.stores WHERE code = $1', ['ING-5']);
    expect(row.credential_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.enrollment_code_hash).toBeNull();

    const duplicate = await relay.api('POST', '/api/v1/stores', { token, body: { code: 'ING-5', name: 'Outra' } });
    expect(duplicate.body.error.code).toBe('STORE_CODE_TAKEN');
    const invalid = await relay.api('POST', '/api/v1/stores', { token, body: { code: 'with space', name: '' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('VALIDATION_FAILED');
    const malformed = await relay.api('GET', '/api/v1/reports/sales?from=2026-11-30&to=2026-11-01', { token });
    expect(malformed.status).toBe(400);
  });

  it('requires HQ_ADMIN to create stores', async () => {
    const token = await relay.adminToken();
    await relay.api('POST', '/api/v1/hq-users', {
      token,
      body: { username: 'analista', displayName: 'Analista', password: 'Analista#1', role: 'HQ_ANALYST' },
    });
    const login = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'analista', password: 'Analista#1' } });
    const analyst = login.body.data.token as string;
    const denied = await relay.api('POST', '/api/v1/stores', { token: analyst, body: { code: 'NOPE', name: 'Não' } });
    expect(denied.status).toBe(403);
    expect((await relay.api('GET', '/api/v1/stores', { token: analyst })).status).toBe(200);
    expect((await relay.api('GET', '/api/v1/stores')).status).toBe(401);
    const wrong = await relay.api('POST', '/api/v1/auth/login', { body: { username: 'admin', password: 'wrong-password' } });
    expect(wrong.status).toBe(401);
  });

  it('projects refunds, cancellations and discounts into orders and rollups, and keeps unprojectable events raw', async () => {
    const { storeId, credential } = await relay.enrolledStore('ING-6');
    const token = await relay.adminToken();
    const store = new SyntheticStore(seededRandom(6));
    const [created, captured, completed] = store.paidOrder('2026-11-21', new Date('2026-11-21T18:10:00Z'));
    const orderId = created.payload.orderId as string;
    const amount = captured.payload.amountCents as number;
    let seq = completed.seq;
    const next = (type: string, payload: Record<string, unknown>, at = '2026-11-21T19:00:00Z') => ({
      ...completed, seq: ++seq, id: crypto.randomUUID(), type, aggregateId: orderId, payload, occurredAt: at,
    });
    const refund = next('payment.refunded', {
      paymentId: captured.payload.paymentId, refundId: 'r1', orderId, businessDate: '2026-11-21', method: captured.payload.method, amountCents: 500,
    });
    const [cancelledOrder] = store.paidOrder('2026-11-21', new Date('2026-11-21T18:20:00Z'));
    const cancelled = { ...cancelledOrder, seq: ++seq };
    const discount = next('order.discount_applied', { orderId: cancelled.payload.orderId, number: 2, amountCents: 100, subtotalCents: cancelled.payload.subtotalCents, discountCents: 100, totalCents: (cancelled.payload.totalCents as number) - 100 });
    const cancel = next('order.cancelled', { orderId: cancelled.payload.orderId, number: 2, businessDate: '2026-11-21', status: 'CANCELLED', reason: 'desistiu', totalCents: (cancelled.payload.totalCents as number) - 100 });
    const broken = next('payment.captured', { orderId, businessDate: '2026-11-21' });
    const response = await post(storeId, credential, [created, captured, completed, refund, cancelled, discount, cancel, broken]);
    expect(response.body.data).toMatchObject({ accepted: 8, unprojected: 1 });

    const [order] = await relay.query('SELECT paid_cents::int AS paid FROM pos_modern.orders WHERE store_id = $1 AND id = $2', [storeId, orderId]);
    expect(order.paid).toBe(amount - 500);
    const [gone] = await relay.query('SELECT status, total_cents::int AS total, discount_cents::int AS discount FROM pos_modern.orders WHERE store_id = $1 AND id = $2', [storeId, cancelled.payload.orderId]);
    expect(gone).toEqual({ status: 'CANCELLED', total: (cancelled.payload.totalCents as number) - 100, discount: 100 });
    const byStore = await relay.api('GET', `/api/v1/reports/sales?from=2026-11-21&to=2026-11-21&groupBy=store&storeId=${storeId}`, { token });
    expect(byStore.body.data.rows[0]).toMatchObject({ ordersCount: 1, grossCents: amount, refundedCents: 500, netCents: amount - 500 });
    const byProduct = await relay.api('GET', `/api/v1/reports/sales?from=2026-11-21&to=2026-11-21&groupBy=product&storeId=${storeId}`, { token });
    const productTotal = byProduct.body.data.rows.reduce((sum: number, row: { netCents: number }) => sum + row.netCents, 0);
    // Net, as the store's day: the refund comes off the products of the bill it was given back on.
    expect(productTotal).toBe((created.payload.totalCents as number) - 500);
    const [raw] = await relay.query("SELECT count(*)::int AS n FROM relay.events WHERE store_id = $1 AND type = 'payment.captured'", [storeId]);
    expect(raw.n).toBe(2);
  });

  it('updates an order weeks after its business day, though a batch looks for its orders around its own dates first', async () => {
    const { storeId, credential } = await relay.enrolledStore('ING-8');
    const token = await relay.adminToken();
    const store = new SyntheticStore(seededRandom(8));
    // A tab opened on 5 October and never closed, and an order of the day the later batches come from.
    let seq = 0;
    const [oldTab] = store.paidOrder('2026-10-05', new Date('2026-10-05T22:00:00Z'));
    const [today] = store.paidOrder('2026-11-23', new Date('2026-11-23T15:00:00Z'));
    const opened = [oldTab, today].map((event) => ({ ...event, seq: ++seq }));
    expect((await post(storeId, credential, opened)).status).toBe(200);
    const tabId = oldTab.payload.orderId;
    const tabTotal = oldTab.payload.totalCents;
    const later = (type: string, payload: Record<string, unknown>, occurredAt: string) => ({
      ...oldTab, seq: ++seq, id: crypto.randomUUID(), type, aggregateId: payload.orderId as string, payload, occurredAt,
    });
    // A discount names no business date: the first lookup, around 23 November, misses the tab.
    const discount = later('order.discount_applied', { orderId: tabId, number: oldTab.payload.number, amountCents: 100, subtotalCents: tabTotal, discountCents: 100, totalCents: tabTotal - 100 }, '2026-11-23T16:00:00Z');
    const todayDone = later('order.completed', { orderId: today.payload.orderId, number: today.payload.number, businessDate: '2026-11-23', status: 'COMPLETED', totalCents: today.payload.totalCents }, '2026-11-23T16:01:00Z');
    expect((await post(storeId, credential, [discount, todayDone])).body.data).toMatchObject({ accepted: 2, unprojected: 0 });
    const cancel = later('order.cancelled', { orderId: tabId, number: oldTab.payload.number, businessDate: '2026-10-05', status: 'CANCELLED', reason: 'conta esquecida', totalCents: tabTotal - 100 }, '2026-11-24T12:00:00Z');
    expect((await post(storeId, credential, [cancel])).body.data).toMatchObject({ accepted: 1, unprojected: 0 });

    const orders = await relay.query('SELECT id, business_date::text AS day, status, discount_cents::int AS discount FROM pos_modern.orders WHERE store_id = $1 ORDER BY business_date', [storeId]);
    expect(orders).toEqual([
      { id: tabId, day: '2026-10-05', status: 'CANCELLED', discount: 100 },
      { id: today.payload.orderId, day: '2026-11-23', status: 'COMPLETED', discount: 0 },
    ]);
    // The cancellation found the tab's lines in October and took them off that day's product sales.
    const byProduct = await relay.api('GET', `/api/v1/reports/sales?from=2026-10-05&to=2026-10-05&groupBy=product&storeId=${storeId}`, { token });
    expect(byProduct.body.data.rows.reduce((sum: number, row: { netCents: number }) => sum + row.netCents, 0)).toBe(0);
  });

  it('moves transferred lines to their order, in the batch that creates them and in a later one, and keeps what a batch does not say', async () => {
    const { storeId, credential } = await relay.enrolledStore('ING-7');
    const store = new SyntheticStore(seededRandom(7));
    // Two orders on a table, unpaid: their creations alone, numbered as the store's journal would.
    let seq = 0;
    const first = { ...store.paidOrder('2026-11-22', new Date('2026-11-22T15:00:00Z'))[0], seq: ++seq };
    const second = { ...store.paidOrder('2026-11-22', new Date('2026-11-22T15:01:00Z'))[0], seq: ++seq };
    const firstId = first.payload.orderId;
    const secondId = second.payload.orderId;
    const moved = first.payload.items[0].itemId;
    const back = second.payload.items[0].itemId;
    const transfer = (orderId: string, direction: 'OUT' | 'IN', fromOrderId: string, toOrderId: string, itemIds: string[], at: string) => ({
      ...second, seq: ++seq, id: crypto.randomUUID(), type: 'order.items_transferred', aggregateId: orderId, occurredAt: at,
      payload: { orderId, direction, fromOrderId, toOrderId, itemIds, subtotalCents: 1000, discountCents: 0, totalCents: 1000 },
    });
    const send = (events: object[], extra: Record<string, unknown>) =>
      relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, ...extra } });
    const contactOf = async () =>
      (await relay.query('SELECT high_water::int, journal_head::int, oldest_unsent_at, last_event_at FROM relay.stores WHERE id = $1', [storeId]))[0];
    const orderOf = async (itemId: string) =>
      (await relay.query('SELECT order_id FROM pos_modern.order_items WHERE store_id = $1 AND id = $2', [storeId, itemId]))[0].order_id;

    const firstBatch = [
      first, second,
      transfer(firstId, 'OUT', firstId, secondId, [moved], '2026-11-22T15:05:00Z'),
      transfer(secondId, 'IN', firstId, secondId, [moved], '2026-11-22T15:05:00Z'),
    ];
    expect((await send(firstBatch, { journalHead: 9, oldestUnsentAt: '2026-11-22T15:00:00.000Z' })).status).toBe(200);
    expect(await orderOf(moved)).toBe(secondId);
    expect(await contactOf()).toEqual({
      high_water: 4, journal_head: 9, oldest_unsent_at: new Date('2026-11-22T15:00:00Z'), last_event_at: new Date('2026-11-22T15:05:00Z'),
    });

    const secondBatch = [
      transfer(secondId, 'OUT', secondId, firstId, [back], '2026-11-22T15:06:00Z'),
      transfer(firstId, 'IN', secondId, firstId, [back], '2026-11-22T15:06:00Z'),
    ];
    // No oldestUnsentAt (an older appliance): the stored one stays; a journal head behind the batch is raised to it.
    expect((await send(secondBatch, { journalHead: 2 })).body.data).toMatchObject({ accepted: 2, highWater: 6 });
    expect(await orderOf(back)).toBe(firstId);
    expect(await orderOf(moved)).toBe(secondId);
    const afterSecond = await contactOf();
    expect(afterSecond).toEqual({
      high_water: 6, journal_head: 9, oldest_unsent_at: new Date('2026-11-22T15:00:00Z'), last_event_at: new Date('2026-11-22T15:06:00Z'),
    });

    // A replay stores nothing and moves nothing; the store says its journal is all sent.
    expect((await send(secondBatch, { journalHead: 6, oldestUnsentAt: null })).body.data).toMatchObject({ accepted: 0, replayed: true, highWater: 6 });
    expect(await contactOf()).toEqual({ ...afterSecond, oldest_unsent_at: null });
  });
});

describe('downstream channel', () => {
  it('long-polls until HQ queues a message, then acknowledges without going backwards', async () => {
    const { storeId, credential } = await relay.enrolledStore('DOWN-1');
    const token = await relay.adminToken();
    const started = Date.now();
    const waiting = relay.api('GET', `/api/v1/stores/${storeId}/downstream?after=0&wait=20`, { token: credential });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const queued = await relay.api('POST', '/api/v1/configurations', { token, body: { storeIds: [storeId], key: 'receipt.footer', value: 'Volte sempre!' } });
    expect(queued.status).toBe(202);
    const delivered = await waiting;
    expect(Date.now() - started).toBeLessThan(5_000);
    // One text is queued as its lines, as the store takes them (contract receiptLinesSchema).
    expect(delivered.body.data.messages).toEqual([
      expect.objectContaining({ type: 'configuration.changed', payload: { key: 'receipt.footer', value: ['Volte sempre!'] } }),
    ]);
    const cursor = delivered.body.data.cursor as number;

    const acked = await relay.api('POST', `/api/v1/stores/${storeId}/downstream/ack`, { token: credential, body: { cursor } });
    expect(acked.body.data.acknowledged).toBe(cursor);
    const backwards = await relay.api('POST', `/api/v1/stores/${storeId}/downstream/ack`, { token: credential, body: { cursor: 0 } });
    expect(backwards.body.data.acknowledged).toBe(cursor);
    const empty = await relay.api('GET', `/api/v1/stores/${storeId}/downstream?after=${cursor}&wait=0`, { token: credential });
    expect(empty.body.data.messages).toEqual([]);

    const unknownStore = await relay.api('POST', '/api/v1/configurations', { token, body: { storeIds: ['00000000-0000-4000-8000-000000000000'], key: 'receipt.footer', value: 'Volte sempre!' } });
    expect(unknownStore.status).toBe(404);
    expect(unknownStore.body.error.code).toBe('STORE_NOT_FOUND');
  });
});

describe('floor plan', () => {
  it("fills pos_modern.layouts and tables from the table events a store's tables module journals", async () => {
    const store = await startTestAppliance([tablesModule]);
    try {
      const auth = store.bearer(['tables.manage', 'tables.operate']);
      const call = (method: string, path: string, body: unknown) =>
        fetch(`${store.baseUrl}/api/v1${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const layout = {
        id: 'layout-terraco',
        name: 'Terraço',
        sections: [{ name: 'Deck', tables: [{ id: 'mesa-1', label: 'T1', capacity: 4 }, { id: 'mesa-2', label: 'T2', capacity: 2 }] }],
      };
      expect((await call('POST', '/table-layouts', layout)).status).toBe(201);
      expect((await call('PATCH', '/tables/mesa-2', { label: 'T2-janela', seats: 3 })).status).toBe(200);
      expect((await call('POST', '/tables/mesa-1/reservation', { reserved: true })).status).toBe(200);
      const journaled = store.ctx.journal.readAfter(0);
      expect(journaled.map((e) => e.type)).toEqual(['tables.layout_created', 'tables.table_updated', 'tables.status_changed']);

      const { storeId, credential } = await relay.enrolledStore('MESAS-1');
      // The layout and its tables in one batch, the later changes in the next, as the replicator may split them.
      expect((await post(storeId, credential, journaled.slice(0, 1))).body.data).toMatchObject({ accepted: 1, unprojected: 0 });
      expect((await post(storeId, credential, journaled.slice(1))).body.data).toMatchObject({ accepted: 2, unprojected: 0 });

      const layouts = await relay.query('SELECT id, name, definition FROM pos_modern.layouts WHERE store_id = $1', [storeId]);
      expect(layouts).toEqual([{ id: 'layout-terraco', name: 'Terraço', definition: { sections: [expect.objectContaining({ name: 'Deck' })] } }]);
      const tables = await relay.query('SELECT id, layout_id, name, seats, status FROM pos_modern.tables WHERE store_id = $1 ORDER BY id', [storeId]);
      expect(tables).toEqual([
        { id: 'mesa-1', layout_id: 'layout-terraco', name: 'T1', seats: 4, status: 'RESERVED' },
        { id: 'mesa-2', layout_id: 'layout-terraco', name: 'T2-janela', seats: 3, status: 'FREE' },
      ]);
    } finally {
      await store.close();
    }
  });
});
