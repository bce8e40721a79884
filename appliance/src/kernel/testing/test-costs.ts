/**
 * log2(N) of scrypt for the passwords and PINs that test appliances (in-process and spawned) hash:
 * N=1024 costs ~4 ms a hash where the production N=32768 costs ~120 ms on a busy 2-core test host,
 * and a demo start alone hashes ten secrets. The cost of hashing is not what those tests are about;
 * `auth/crypto/secret-hash.test.ts` checks that an appliance configured by default hashes with the
 * production parameters.
 */
export const TEST_SECRET_HASH_COST = '10';

/**
 * The environment that lowers those costs, for appliances started by a vitest test; empty
 * elsewhere, so the benchmarks, which start appliances through the same helpers, measure the
 * production parameters.
 */
export function testCostEnv(): Record<string, string> {
  return process.env.VITEST ? { CHEFIA_SECRET_HASH_COST: TEST_SECRET_HASH_COST } : {};
}
