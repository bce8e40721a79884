/**
 * Opening the store's business day, as the manager does it every morning.
 *
 * - "a day dated before the last closed day is refused": every sale, payment and report of a day is
 *   booked on its date, so a day dated back (2020-01-01 after 2026-11-23 was closed, its Z report
 *   printed and sent to HQ) would slip them in among days already closed and reconciled. The store
 *   expects 422 BUSINESS_DAY_BEFORE_LAST_CLOSED and no day opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startTillStore, type Api } from './test-support.js';

describe('opening a business day after a close', () => {
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore();
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
  });
  afterAll(() => app.close());

  it('a day dated before the last closed day is refused', async () => {
    const closed = await manager.post('/business-days/current/close', {});
    expect(closed.status).toBe(200);
    expect(closed.body.data.day.date).toBe('2026-11-23');
    const backdated = await manager.post('/business-days/open', { date: '2020-01-01' });
    expect(backdated.status).toBe(422);
    expect(backdated.body.error?.code).toBe('BUSINESS_DAY_BEFORE_LAST_CLOSED');
    expect((await manager.get('/business-days/current')).status).toBe(404);
  });
});
