import { setConsent } from '../chat/index.js';
import { createCustomer, findCustomerIdByPhone, loadCustomer, recordConsent } from '../customers/index.js';
import { vaultOf } from '../kernel/pii/vault.js';
import type { ChatTurn } from './chat-turn.js';
import { storeDisplayName } from './store-profile.js';

const firstName = (name: string | null | undefined): string | null => name?.trim().split(/\s+/)[0] || null;

/**
 * The personal-data question, asked once, on the customer's first message; that message is kept
 * and read once the customer answers (or as soon as they write something else instead).
 */
export function askConsent(turn: ChatTurn, firstText: string | null): void {
  setConsent(turn.tx, turn.conversation.id, 'ASKED', null);
  turn.context.heldText = firstText;
  turn.context.pending = { kind: 'CONSENT' };
  const name = firstName(turn.conversation.profileName);
  turn.buttons(consentQuestion(turn, name ? `, ${name}` : ''), [
    { id: 'consent:yes', title: turn.t('CHAT_CONSENT_YES') },
    { id: 'consent:no', title: turn.t('CHAT_CONSENT_NO') },
  ]);
}

/** The personal-data question; `greeting` is the customer's first name after a comma, or nothing. */
function consentQuestion(turn: ChatTurn, greeting: string): string {
  return turn.t('CHAT_CONSENT_QUESTION', { name: greeting, store: storeDisplayName(turn.tx.db, turn.ctx.config.storeName) });
}

/**
 * With consent the conversation is linked to a customer record (the one with this WhatsApp number,
 * else a new one with the profile name) that records the consent. Without it nothing is kept beyond
 * what the order needs.
 */
export function onConsent(turn: ChatTurn, granted: boolean, readText: (turn: ChatTurn, text: string) => void): void {
  const { tx, conversation } = turn;
  let customerId: string | null = null;
  if (granted) {
    const { keyring } = vaultOf(tx.db);
    const phone = conversation.channel === 'WHATSAPP' ? conversation.userId : null;
    customerId =
      conversation.customerId ??
      (phone ? findCustomerIdByPhone(tx, keyring, phone) : null) ??
      createCustomer(tx, keyring, { name: conversation.profileName ?? turn.t('CHAT_CUSTOMER_UNNAMED', { channel: turn.t(`KDS_CHANNEL_${conversation.channel}`) }), phone }).id;
    // The proof of consent (LGPD art. 8): the channel, now, and the question as the customer read it, kept without their name.
    recordConsent(tx, customerId, 'PERSONAL_DATA', true, conversation.channel, consentQuestion(turn, ''));
  }
  setConsent(tx, conversation.id, granted ? 'GRANTED' : 'DENIED', customerId);
  turn.text(granted ? 'CHAT_CONSENT_GRANTED' : 'CHAT_CONSENT_DENIED');
  const held = turn.context.heldText;
  turn.context.heldText = null;
  turn.context.pending = null;
  if (held) readText(turn, held);
  else greet(turn);
}

/** Hello, by the customer's first name when they let the store remember it. */
export function greet(turn: ChatTurn): void {
  const { conversation, tx } = turn;
  const customerName = conversation.consent === 'GRANTED' && conversation.customerId ? loadCustomer(tx, vaultOf(tx.db).keyring, conversation.customerId).name : null;
  const name = firstName(customerName);
  if (name) turn.text('CHAT_GREETING_NAMED', { name });
  else turn.text('CHAT_GREETING');
}
