import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipBody, MAX_INFLATED_BYTES } from './inflate.js';

const batch = (events: number) => Buffer.from(JSON.stringify({ events: Array.from({ length: events }, (_, seq) => ({ seq, type: 'order.paid' })) }));

describe('gzip bodies', () => {
  it('inflates a small body on the loop and a larger one on the thread pool, to the same bytes', async () => {
    const small = batch(15);
    expect(await gunzipBody(gzipSync(small))).toEqual(small);
    const large = batch(2000);
    expect(large.length).toBeGreaterThan(1024);
    // A loop limit below the inflated size sends the whole body to the pool.
    expect(await gunzipBody(gzipSync(large), 1024)).toEqual(large);
  });

  it('refuses a body that is not gzip, and one that expands past the cap', async () => {
    await expect(gunzipBody(Buffer.from('{"events":[]}'))).rejects.toThrow();
    const bomb = gzipSync(Buffer.alloc(MAX_INFLATED_BYTES + 1));
    await expect(gunzipBody(bomb)).rejects.toMatchObject({ code: 'ERR_BUFFER_TOO_LARGE' });
  });
});
