import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { chatDestination } from './chat-delivery-fee.js';
import { type Api, startDeliveryStore } from './test-support.js';

/**
 * A chat customer types the address in one line. When it names a neighbourhood of one of the
 * store's zones, the destination is in the store's own city: the NFC-e of a customer who gave a
 * CPF can then be declared a home delivery (indPres 4 needs the recipient's city), as the POS's
 * deliveries are. An address in no zone's neighbourhood keeps no guessed city.
 */
describe('the destination of a chat delivery', () => {
  let app: TestAppliance;
  let manager: Api;
  const maria = { name: 'Maria Oliveira', phone: '+5511987654321' };

  beforeAll(async () => {
    ({ app, manager } = await startDeliveryStore());
  });
  afterAll(() => app.close());

  it('takes the store city when the address names a neighbourhood of a zone, and none otherwise', async () => {
    const typed = { text: 'Rua dos Pinheiros, 100 - Pinheiros, 05422-001', latitude: null, longitude: null };
    expect(chatDestination(app.ctx.db, typed, maria)).toMatchObject({ district: 'Pinheiros', city: '', state: '', postalCode: '05422001' });

    const profile = { name: 'Cantina da Nona', address: { street: 'Rua Augusta', number: '1500', district: 'Consolação', city: 'São Paulo', uf: 'SP', cep: '01304001' } };
    expect((await manager.put('/store', profile)).status).toBe(200);
    expect(chatDestination(app.ctx.db, typed, maria)).toMatchObject({ street: typed.text, number: '', district: 'Pinheiros', city: 'São Paulo', state: 'SP', recipientName: 'Maria Oliveira' });

    const elsewhere = { text: 'Av. dos Autonomistas, 1000 - Vila Yara', latitude: null, longitude: null };
    expect(chatDestination(app.ctx.db, elsewhere, maria)).toMatchObject({ district: '', city: '', state: '' });
  });
});
