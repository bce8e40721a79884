import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * The relay files every payment under the local hour of its store's time zone (ingest/local-time.ts),
 * so a store's zone must be one Intl knows: the JSON API and the portal's *Cadastrar loja* form (a
 * free text field) refuse any other with the same rule, "Fuso horário desconhecido". A store row that
 * holds an unknown zone anyway (written before the check, or by hand) reads as the default zone, and
 * its batches are stored.
 */
const relay = useTestRelay();

function paidAt(occurredAt: string, seq: number) {
  const paymentId = crypto.randomUUID();
  return {
    seq, id: crypto.randomUUID(), type: 'payment.captured', aggregateType: 'payment', aggregateId: paymentId, actor: null, correlationId: null, occurredAt,
    payload: { paymentId, orderId: crypto.randomUUID(), businessDate: occurredAt.slice(0, 10), method: 'CASH', amountCents: 1000, tenderedCents: 1000, changeCents: 0, provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: null, splitRules: [] },
  };
}

describe('a store\'s time zone', () => {
  it('is refused on the portal\'s form, as the API refuses it, when Intl does not know it; the form shows why and keeps what was typed', async () => {
    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    const created = await fetch(`${relay.baseUrl}/portal/stores`, {
      method: 'POST', redirect: 'manual', headers: { cookie, origin: relay.baseUrl },
      body: new URLSearchParams({ code: 'TZ-1', name: 'Loja Brasília', timeZone: 'America/Brasilia' }),
    });
    expect(created.status).toBe(400);
    const page = await created.text();
    expect(page).toContain('Fuso horário: Fuso horário desconhecido');
    expect(page).toContain('value="America/Brasilia"');
    expect(page).toContain('value="Loja Brasília"');
    expect(await relay.query('SELECT id FROM relay.stores WHERE code = $1', ['TZ-1'])).toEqual([]);

    const api = await relay.api('POST', '/api/v1/stores', { token: await relay.adminToken(), body: { code: 'TZ-1', name: 'Loja Brasília', timeZone: 'America/Brasilia' } });
    expect(api.status).toBe(400);
    expect(api.body.error.details).toEqual([{ path: 'timeZone', message: 'Fuso horário desconhecido' }]);
  });

  it('reads as the default zone when a stored row holds one Intl does not know: its batches are stored and its pages shown', async () => {
    const { storeId, credential } = await relay.enrolledStore('TZ-2');
    await relay.query('UPDATE relay.stores SET time_zone = $2 WHERE id = $1', [storeId, 'America/Brasilia']);
    const upload = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { journalHead: 1, events: [paidAt('2026-11-20T15:00:00.000Z', 1)] } });
    expect(upload.status, JSON.stringify(upload.body?.error)).toBe(200);
    // 15:00 UTC is noon in America/Sao_Paulo, the zone a store gets when HQ names none.
    const byHour = await relay.api('GET', `/api/v1/reports/sales?from=2026-11-20&to=2026-11-20&groupBy=hour&storeId=${storeId}`, { token: await relay.adminToken() });
    expect(byHour.body.data.rows.map((row: { key: string; grossCents: number }) => [row.key, row.grossCents])).toEqual([['12', 1000]]);

    const cookie = `chefia_hq_session=${await relay.adminToken()}`;
    for (const path of ['/portal/stores', `/portal/stores/${storeId}`]) expect((await fetch(`${relay.baseUrl}${path}`, { headers: { cookie } })).status, path).toBe(200);
  });
});
