import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { registerStoreProfileRoutes } from './store-profile-routes.js';
import { readReceiptTexts } from './receipt-texts.js';
import { storeDisplayName } from './store-profile.js';

describe('store profile routes', () => {
  let app: TestAppliance;
  const request = (method: string, permissions: string[], body?: unknown) =>
    fetch(`${app.baseUrl}/api/v1/store`, {
      method,
      headers: { authorization: app.bearer(permissions), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    }).then(async (res) => ({ status: res.status, body: await res.json() }));

  beforeAll(async () => {
    app = await startTestAppliance([{ name: 'store-profile', register: registerStoreProfileRoutes }], { env: { CHEFIA_STORE_NAME: 'Loja Instalada' } });
  });
  afterAll(() => app.close());

  it('starts from the installation name and zone, saves the profile with its receipt texts, journaled', async () => {
    const first = await request('GET', ['catalog.read']);
    expect(first.body.data).toMatchObject({ name: 'Loja Instalada', cnpj: null, serviceChargeBp: 0, timeZone: 'America/Sao_Paulo', updatedAt: null, receiptHeader: [] });

    const saved = await request('PUT', ['business_day.manage'], {
      name: 'Cantina da Nona',
      legalName: 'Cantina da Nona Ltda',
      cnpj: '11.222.333/0001-81',
      ie: '111.222.333.444',
      address: { street: 'Rua Augusta', number: '1500', district: 'Consolação', city: 'São Paulo', uf: 'SP', cep: '01304001' },
      phone: '1133334444',
      serviceChargeBp: 1000,
      receiptHeader: 'Cantina da Nona\nDesde 1962',
      receiptFooter: ['Volte sempre!'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ name: 'Cantina da Nona', cnpj: '11222333000181', ie: '111222333444', serviceChargeBp: 1000, receiptHeader: ['Cantina da Nona', 'Desde 1962'] });
    expect(readReceiptTexts(app.ctx.db)).toEqual({ headerLines: ['Cantina da Nona', 'Desde 1962'], footerLines: ['Volte sempre!'] });
    expect(storeDisplayName(app.ctx.db, 'Loja Instalada')).toBe('Cantina da Nona');
    const event = app.ctx.db.prepare("SELECT aggregate_id, payload FROM journal WHERE type = 'store.profile_changed'").get() as { aggregate_id: string; payload: string };
    expect(JSON.parse(event.payload).profile).toMatchObject({ name: 'Cantina da Nona', serviceChargeBp: 1000 });
  });

  it('refuses a CNPJ with wrong check digits in pt-BR, and a cashier', async () => {
    const bad = await request('PUT', ['business_day.manage'], { name: 'Loja', cnpj: '11222333000182' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.error.details[0]).toMatchObject({ path: 'cnpj', message: 'CNPJ inválido (confira os dígitos verificadores)' });
    expect((await request('PUT', ['catalog.read'], { name: 'Loja' })).status).toBe(403);
    expect((await request('GET', ['catalog.read'])).body.data.name).toBe('Cantina da Nona');
  });
});
