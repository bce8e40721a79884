import type { CheckedCall } from './response-schemas.js';

const api = (path: string) => `/api/v1${path}`;

/** A tab's life on a demo store's free tables: open, round, split, items moved, merged, moved, bill asked, paid by card at the table, an empty tab closed. */
async function tabs(call: CheckedCall): Promise<void> {
  const free = (await call<Array<{ id: string; status: string }>>('GET', api('/tables'))).filter((table) => table.status === 'FREE');
  const [first, second, third, fourth] = free.map((table) => table.id);
  const tab = await call<{ id: string }>('POST', api(`/tables/${first}/tab`), { guests: 2 });
  const round = await call<{ order: { items: Array<{ itemId: string }> } }>('POST', api(`/tabs/${tab.id}/rounds`), {
    items: [{ productId: 'prod-fries', quantity: 2 }, { productId: 'prod-coke', quantity: 1 }],
  });
  await call('POST', api(`/tabs/${tab.id}/split`), { method: 'EQUAL', parts: 3 });
  await call('POST', api(`/tabs/${tab.id}/transfer-items`), { itemIds: [round.order.items[1].itemId], toTableId: second });
  await call('POST', api(`/tabs/${tab.id}/merge`), { tableId: second });
  await call('POST', api(`/tabs/${tab.id}/transfer`), { toTableId: third });
  await call('POST', api(`/tabs/${tab.id}/request-bill`));
  await call('POST', api(`/tabs/${tab.id}/card-payments`), { method: 'CREDIT', payerLabel: '1/3' });
  await call('GET', api(`/tabs/${tab.id}`));
  const empty = await call<{ id: string }>('POST', api(`/tables/${fourth}/tab`), {});
  await call('POST', api(`/tabs/${empty.id}/close`));
}

async function stock(call: CheckedCall): Promise<void> {
  const flour = await call<{ id: string }>('POST', api('/stock/items'), { name: 'Farinha', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 5000 });
  const oil = await call<{ id: string }>('POST', api('/stock/items'), { name: 'Óleo', kind: 'INGREDIENT', unit: 'ML', initialQuantity: 2000 });
  await call('PUT', api('/stock/recipes/prod-fries'), { lines: [{ stockItemId: oil.id, quantity: 50 }] });
  await call('POST', api('/stock/movements'), { type: 'PURCHASE', stockItemId: flour.id, quantity: 1000 });
  await call('POST', api('/stock/counts'), { reason: 'Contagem semanal', lines: [{ stockItemId: flour.id, countedQuantity: 5900 }] });
  await call('POST', api('/stock/availability'), { items: [{ productId: 'prod-fries', quantity: 100 }] });
}

/** The demo's virtual peripherals, and one configured and removed. */
async function hardware(call: CheckedCall): Promise<void> {
  await call('POST', api('/hardware'), { id: 'balanca-conferencia', kind: 'scale', name: 'Balança de conferência', profileId: 'toledo-prix-6', transport: { type: 'virtual' } });
  await call('GET', api('/hardware/balanca-conferencia'));
  await call('DELETE', api('/hardware/balanca-conferencia'));
  await call('POST', api('/hardware/balanca-1/virtual/weight'), { state: 'stable', grams: 480 });
  await call('GET', api('/devices/balanca-1/weight'));
  await call('POST', api('/hardware/leitor-1/virtual/scan'), { code: '7894900011517' });
  await call('GET', api('/hardware/display-1/virtual/display'));
}

async function integrations(call: CheckedCall): Promise<void> {
  const issued = await call<{ apiKey: { id: string } }>('POST', api('/integrations/api-keys'), { name: 'Contador', scopes: ['fiscal.read'] });
  await call('GET', api(`/integrations/api-keys/${issued.apiKey.id}/calls`));
  await call('POST', api(`/integrations/api-keys/${issued.apiKey.id}/revoke`));
  await call('PUT', api('/marketplace/settings/auto-accept'), { IFOOD: true });
  await call('PUT', api('/marketplace/mappings'), { platform: 'IFOOD', externalCode: 'IF-123', productId: 'prod-fries' });
}

/** A counter order asks for an NF-e before payment; a customer's access request; the personal-data key rotated; the fiscal queue sent. */
async function fiscalAndPrivacy(call: CheckedCall): Promise<void> {
  const order = await call<{ id: string }>('POST', api('/orders'), { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
  const address = { street: 'Rua Augusta', number: '100', district: 'Consolação', cityCode: '3550308', cityName: 'São Paulo', uf: 'SP', cep: '01305-000' };
  await call('POST', api(`/orders/${order.id}/fiscal/nfe`), { cnpj: '11.222.333/0001-81', ie: 'ISENTO', legalName: 'Empresa Compradora Ltda', address });
  const customer = await call<{ id: string }>('POST', api('/customers'), { name: 'Maria da Silva', phone: '11987654321', marketingConsent: true, consentSource: 'POS' });
  await call('POST', api(`/customers/${customer.id}/data-requests`), { kind: 'ACCESS' });
  await call('POST', api('/customers/pii-keys/rotate'));
  await call('POST', api('/fiscal/transmit'));
}

/** A new cashier changes the password the manager gave, signs in, reads who they are and signs out. */
async function sessions(call: CheckedCall): Promise<void> {
  await call('POST', api('/users'), { username: 'conferente', name: 'Conferente', role: 'CASHIER', password: 'Conferente#2026' });
  await call('POST', api('/auth/change-password'), { username: 'conferente', currentPassword: 'Conferente#2026', newPassword: 'Balcao#Seguro2026' });
  const session = await call<{ accessToken: string }>('POST', api('/auth/login'), { username: 'conferente', password: 'Balcao#Seguro2026' });
  await call('GET', api('/auth/me'), undefined, `Bearer ${session.accessToken}`);
  await call('POST', api('/auth/logout'), undefined, `Bearer ${session.accessToken}`);
}

/**
 * Writes through the routes whose answers the GET sweep cannot reach, on a demo store, so each
 * declared answer schema is checked against what the handler really returns.
 */
export async function exerciseWriteRoutes(call: CheckedCall): Promise<void> {
  await tabs(call);
  await stock(call);
  await hardware(call);
  await integrations(call);
  await fiscalAndPrivacy(call);
  await sessions(call);
}
