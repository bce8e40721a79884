import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent } from '../../contract/chat.js';
import { cashierModule } from '../cashier/index.js';
import { createChatModule } from '../chat/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { catalogChatMenu } from './chat-menu.js';
import { createChatApplier } from './chat-conversation.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules } from './test-support.js';

const NOW = NOON_MONDAY.now().toISOString();

/**
 * A chat customer's name and delivery address are sealed at rest and shown only to staff holding
 * `chat.read`. A waiter tablet (device permissions: catalog.read, tables.read) subscribes to the
 * store's `events/#` for the floor: it must not receive the customers' personal data from there.
 */
describe('chat customers\' personal data and the floor devices\' MQTT events', () => {
  let asaas: AsaasSimulator;
  let app: TestAppliance;
  let tablet: MqttClient;
  const seen: string[] = [];
  let cursor = 0;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 10_000 })] });
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, payments, deliveryModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    const manager = apiAs(app, ['business_day.manage'], 'MANAGER');
    expect((await manager.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
    // The harness's test authenticator: a paired WAITER_TABLET device.
    tablet = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'device:WAITER_TABLET', password: 'test', reconnectPeriod: 0, connectTimeout: 5000 });
    tablet.on('message', (topic, payload) => seen.push(`${topic} ${payload.toString()}`));
    const granted = await tablet.subscribeAsync(`store/${app.ctx.config.storeId}/events/#`, { qos: 1 });
    expect(granted[0].qos).not.toBe(128);
  });
  afterAll(async () => {
    await tablet?.endAsync();
    await app?.close();
    await asaas?.close();
  });

  const send = async (content: ChatInboundContent) => {
    cursor += 1;
    const payload = { messageId: `wamid.${cursor}`, channel: 'WHATSAPP', contactId: 'c-maria', userId: '5511987654321', profileName: 'Maria Oliveira', sentAt: NOW, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  };
  const tap = (replyId: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title: replyId });

  it('a waiter tablet on events/# never receives a chat customer\'s name or delivery address', async () => {
    await send({ kind: 'TEXT', text: 'quero uma coca' });
    await send(tap('consent:yes'));
    await send(tap('fulfilment:DELIVERY'));
    await send({ kind: 'TEXT', text: 'Rua dos Pinheiros, 100 - Pinheiros' });
    await send(tap('pay:PIX'));
    // Let the broker deliver what the journal published.
    await expect.poll(() => seen.some((s) => s.includes('chat.')), { timeout: 3000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 300));

    const snippet = (s: string) => {
      const at = Math.max(s.indexOf('Rua dos Pinheiros'), s.indexOf('Maria'));
      return `${s.slice(0, s.indexOf(' '))} …${s.slice(Math.max(0, at - 60), at + 60)}…`;
    };
    const leaked = seen.filter((s) => s.includes('Rua dos Pinheiros') || s.includes('Maria')).map(snippet);
    expect(leaked).toEqual([]);
  });
});
