/**
 * Enrolling a store over a connection that drops.
 *
 * - "enrolls on the retry when the relay's answer to the first exchange was lost":
 *   the relay may commit an exchange whose answer never reaches the store (the 4G link drops,
 *   the relay is slow and the request times out). The appliance retries with the same code, as
 *   it does while the relay is unreachable, and the relay answers with a fresh credential in
 *   place of the one the store never received, as long as the code has not expired and no store
 *   has used that credential yet. Once the store has used its credential, the code is dead:
 *   someone who learns it later cannot take the store's place.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../../../cloud-relay/src/testing/use-test-relay.js';
import { enrollAppliance } from './enroll.js';
import { readCredential } from './credential-store.js';

const relay = useTestRelay();

/** Forwards to the relay, but cuts the connection instead of passing on the first answer. */
async function droppingFirstAnswer(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  let dropped = false;
  const server = http.createServer((req, res) => {
    const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      if (!dropped) {
        dropped = true;
        answer.resume();
        answer.on('end', () => res.destroy());
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('enrollment over a connection that drops', () => {
  it("enrolls on the retry when the relay's answer to the first exchange was lost", async () => {
    const created = await relay.api('POST', '/api/v1/stores', { token: await relay.adminToken(), body: { code: 'LOST-ANSWER', name: 'Loja Resposta Perdida' } });
    const { enrollmentCode } = created.body.data;
    const storeId = created.body.data.store.id;
    const dataDir = mkdtempSync(join(tmpdir(), 'chefia-enroll-'));
    const proxy = await droppingFirstAnswer(relay.baseUrl);
    try {
      // The first exchange reaches the relay, which commits it; its answer is lost on the way back.
      await expect(enrollAppliance({ dataDir, relayUrl: proxy.url, code: enrollmentCode })).rejects.toThrow();
      expect(readCredential(dataDir)).toBeNull();

      // The retry, as the appliance makes it while the relay seems unreachable.
      const retried = await enrollAppliance({ dataDir, relayUrl: relay.baseUrl, code: enrollmentCode });
      expect(retried.credential.storeId).toBe(storeId);
      const sync = await relay.api('GET', `/api/v1/stores/${storeId}/sync`, { token: retried.credential.credential });
      expect(sync.status).toBe(200);

      const afterUse = await relay.api('POST', '/api/v1/enroll', { body: { code: enrollmentCode } });
      expect(afterUse.status).toBe(400);
      expect(afterUse.body.error.code).toBe('ENROLLMENT_CODE_INVALID');
    } finally {
      await proxy.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
