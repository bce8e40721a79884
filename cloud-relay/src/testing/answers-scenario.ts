import type { CheckedCall } from '../../../test/api/response-schemas.js';
import { SyntheticStore } from './synthetic-store.js';

const api = (path: string) => `/api/v1${path}`;

/**
 * A store's life at HQ through every relay JSON route: created, enrolled, its journal uploaded (a
 * sale and a day close), heartbeat, HQ changes sent down and acknowledged, a marketplace connection, a chat account,
 * reports read. Each answer is checked against its route's declared schema by `call`.
 */
export async function exerciseRelayRoutes(call: CheckedCall): Promise<void> {
  const login = await call<{ token: string }>('POST', api('/auth/login'), { username: 'admin', password: 'Matriz#2026' });
  const created = await call<{ store: { id: string }; enrollmentCode: string }>('POST', api('/stores'), { code: 'LOJA-CONTRATO', name: 'Loja do contrato' });
  const storeId = created.store.id;
  const enrolled = await call<{ credential: string }>('POST', api('/enroll'), { code: created.enrollmentCode });
  const asStore = `Bearer ${enrolled.credential}`;

  const synthetic = new SyntheticStore(() => 0.5);
  const day = '2026-11-30';
  const events = [
    ...synthetic.catalogEvents(new Date(`${day}T11:00:00Z`)),
    ...synthetic.paidOrder(day, new Date(`${day}T15:00:00Z`)),
    synthetic.businessDayClosed(day, { businessDate: day, ordersCount: 1 }, new Date(`${day}T23:50:00Z`)),
  ];
  await call('GET', api(`/stores/${storeId}/sync`), undefined, asStore);
  await call('POST', api(`/stores/${storeId}/events`), { events, journalHead: events.length }, asStore);
  await call('POST', api(`/stores/${storeId}/heartbeat`), { journalHead: events.length, oldestUnsentAt: null }, asStore);

  await call('POST', api(`/catalog/products/${synthetic.products[0].id}/changes`), { storeIds: [storeId], priceCents: 2990 });
  await call('POST', api('/configurations'), { storeIds: [storeId], key: 'pricing.rule', value: { id: 'happy-hour', kind: 'HAPPY_HOUR', active: true } });
  const down = await call<{ cursor: number }>('GET', api(`/stores/${storeId}/downstream?after=0`), undefined, asStore);
  await call('POST', api(`/stores/${storeId}/downstream/ack`), { cursor: down.cursor }, asStore);

  await call('POST', api(`/stores/${storeId}/enrollment-code`));
  await call('POST', api('/hq-users'), { username: 'analista', displayName: 'Analista', password: 'Analise#2026', role: 'HQ_ANALYST' });
  const credentials = { clientId: 'cliente-ifood', clientSecret: 'segredo-ifood' };
  await call('PUT', api('/marketplace-connections'), { storeId, platform: 'IFOOD', merchantId: 'merchant-1', mode: 'POLLING', credentials });
  await call('GET', api(`/marketplace-connections?storeId=${storeId}`));
  await call('PUT', api('/chat-accounts'), { storeId, channel: 'WHATSAPP', platformAccountId: '106540352242922', accessToken: 'EAAG-token-do-contrato-0123456789' });
  await call('GET', api(`/chat-accounts?storeId=${storeId}`));
  for (const groupBy of ['store', 'day', 'hour', 'product', 'paymentMethod', 'storeDay']) await call('GET', api(`/reports/sales?from=${day}&to=${day}&groupBy=${groupBy}`));
  await call('GET', api(`/reports/z?storeId=${storeId}`));
  await call('POST', api('/auth/logout'), undefined, `Bearer ${login.token}`);
}
