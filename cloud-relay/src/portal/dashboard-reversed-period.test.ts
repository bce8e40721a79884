import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';

/**
 * The dashboard reloads as soon as a date changes: an analyst moving the period a month ahead sets
 * *De* first, past the *Até* still on screen, and the page reloads with a start after the end (or
 * with a date the browser let through that does not exist). They get the dashboard back, with the
 * period and stores they chose still in the filters and a pt-BR line saying what to fix, never
 * the relay's raw JSON error.
 */
const relay = useTestRelay();

describe('the dashboard with a period it cannot show', () => {
  it('shows the page with the filters as chosen and a pt-BR reason when the start is after the end', async () => {
    const { storeId } = await relay.enrolledStore('FILTRO-1', 'Loja Filtro');
    const answer = await fetch(`${relay.baseUrl}/portal?from=2026-04-10&to=2026-03-31&storeId=${storeId}`, { headers: { cookie: `chefia_hq_session=${await relay.adminToken()}` } });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('text/html');
    const page = await answer.text();
    expect(page).toContain('class="error">A data inicial (10/04/2026) é depois da final (31/03/2026): escolha o período de novo.<');
    expect(page).toContain('name="from" value="2026-04-10"');
    expect(page).toContain('name="to" value="2026-03-31"');
    expect(page).toMatch(new RegExp(`<option value="${storeId}" selected="">Loja Filtro</option>`));
    expect(page).not.toContain('export.csv');
  });

  it('shows the page with a pt-BR reason for a day that does not exist', async () => {
    const answer = await fetch(`${relay.baseUrl}/portal?from=2026-02-30&to=2026-03-05`, { headers: { cookie: `chefia_hq_session=${await relay.adminToken()}` } });
    expect([answer.status, answer.headers.get('content-type')]).toEqual([400, 'text/html; charset=UTF-8']);
    expect(await answer.text()).toContain('class="error">Período inválido: use datas que existem no calendário.<');
  });
});
