import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { startAuthAppliance } from '../testing/auth-test-client.js';

/**
 * Pairing is the one unauthenticated request that hands out a long-lived credential (a device
 * token that reads the store's events, or takes orders as a kiosk), so the security audit log
 * (`GET /audit`) shows where it came from: a pairing code that matches nothing is
 * `auth.device_pairing_failed` with the TCP peer address, and a successful pairing is
 * `auth.device_paired` with it, as logins are journaled with theirs.
 *
 * Why: someone on the guest Wi-Fi trying codes was only slowed down (5 a minute per address) and
 * left no trace; and when a tablet nobody knew about turned up among the devices, the owner could
 * not tell from which machine it had been paired.
 */
describe('pairing attempts in the security audit log', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('journals a wrong pairing code and a successful pairing with the address they came from', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    const admin = await client.adminToken();
    const registered = await client.post('/devices', { name: 'Tablet do salão', kind: 'WAITER_TABLET' }, admin);
    expect(registered.status).toBe(201);

    expect((await client.post('/devices/pair', { code: 'ABCDEFGHJK' })).status).toBe(401);
    expect((await client.post('/devices/pair', { code: registered.body.data.pairingCode })).status).toBe(200);

    const failed = await client.get('/audit?type=auth.device_pairing_failed', admin);
    expect(failed.status).toBe(200);
    expect(failed.body.data.map((e: { payload: unknown }) => e.payload)).toEqual([{ address: '127.0.0.1' }]);
    const paired = await client.get('/audit?type=auth.device_paired', admin);
    expect(paired.body.data.map((e: { payload: unknown }) => e.payload)).toEqual([
      { deviceId: registered.body.data.device.id, kind: 'WAITER_TABLET', address: '127.0.0.1' },
    ]);
  });
});
