import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { businessDayModule } from './index.js';

describe('business day opening', () => {
  let app: TestAppliance;
  let auth: string;
  const open = (body: unknown) =>
    fetch(`${app.baseUrl}/api/v1/business-days/open`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestAppliance([businessDayModule]);
    auth = app.bearer(['business_day.manage', 'business_day.read']);
  });
  afterAll(() => app.close());

  it('refuses a future date', async () => {
    const res = await open({ date: '2999-01-01' });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('BUSINESS_DAY_FUTURE_DATE');
  });

  it('opens today once and refuses a second open day', async () => {
    const first = await open({});
    expect(first.status).toBe(201);
    const day = (await first.json()).data;
    expect(day.status).toBe('OPEN');
    const second = await open({ date: '2020-01-01' });
    expect(second.status).toBe(422);
    expect((await second.json()).error.code).toBe('BUSINESS_DAY_ALREADY_OPEN');
    const current = await (await fetch(`${app.baseUrl}/api/v1/business-days/current`, { headers: { authorization: auth } })).json();
    expect(current.data.id).toBe(day.id);
    const list = await (await fetch(`${app.baseUrl}/api/v1/business-days?size=5`, { headers: { authorization: auth } })).json();
    expect(list.metadata).toEqual({ page: 1, size: 5, total: 1 });
    expect(app.ctx.journal.readAfter(0).map((e) => e.type)).toEqual(['business_day.opened']);
  });
});
