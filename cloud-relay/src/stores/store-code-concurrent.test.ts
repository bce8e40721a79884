/**
 * HQ registering a store (`POST /api/v1/stores`): one store per code, however the requests arrive.
 *
 * - "answers 409 STORE_CODE_TAKEN, not 500, to the second of two registrations of one code sent together":
 *   the code's availability is checked before the insert in a separate statement, so two
 *   requests for the same store code at once (a double click on "Cadastrar loja", a retried
 *   request) both pass the check and the second one hits the unique index: HQ gets 500
 *   INTERNAL_ERROR instead of the 409 `STORE_CODE_TAKEN` the same request gets a moment later.
 */
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

const relay = useTestRelay();

describe('store registration', () => {
  it('answers 409 STORE_CODE_TAKEN, not 500, to the second of two registrations of one code sent together', async () => {
    const token = await relay.adminToken();
    for (let round = 0; round < 5; round += 1) {
      const code = `DUPLA-${round}`;
      const answers = await Promise.all(
        [0, 1, 2].map(() => relay.api('POST', '/api/v1/stores', { token, body: { code, name: `Loja ${code}` } })),
      );
      const outcomes = answers.map((answer) => `${answer.status} ${answer.body.error?.code ?? ''}`.trim()).sort();
      expect(outcomes).toEqual(['201', '409 STORE_CODE_TAKEN', '409 STORE_CODE_TAKEN']);
    }
    const stores = await relay.query("SELECT count(*)::int AS n FROM relay.stores WHERE code LIKE 'DUPLA-%'");
    expect(stores[0].n).toBe(5);
  });
});
