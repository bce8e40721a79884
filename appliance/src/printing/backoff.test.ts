import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, backoffMs } from './job-commands.js';

describe('retry backoff', () => {
  it('doubles per failed attempt on the same printer and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(DEFAULT_RETRY_POLICY, n))).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
  });
});
