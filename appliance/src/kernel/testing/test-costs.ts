import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * log2(N) of scrypt for the passwords and PINs that test appliances (in-process and spawned) hash:
 * N=1024 costs ~4 ms a hash where the production N=32768 costs ~120 ms on a busy 2-core test host,
 * and a demo start alone hashes ten secrets. The cost of hashing is not what those tests are about;
 * `auth/crypto/secret-hash.test.ts` checks that an appliance configured by default hashes with the
 * production parameters.
 */
export const TEST_SECRET_HASH_COST = '10';

/**
 * Where demo stores started by tests keep the WebP of each demo product drawing (keyed by the
 * drawing and the encoding), so the dozens of demo starts of a run render them once per machine;
 * `catalog/seed-demo-photos.test.ts` checks a cached seed stores what a fresh one does.
 */
export const TEST_DEMO_PHOTO_CACHE = join(tmpdir(), 'chefia-test-demo-photos');

/**
 * The environment that lowers those costs, for appliances started by a vitest test; empty
 * elsewhere, so the benchmarks, which start appliances through the same helpers, measure the
 * production costs.
 */
export function testCostEnv(): Record<string, string> {
  return process.env.VITEST ? { CHEFIA_SECRET_HASH_COST: TEST_SECRET_HASH_COST, CHEFIA_DEMO_PHOTO_CACHE: TEST_DEMO_PHOTO_CACHE } : {};
}
