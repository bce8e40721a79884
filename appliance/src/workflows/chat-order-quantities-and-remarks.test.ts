/**
 * A chat customer writes quantities the way people do: "0,5 pizza", "1,5 kg", "100 dúzias de
 * coca". The store only sells whole units by chat and a sensible amount of each: a decimal comma
 * is part of the number (never "0" and "5 pizzas"), a half or an absurd count is asked about
 * instead of being ordered as something else, and "N dúzias" is N × 12. A remark the customer
 * repeats ("sem cebola, sem cebola") reaches the kitchen once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatOutboundMessage } from '../../contract/chat.js';
import { catalogModule } from '../catalog/index.js';
import { createChatModule, MenuIndex, orderableQuantityOf, parseChatMessage } from '../chat/index.js';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogChatMenu } from './chat-menu.js';
import { chatCustomers, chatStoreModules } from './chat-test-support.js';
import { NOON_MONDAY, } from './test-support.js';

describe('quantities and remarks as a chat customer writes them', () => {
  let app: TestAppliance;
  let manager: string;
  let menu: MenuIndex;

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule, createChatModule({ menu: catalogChatMenu })], { env: { CHEFIA_DEMO: '1' } });
    manager = app.bearer(['chat.parse']);
    menu = new MenuIndex(catalogChatMenu(app.ctx).read());
  });
  afterAll(() => app?.close());

  const parse = async (text: string) => {
    const answer = await callApi(app, manager, 'POST', '/chat/parse', { text });
    expect(answer.status).toBe(200);
    return answer.body.data;
  };

  it('never reads a decimal comma as a break: half a pizza is asked about, not ordered as 5 pizzas', async () => {
    expect(await parse('0,5 pizza')).toEqual({ intent: 'ORDER', items: [], removedProductIds: [], correctedQuantity: null, unresolved: ['0,5 pizza'] });
    expect(await parse('quero 1.5 pizza de calabresa e uma coca')).toEqual({
      intent: 'ORDER',
      items: [{ productId: 'prod-coke', quantity: 1, optionIds: [], notes: null }],
      removedProductIds: [],
      correctedQuantity: null,
      unresolved: ['1.5 pizza'],
    });
    // Nothing on the chat menu is weighed: the weight stays one number with what it weighs.
    expect((await parse('quero 1,5 kg de picanha')).unresolved).toEqual(['1,5 picanha']);
    expect((await parse('2,0 cocas')).items).toEqual([{ productId: 'prod-coke', quantity: 2, optionIds: [], notes: null }]);
    // A comma next to a word still separates what was asked.
    expect((await parse('2 cocas,3 guaranás')).items.map((i: { quantity: number }) => i.quantity)).toEqual([2, 3]);
  });

  it('counts "N dúzias" as N × 12 and asks about a count no chat order takes', async () => {
    expect((await parse('quero 2 dúzias de coca')).items).toEqual([{ productId: 'prod-coke', quantity: 24, optionIds: [], notes: null }]);
    expect(await parse('100 dúzias de coca')).toEqual({ intent: 'ORDER', items: [], removedProductIds: [], correctedQuantity: null, unresolved: ['100 dúzias coca'] });
    expect(await parse('quero 60 cocas e um guaraná')).toEqual({
      intent: 'ORDER',
      items: [{ productId: 'prod-guarana', quantity: 1, optionIds: [], notes: null }],
      removedProductIds: [],
      correctedQuantity: null,
      unresolved: ['60 cocas'],
    });
    // A size is still no count.
    expect((await parse('coca 350 e guaraná')).items.map((i: { productId: string }) => i.productId)).toEqual(['prod-coke', 'prod-guarana']);
    // "1.000 cocas" is a thousand, written the Brazilian way: asked about, not one can.
    expect(await parse('1.000 cocas')).toEqual({ intent: 'ORDER', items: [], removedProductIds: [], correctedQuantity: null, unresolved: ['1.000 cocas'] });
    // A phrase naming several products is a choice only when its count can be ordered.
    expect(orderableQuantityOf('100 dúzias de refri')).toBeNull();
    expect(orderableQuantityOf('meia dúzia de refri')).toBe(6);
  });

  it('carries each remark once on an item, however often the customer writes it', () => {
    const notesOf = (text: string) => parseChatMessage(menu, text).items.map((i) => i.notes);
    expect(notesOf('x-bacon sem cebola, sem cebola')).toEqual(['sem cebola']);
    expect(notesOf('sem cebola um x-bacon sem cebola')).toEqual(['sem cebola']);
    expect(notesOf('um x-bacon sem cebola. não coloca cebola')).toEqual(['sem cebola']);
    expect(notesOf('x-bacon sem cebola e sem tomate, sem Cebola')).toEqual(['sem cebola, sem tomate']);
  });
});

const NOT_NOTED_ONE =
  'Não consegui anotar um item do que você escreveu: não está no cardápio ou a quantidade não dá para pedir por aqui (só unidades inteiras; para quantidades grandes, escreva "atendente"). Quer ver o cardápio ou seguir sem ele?';

describe('the chat conversation with such quantities and remarks', () => {
  let app: TestAppliance;

  beforeAll(async () => {
    app = await startTestAppliance(chatStoreModules(), { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
  });
  afterAll(() => app?.close());

  /** The relay delivers one customer message; answers the bot's replies to it. */
  const { send } = chatCustomers(() => app, { profileName: 'Ana' });
  const bodies = (messages: ChatOutboundMessage[]) => messages.map((m) => (m.kind === 'TEXT' ? m.text : m.kind === 'BUTTONS' || m.kind === 'LIST' ? m.body : m.kind));
  /** A first message: the consent question, then the message read once consent is given. */
  const firstMessage = async (contactId: string, text: string) => {
    await send(contactId, { kind: 'TEXT', text });
    return send(contactId, { kind: 'REPLY', replyId: 'consent:yes', title: 'Autorizo' });
  };

  it('asks about half a pizza and 100 dozen cans instead of putting 5 pizzas or 12 cans in the cart', async () => {
    const half = await firstMessage('c-half', '0,5 pizza');
    expect(bodies(half).at(-1)).toBe(NOT_NOTED_ONE);
    expect(bodies(await send('c-half', { kind: 'REPLY', replyId: 'unresolved:skip', title: 'Seguir sem isso' }))).toEqual(['Seu pedido está vazio. O que vai querer?']);

    const dozens = await firstMessage('c-dozens', 'quero 100 dúzias de coca e 1 guaraná');
    expect(bodies(dozens).at(-1)).toBe(NOT_NOTED_ONE);
    const cart = await send('c-dozens', { kind: 'REPLY', replyId: 'unresolved:skip', title: 'Seguir sem isso' });
    expect(bodies(cart)[0]).toBe('Seu pedido até agora:\n1x Guaraná lata 350 ml\nÉ para entrega ou retirada na loja?');

    // "refri" names several products: no "Qual destes?" whose pick would order one can.
    expect(bodies(await firstMessage('c-dozens-refri', 'quero 100 dúzias de refri')).at(-1)).toBe(NOT_NOTED_ONE);
  });

  it('shows a repeated remark once on the cart line', async () => {
    await firstMessage('c-onion', 'um x-bacon sem cebola, sem cebola');
    const cart = await send('c-onion', { kind: 'REPLY', replyId: 'opt:medium', title: 'Ao ponto' });
    expect(bodies(cart)[0]).toBe('Seu pedido até agora:\n1x X-Bacon (Ao ponto, sem cebola)\nÉ para entrega ou retirada na loja?');
  });
});
