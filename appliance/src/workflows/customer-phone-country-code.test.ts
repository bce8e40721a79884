import { describe, expect, it } from 'vitest';
import { useStoreWithWhatsAppCustomer } from './chat-test-support.js';

/** The same mobile number: as typed at the till (DDD + number, as docs and the POS use it) and as WhatsApp sends it (country code 55). */
const AT_THE_TILL = '11987650123';
const ON_WHATSAPP = '5511987650123';

/**
 * Phone numbers are "looked up by their digits, however they were typed" (customers/customer.ts),
 * and the raw digits of +55 11 98765-0123 are not those of (11) 98765-0123: were the country code
 * kept in the blind index, one would never match the other. Then:
 * - a customer registered at the till would not be found when staff type the number as WhatsApp shows it;
 * - the same person consenting on WhatsApp would not be recognised (chat-consent: "the one with this
 *   WhatsApp number, else a new one"): a second customer record would be created with their phone
 *   and WhatsApp name, and their chat linked to it;
 * - when they ask the store, at the till, for their data and its deletion, the request would reach
 *   only the record staff found: the export would leave out the conversation and the second record,
 *   and the deletion leave it in place, phone, name and conversation, readable and searchable (LGPD art. 18).
 */
describe('one person, one phone number, with and without the country code', () => {
  const store = useStoreWithWhatsAppCustomer({ atTheTill: AT_THE_TILL, onWhatsApp: ON_WHATSAPP, contactId: 'c-lucia' });
  const { send } = store;

  it('finds the customer registered at the till by the number typed with +55', async () => {
    const found = await store.staff.get(`/customers?q=${encodeURIComponent('+55 11 98765-0123')}`);
    expect(found.status).toBe(200);
    expect(found.body.data.map((c: { id: string }) => c.id)).toEqual([store.customerId]);
  });

  it('links the WhatsApp conversation of the same number to that customer, and erases it with them', async () => {
    await send({ kind: 'TEXT', text: 'oi, qual o cardápio?' });
    await send({ kind: 'REPLY', replyId: 'consent:yes', title: 'Sim' });
    const conversation = (await store.staff.get('/chat/conversations')).body.data.find((c: { phone: string }) => c.phone === ON_WHATSAPP);
    expect(conversation?.consent).toBe('GRANTED');
    const records = store.app.ctx.db.prepare('SELECT id, name FROM customers ORDER BY created_at, id').all();
    expect(records, 'a second customer record was made for the same phone number').toHaveLength(1);
    expect(conversation.customerId).toBe(store.customerId);

    // The person asks, at the till, for their data and then its deletion.
    const access = await store.staff.post(`/customers/${store.customerId}/data-requests`, { kind: 'ACCESS' });
    expect(access.body.data.export.chat, 'the export leaves out their WhatsApp conversation').toHaveLength(1);
    expect((await store.staff.post(`/customers/${store.customerId}/data-requests`, { kind: 'DELETION' })).status).toBe(201);
    const stillThere = await store.staff.get(`/customers?q=${ON_WHATSAPP}`);
    expect(stillThere.body.data, 'a customer record with their phone survives the deletion').toEqual([]);
  });
});
