import { describe, expect, it } from 'vitest';
import { AdmissionRefused, IngestAdmission, type AdmissionTicket } from './admission.js';

const config = { maxInFlight: 4, maxQueued: 2, queueWaitMs: 60_000, catchUpSharePercent: 50, catchUpBacklog: 1000 };

async function refusal(promise: Promise<AdmissionTicket>): Promise<AdmissionRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AdmissionRefused) return error;
    throw error;
  }
  throw new Error('the batch was admitted');
}

describe('ingest admission', () => {
  it('takes one batch per store at a time; a second one is refused STORE_BUSY until the first is released', async () => {
    const admission = new IngestAdmission(config);
    const first = await admission.admit('store-a', 0);
    const second = await refusal(admission.admit('store-a', 0));
    expect(second).toMatchObject({ reason: 'STORE_BUSY', retryAfterSeconds: 1 });
    first.release();
    first.release(); // releasing twice frees one slot only
    const again = await admission.admit('store-a', 0);
    expect(admission.snapshot()).toEqual({ inFlight: 1, catchUpInFlight: 0, queued: 0, maxInFlight: 4 });
    again.release();
  });

  it('gives stores catching up at most their share of the slots and never queues them', async () => {
    const admission = new IngestAdmission(config);
    expect(admission.catchUpSlots).toBe(2);
    const big1 = await admission.admit('big-1', 50_000);
    const big2 = await admission.admit('big-2', 5_000);
    expect(big1.catchUp && big2.catchUp).toBe(true);
    const big3 = await refusal(admission.admit('big-3', 1000));
    expect(big3.reason).toBe('CATCH_UP_SHARE');
    expect(big3.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // The other half stays open for stores that are up to date.
    const live1 = await admission.admit('live-1', 3);
    const live2 = await admission.admit('live-2', 999);
    expect(live2.catchUp).toBe(false);
    expect(admission.snapshot()).toMatchObject({ inFlight: 4, catchUpInFlight: 2, queued: 0 });
    // A store catching up is refused at once when a slot frees but others queue: it never jumps them.
    big1.release();
    const live3 = admission.admit('live-3', 0);
    expect(admission.snapshot()).toMatchObject({ inFlight: 4, queued: 0 });
    const live4 = admission.admit('live-4', 0);
    expect(admission.snapshot().queued).toBe(1);
    expect((await refusal(admission.admit('big-1', 40_000))).reason).toBe('CATCH_UP_SHARE');
    for (const ticket of [big2, live1, live2, await live3]) ticket.release();
    (await live4).release();
    expect(admission.snapshot()).toMatchObject({ inFlight: 0, catchUpInFlight: 0, queued: 0 });
  });

  it('queues up-to-date stores in arrival order, refuses QUEUE_FULL beyond the queue and QUEUE_TIMEOUT after the wait', async () => {
    const admission = new IngestAdmission({ ...config, maxInFlight: 1, maxQueued: 2, queueWaitMs: 200 });
    const running = await admission.admit('s1', 0);
    const order: string[] = [];
    const queued2 = admission.admit('s2', 0).then((ticket) => (order.push('s2'), ticket));
    const queued3 = admission.admit('s3', 0).then((ticket) => (order.push('s3'), ticket));
    const full = await refusal(admission.admit('s4', 0));
    expect(full.reason).toBe('QUEUE_FULL');
    running.release();
    const second = await queued2;
    expect(second.queuedMs).toBeGreaterThanOrEqual(0);
    // s3 still waits behind s2, and times out while s2 holds the only slot.
    expect((await refusal(queued3)).reason).toBe('QUEUE_TIMEOUT');
    expect(order).toEqual(['s2']);
    second.release();
    // A store that timed out in the queue may come back.
    (await admission.admit('s3', 0)).release();
  });

  it('refuses queued and new batches once the node stops, while batches in flight finish', async () => {
    const admission = new IngestAdmission({ ...config, maxInFlight: 1 });
    const running = await admission.admit('s1', 0);
    const waiting = admission.admit('s2', 0);
    admission.close();
    expect((await refusal(waiting)).reason).toBe('SHUTTING_DOWN');
    expect((await refusal(admission.admit('s3', 0))).reason).toBe('SHUTTING_DOWN');
    expect(admission.snapshot()).toMatchObject({ inFlight: 1, queued: 0 });
    running.release();
    expect(admission.snapshot().inFlight).toBe(0);
  });
});
