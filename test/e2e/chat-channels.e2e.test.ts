import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatChannel } from '../../appliance/contract/index.js';
import { fiscalReferenceAvailable, referencePaths, writeDemoSettings } from '../../appliance/src/fiscal/index.js';
import { validateXml } from '../../appliance/src/fiscal/shared/xmllint.js';
import { SefazSimulator } from '../../appliance/src/fiscal/simulators/sefaz-simulator.js';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { AsaasSimulator } from '../../appliance/src/payments/simulators/asaas-simulator.js';
import { MetaGraphSimulator, type GraphSent } from '../../cloud-relay/src/chat/meta-graph-simulator.js';
import { whatsappContent } from '../../cloud-relay/src/chat/meta-webhook-payloads.js';
import { findFreePort } from '../../cloud-relay/src/db/embedded-postgres.js';
import { readQrPng } from '../../cloud-relay/src/testing/read-qr.js';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { ApiClient } from '../support/http-client.js';
import { spawnRelay, spawnReplicatingAppliance, type ChildHandle } from './relay-process.js';

const RELAY_ADMIN = 'Matriz#2026';
const STORE_ADMIN = 'Admin#2026x';
const APP_SECRET = 'meta-app-secret-e2e-0123456789';
const ACCOUNTS: Record<ChatChannel, string> = { WHATSAPP: '106540352242922', MESSENGER: '104927315589301', INSTAGRAM: '17841405822304914' };

const meta = new MetaGraphSimulator(APP_SECRET);

/** What a customer sees of one message the store sent: its text and the ids of its choices. */
function seen(sent: GraphSent): { text: string; ids: string[] } {
  const body = sent.body;
  if (sent.channel !== 'WHATSAPP') return { text: body.message.text, ids: (body.message.quick_replies ?? []).map((q: { payload: string }) => q.payload) };
  if (body.type === 'text') return { text: body.text.body, ids: [] };
  if (body.type === 'template') return { text: `template:${body.template.name}`, ids: [] };
  // An image is what its QR code says (read from the picture, as a phone would).
  if (body.type === 'image') return { text: `image:${sent.image ? readQrPng(sent.image.bytes) : ''}`, ids: [] };
  const { interactive } = body;
  const ids = interactive.type === 'button' ? interactive.action.buttons.map((b: { reply: { id: string } }) => b.reply.id) : interactive.action.sections.flatMap((s: { rows: { id: string }[] }) => s.rows.map((r) => r.id));
  return { text: interactive.body.text, ids };
}

/**
 * Acceptance of the chat channels end to end: the Meta simulator plays the customer and the Graph
 * API, the built relay routes the webhooks to a built store appliance (demo menu, KDS, the Asaas
 * PIX simulator), and the store's answers come back through the relay to the customer's phone.
 */
describe('chat orders over WhatsApp, Instagram and Messenger through the relay into the store', () => {
  let postgres: TestPostgres;
  let asaas: AsaasSimulator;
  const sefaz = new SefazSimulator({ validateSchemas: fiscalReferenceAvailable() });
  let dir: string;
  let relay: (ChildHandle & { httpPort: number }) | null = null;
  let store: (ChildHandle & { httpPort: number }) | null = null;
  let pos: ApiClient;
  let webhookUrl: string;

  /** One customer on one channel: what they send, and the store's messages they have read so far. */
  function customer(channel: ChatChannel, userId: string, name = 'Maria Oliveira', sentAgoMs = 0) {
    let read = 0;
    let last: unknown = null;
    const deliver = async (body: unknown) => {
      last = body;
      const answer = await meta.deliver(webhookUrl, body);
      expect(answer.status).toBe(200);
      return answer.body.data as { new: number; duplicates: number };
    };
    return {
      say: (text: string) => deliver(channel === 'WHATSAPP' ? meta.whatsapp(ACCOUNTS.WHATSAPP, userId, name, whatsappContent.text(text), meta.now() - sentAgoMs).body : meta.messaging(channel, ACCOUNTS[channel], userId, text).body),
      tap: (id: string, title = id) => deliver(channel === 'WHATSAPP' ? meta.whatsapp(ACCOUNTS.WHATSAPP, userId, name, whatsappContent.buttonReply(id, title), meta.now() - sentAgoMs).body : meta.messaging(channel, ACCOUNTS[channel], userId, title, id).body),
      /** Meta delivers the last webhook again. */
      redeliver: () => deliver(last),
      /** Waits for a store message the customer has not read yet that `match`es; marks everything up to it read. */
      async receives(what: string, match: (message: { text: string; ids: string[] }) => boolean) {
        const fresh = await waitUntil(what, () => meta.sentTo(userId).slice(read).map(seen), (messages) => messages.some(match), { timeoutMs: 45_000, intervalMs: 100 });
        read += fresh.findIndex(match) + 1;
        return fresh.find(match)!;
      },
    };
  }

  const openTicketsOf = async (orderId: string) => {
    const stations = (await pos.get('/kds/stations')).body.data as { code: string }[];
    const tickets = await Promise.all(stations.map(async (s) => (await pos.get(`/kds/${s.code}/tickets`)).body.data as { ticketId: string; orderId: string; station: string }[]));
    return tickets.flat().filter((t) => t.orderId === orderId);
  };
  const conversationOf = async (channel: ChatChannel) => ((await pos.get('/chat/conversations')).body.data as { id: string; channel: string; status: string }[]).find((c) => c.channel === channel);

  beforeAll(async () => {
    postgres = await startTestPostgres();
    dir = mkdtempSync(join(tmpdir(), 'chefia-chat-channels-e2e-'));
    await meta.start();
    asaas = await new AsaasSimulator({ apiKey: 'e2e-asaas', webhookToken: 'e2e-asaas-hook' }).start();
    // The demo store's homologação NFC-e settings, pointed at this test's SEFAZ simulator.
    const sefazUrl = await sefaz.start();
    const fiscalConfig = writeDemoSettings(join(dir, 'store'));
    writeFileSync(join(dir, 'store', 'fiscal', 'sefaz-ca.pem'), sefaz.caPem);
    writeFileSync(fiscalConfig, JSON.stringify({ ...JSON.parse(readFileSync(fiscalConfig, 'utf8')), sefazBaseUrl: sefazUrl, sefazCaFile: 'sefaz-ca.pem', transmitIntervalSeconds: 5 }, null, 2));
    const port = await findFreePort();
    relay = await spawnRelay(
      {
        RELAY_HTTP_PORT: String(port),
        DATABASE_URL: await postgres.freshDatabase('relay_chat'),
        RELAY_DATA_DIR: join(dir, 'relay'),
        RELAY_ADMIN_PASSWORD: RELAY_ADMIN,
        RELAY_META_APP_SECRET: APP_SECRET,
        RELAY_META_VERIFY_TOKEN: 'verifica-e2e',
        RELAY_META_GRAPH_URL: meta.graphUrl,
      },
      60_000,
    );
    const relayUrl = `http://127.0.0.1:${port}`;
    webhookUrl = `${relayUrl}/api/v1/chat/meta/webhook`;
    const hq = new ApiClient(relayUrl);
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN })).body.data.token;
    const created = await hq.post('/stores', { code: 'CHAT', name: 'Loja do WhatsApp' });
    for (const channel of ['WHATSAPP', 'MESSENGER', 'INSTAGRAM'] as const) {
      const account = meta.addAccount(channel, ACCOUNTS[channel]);
      const saved = await hq.call('PUT', '/chat-accounts', { storeId: created.body.data.store.id, channel, platformAccountId: account.accountId, accessToken: account.accessToken });
      expect(saved.status).toBe(200);
    }
    store = await spawnReplicatingAppliance(
      {
        CHEFIA_DATA_DIR: join(dir, 'store'),
        CHEFIA_DEMO: '1',
        CHEFIA_ADMIN_PASSWORD: STORE_ADMIN,
        CHEFIA_STORE_ID: 'loja-chat',
        CHEFIA_RELAY_URL: relayUrl,
        CHEFIA_ENROLLMENT_CODE: created.body.data.enrollmentCode,
        CHEFIA_PIX_GATEWAYS: 'ASAAS',
        CHEFIA_ASAAS_URL: asaas.baseUrl,
        CHEFIA_ASAAS_API_KEY: 'e2e-asaas',
        CHEFIA_ASAAS_WEBHOOK_TOKEN: 'e2e-asaas-hook',
      },
      120_000,
    );
    asaas.webhookUrl = `http://127.0.0.1:${store.httpPort}/api/v1/payments/webhooks/asaas`;
    pos = await new ApiClient(`http://127.0.0.1:${store.httpPort}`).login('admin', STORE_ADMIN);
    expect((await pos.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
  }, 240_000);

  afterAll(async () => {
    await store?.kill('SIGTERM');
    await relay?.kill('SIGTERM');
    await Promise.all([meta.close(), asaas?.close(), sefaz.stop()]);
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('WhatsApp: an order with its clarifying question, paid by PIX, reaches the KDS; the customer reads "confirmado" and "saiu para entrega"; a forged webhook is refused and a redelivery creates nothing', async () => {
    const maria = customer('WHATSAPP', '5511987654321');
    const forged = await meta.deliver(webhookUrl, meta.whatsapp(ACCOUNTS.WHATSAPP, '5511987654321', 'Maria', whatsappContent.text('quero 10 x-bacon')).body, 'segredo-forjado');
    expect([forged.status, forged.body.error.code]).toEqual([401, 'INVALID_SIGNATURE']);

    await maria.say('quero 2 x-bacon ao ponto e uma coca');
    await maria.receives('the consent question', (m) => m.ids.includes('consent:yes'));
    await maria.tap('consent:yes', 'Sim');
    // The message names the doneness, so it is complete: the bot goes on to delivery or pickup.
    const sofar = await maria.receives('the cart so far', (m) => m.ids.includes('fulfilment:DELIVERY'));
    expect(sofar.text).toContain('2x X-Bacon (Ao ponto)\n1x Coca-Cola lata 350 ml');
    // "refri" is two products of the demo menu: one clarifying question, with the choices.
    await maria.say('e um refri');
    const question = await maria.receives('the clarifying question', (m) => m.ids.some((id) => id.startsWith('pick:')));
    expect(question.ids).toEqual(['pick:prod-coke', 'pick:prod-guarana']);
    await maria.tap('pick:prod-guarana', 'Guaraná lata 350 ml');
    const cart = await maria.receives('delivery or pickup again', (m) => m.ids.includes('fulfilment:DELIVERY'));
    expect(cart.text).toContain('1x Guaraná lata 350 ml');
    await maria.tap('fulfilment:DELIVERY', 'Entrega');
    await maria.receives('the address question', (m) => m.text.startsWith('Qual o endereço'));
    await maria.say('Rua dos Pinheiros, 100 - Pinheiros');
    await maria.receives('the payment question', (m) => m.ids.includes('pay:PIX'));
    await maria.tap('pay:PIX', 'Pix');
    const summary = await maria.receives('the summary', (m) => m.ids.includes('confirm:yes'));
    expect(summary.text).toContain('2x X-Bacon (Ao ponto)');
    expect(summary.text).toContain('Taxa de entrega: R$ 7,00');
    const cents = (text: string, label: RegExp) => {
      const [reais, centavos] = label.exec(text)!.slice(1);
      return Number(reais) * 100 + Number(centavos);
    };
    const lines = [...summary.text.matchAll(/ — R\$ (\d+),(\d{2})/g)].reduce((sum, [, reais, centavos]) => sum + Number(reais) * 100 + Number(centavos), 0);
    const totalCents = cents(summary.text, /Total: R\$ (\d+),(\d{2})/);
    expect(totalCents).toBe(lines + 700);

    await maria.tap('confirm:yes', 'Confirmar');
    expect(await maria.redeliver()).toMatchObject({ new: 0, duplicates: 1 });
    const registered = await maria.receives('the PIX amount', (m) => /^Pedido nº \d+ registrado!/.test(m.text));
    const number = /nº (\d+)/.exec(registered.text)![1];
    const pending = [...asaas.payments.values()].filter((p) => p.status === 'PENDING');
    expect(pending).toHaveLength(1);
    // What the customer pays at the gateway is the summary's total, delivery fee included.
    expect(cents(registered.text, /Pague R\$ (\d+),(\d{2})/)).toBe(totalCents);
    expect(pending[0].valueCents).toBe(totalCents);
    // The EMV "copia e cola" code of the gateway's charge, on its own so the customer can copy it, then the same code as a QR image.
    const copyPaste = await maria.receives('the PIX copy-and-paste code', (m) => m.text.startsWith('000201'));
    await maria.receives('the PIX QR code image', (m) => m.text === `image:${copyPaste.text}`);
    const image = meta.sentTo('5511987654321').find((s) => s.body.type === 'image')!;
    expect(image.body.image.caption).toMatch(/^Se preferir, leia este QR Code no app do seu banco/);
    await asaas.pay(pending[0].id);

    await maria.receives('"confirmado"', (m) => m.text.startsWith(`Pedido nº ${number} confirmado!`));
    const orders = (await pos.get('/orders?size=100')).body.data as { id: string; number: number; channel: string; status: string }[];
    const order = orders.find((o) => String(o.number) === number)!;
    expect(order).toMatchObject({ channel: 'WHATSAPP', status: 'CONFIRMED', totalCents, deliveryFeeCents: 700 });
    expect(orders.filter((o) => o.channel === 'WHATSAPP')).toHaveLength(1);
    const tickets = await waitUntil('the kitchen tickets', () => openTicketsOf(order.id), (t) => t.length > 0);
    for (const action of ['start', 'bump']) {
      for (const ticket of tickets) expect((await pos.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action })).status).toBe(200);
    }
    // The store's own delivery record: the courier takes it out through dispatch.
    const deliveryOf = await pos.get(`/delivery/orders/${order.id}`);
    expect(deliveryOf.status).toBe(200);
    expect(deliveryOf.body.data).toMatchObject({ feeCents: 700, prepaid: true, amountDueCents: 0, destination: { street: 'Rua dos Pinheiros, 100 - Pinheiros', district: 'Pinheiros' } });
    const courier = await pos.post('/delivery/couriers', { name: 'João Motoboy', payPerDeliveryCents: 500 });
    expect((await pos.post(`/delivery/deliveries/${deliveryOf.body.data.id}/dispatch`, { courierId: courier.body.data.id })).status).toBe(200);
    await maria.receives('"saiu para entrega"', (m) => m.text.startsWith(`Seu pedido nº ${number} saiu para entrega!`));

    // The NFC-e of the paid order has the fee as freight and is valid against the schema; a chat
    // address names no city code and the customer gave no CPF, so it is not declared a home delivery
    // (SEFAZ refuses one without the customer's id and address: 787, 788).
    const documents = await waitUntil('the NFC-e', async () => (await pos.get(`/fiscal/documents?orderId=${order.id}`)).body.data as { id: string; status: string; totalCents: number }[], (d) => d.some((x) => x.status === 'AUTHORIZED'), { timeoutMs: 60_000 });
    const nfce = documents.find((d) => d.status === 'AUTHORIZED')!;
    expect(nfce.totalCents).toBe(totalCents);
    const xml = await (await fetch(`http://127.0.0.1:${store!.httpPort}/api/v1/fiscal/documents/${nfce.id}/xml`, { headers: { authorization: `Bearer ${pos.token}` } })).text();
    expect(xml).toContain('<vFrete>7.00</vFrete>');
    expect(xml).toContain(`<vNF>${(totalCents / 100).toFixed(2)}</vNF>`);
    expect(xml).toContain('<indPres>1</indPres>');
    if (fiscalReferenceAvailable()) {
      const valid = await validateXml(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), xml);
      expect(valid.valid, valid.output).toBe(true);
    }
    expect(meta.refusals).toEqual([]);
  }, 180_000);

  it.each(['INSTAGRAM', 'MESSENGER'] as const)('%s: the menu comes as the category list; "falar com atendente" hands over and the staff reply reaches the customer', async (channel) => {
    const ana = customer(channel, channel === 'INSTAGRAM' ? '17841400000777' : '24012345678777', 'Ana');
    await ana.say('oi');
    await ana.receives('the consent question', (m) => m.ids.includes('consent:no'));
    await ana.tap('consent:no', 'Não');
    await ana.say('me manda o cardápio');
    const categories = await ana.receives('the category list', (m) => m.ids.some((id) => id.startsWith('cat:')));
    expect(categories.ids).toContain('cat:cat-burgers');

    await ana.say('quero falar com atendente');
    await ana.receives('the hand-over notice', (m) => m.text.startsWith('Certo! Já chamei alguém'));
    const conversation = await waitUntil('the conversation waiting for staff', () => conversationOf(channel), (c) => c?.status === 'HANDED_OVER');
    expect((await pos.post(`/chat/conversations/${conversation!.id}/reply`, { text: 'Oi, Ana! Aqui é o João, em que posso ajudar?' })).status).toBe(200);
    await ana.receives('the staff reply', (m) => m.text === 'Oi, Ana! Aqui é o João, em que posso ajudar?');
  }, 120_000);

  it('outside the 24-hour window only the template reaches the customer: the simulator refuses every free-form reply', async () => {
    // The customer's messages were sent 25 hours ago and delivered late: every answer is outside the window.
    const late = customer('WHATSAPP', '5511911112222', 'Carlos', 25 * 60 * 60_000);
    await late.say('oi');
    await late.tap('consent:no', 'Não');
    await late.say('1 batata frita');
    await late.tap('fulfilment:PICKUP', 'Retirada');
    await late.tap('pay:CARD', 'Cartão');
    await late.tap('confirm:yes', 'Confirmar');
    const template = await late.receives('the order confirmation template', (m) => m.text === 'template:pedido_confirmado');
    expect(template.ids).toEqual([]);
    expect(meta.sentTo('5511911112222').map((s) => s.body.type)).toEqual(['template']);
    const refused = meta.refusals.filter((r) => r.to === '5511911112222');
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((r) => r.code))).toEqual(new Set([131047]));
  }, 120_000);
});
