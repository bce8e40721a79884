import { describe, expect, it } from 'vitest';
import { useStoreWithWhatsAppCustomer } from './chat-test-support.js';

/** A São Paulo mobile as the customer gives it at the till: DDD 11, nine digits starting with 9. */
const AT_THE_TILL = '(11) 98765-0123';
/**
 * The same number as WhatsApp names an account registered before Brazil's mobiles took their ninth
 * digit (2012–2016): country code, DDD and the old eight digits, without the 9.
 */
const ON_WHATSAPP = '551187650123';

/**
 * Brazilian mobile numbers gained a leading 9 (Anatel, 2012–2016), but WhatsApp still identifies
 * many older accounts by the eight-digit number: the message of a customer the till knows as
 * (11) 98765-0123 comes from 55 11 8765-0123. Both are one phone: a cashier who types the number
 * as the customer reads it from an old contact card finds them, and the customer consenting on
 * WhatsApp is recognised as the registered customer, not recorded a second time (a second record
 * an access request at the till would leave out and a deletion would leave in place, LGPD art. 18).
 */
describe('one mobile number, with and without its ninth digit', () => {
  const store = useStoreWithWhatsAppCustomer({ atTheTill: AT_THE_TILL, onWhatsApp: ON_WHATSAPP, contactId: 'c-lucia-9' });
  const { send } = store;

  it('finds the customer by the number written without the ninth digit', async () => {
    for (const q of ['(11) 8765-0123', '+55 11 8765-0123']) {
      const found = await store.staff.get(`/customers?q=${encodeURIComponent(q)}`);
      expect(found.body.data.map((c: { id: string }) => c.id), q).toEqual([store.customerId]);
    }
  });

  it('keeps a landline (first digit 2 to 5) as it is: no 9 is added to it', async () => {
    const landline = await store.staff.post('/customers', { name: 'Padaria Central', phone: '(11) 3456-7890' });
    expect(landline.status).toBe(201);
    const found = await store.staff.get(`/customers?q=${encodeURIComponent('1134567890')}`);
    expect(found.body.data.map((c: { id: string }) => c.id)).toEqual([landline.body.data.id]);
    expect((await store.staff.get(`/customers?q=${encodeURIComponent('11934567890')}`)).body.data).toEqual([]);
  });

  it('links the WhatsApp conversation of the eight-digit account to the customer registered at the till', async () => {
    await send({ kind: 'TEXT', text: 'oi, qual o cardápio?' });
    await send({ kind: 'REPLY', replyId: 'consent:yes', title: 'Sim' });
    const conversation = (await store.staff.get('/chat/conversations')).body.data.find((c: { phone: string }) => c.phone === ON_WHATSAPP);
    expect(conversation?.consent).toBe('GRANTED');
    expect(conversation.customerId, 'a second customer record was made for the same phone').toBe(store.customerId);
  });
});
