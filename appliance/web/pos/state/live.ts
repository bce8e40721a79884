import type { EventType, JournalEvent } from '../../../contract/index';
import type { CardPromptMessage } from '../../../contract/screens';
import { effect } from '@preact/signals';
import { brokerUrl, MqttClient } from '../../shared/mqtt/client';
import { cardPromptReceived } from './card-payment';
import { config } from './config';
import { offline } from './connection';
import { loadCatalog, refreshProduct } from './catalog';
import { refreshChatWaiting } from './chat-waiting';
import { orderStatusChanged, sentOrders } from './sale';
import { api, operator } from './session';

/**
 * The journal events this terminal follows: its orders' kitchen status and the catalog's prices and
 * availability. Each event type is its own topic (`store/<id>/events/<type>`), and an MQTT wildcard
 * only stands for a whole level: a filter like `order.+` is a protocol error the broker answers by
 * closing the link, which made the terminal reconnect, and reload the catalog, every second.
 */
const LIVE_EVENT_TYPES = ['order.confirmed', 'order.preparing', 'order.ready', 'order.delivering', 'order.completed', 'order.cancelled', 'catalog.product_upserted', 'catalog.category_upserted', 'chat.conversation_updated'] as const satisfies readonly EventType[];

/**
 * Live updates over MQTT with the operator's credentials: prices and availability
 * (`catalog.product_upserted`; a category switched on or off reloads the catalog), the kitchen status of this terminal's orders, the chat
 * conversations waiting for a person, and the TEF terminal's prompts during a card payment
 * (`card-prompts/{orderId}`). After
 * every (re)connect the screen rebuilds from HTTP, so nothing missed during an outage lingers.
 */
export function startLive(): void {
  let client: MqttClient | null = null;
  effect(() => {
    const current = operator.value;
    const username = current?.user.username;
    client?.end();
    client = null;
    if (!current || !config.value) return;
    const root = `store/${config.value.storeId}`;
    const live: MqttClient = new MqttClient(
      brokerUrl(),
      { username: username!, password: current.token, clientId: `pos-${crypto.randomUUID().slice(0, 8)}`, keepaliveSeconds: 10, reconnectMs: 1000 },
      {
        connect: () => {
          offline.value = false;
          void live.subscribe([...LIVE_EVENT_TYPES.map((type) => `${root}/events/${type}`), `${root}/card-prompts/+`], 1);
          void rebuild();
        },
        // A link that drops says "sem conexão" at once, even when nothing is being sent: the cashier
        // should know before taking the next sale that the kitchen and the catalog are out of reach.
        lost: () => {
          offline.value = true;
        },
        // A refused CONNECT is an access token past its 30 minutes: one API call rotates it (the client
        // refreshes on the 401), then the link comes back with the new token; waiting for some other
        // call left the screen "sem conexão", without live updates, after a Wi-Fi blip.
        refused: () => setTimeout(() => void rotateToken().then(() => live.reconnect(operator.value?.token)), 2000),
        message: (topic, payload) => {
          const message: unknown = JSON.parse(new TextDecoder().decode(payload));
          if (topic.startsWith(`${root}/card-prompts/`)) cardPromptReceived(message as CardPromptMessage);
          else receive(message as LiveEvent);
        },
      },
    );
    client = live;
    live.start();
  });
}

async function rebuild(): Promise<void> {
  await loadCatalog().catch(() => undefined);
  await refreshChatWaiting();
  for (const order of sentOrders.value) {
    const fresh = await api.get('/api/v1/orders/{id}', { params: { path: { id: order.id } } }).catch(() => null);
    if (fresh) orderStatusChanged(order.id, fresh.status);
  }
}

/** The journal events this terminal subscribes to, typed by the journal contract. */
type LiveEvent = JournalEvent<(typeof LIVE_EVENT_TYPES)[number]>;

function receive(event: LiveEvent): void {
  if (event.type === 'catalog.product_upserted') void refreshProduct(event.payload.product.id).catch(() => undefined);
  // A category switched off takes every product below it off the counter (and back when on again).
  else if (event.type === 'catalog.category_upserted') void loadCatalog().catch(() => undefined);
  else if (event.type === 'chat.conversation_updated') void refreshChatWaiting();
  else if ('status' in event.payload) orderStatusChanged(event.aggregateId, event.payload.status);
}

/** Any authenticated call refreshes an expired access token; `/auth/me` is the lightest. */
const rotateToken = () => api.get('/api/v1/auth/me').then(
  () => undefined,
  () => undefined,
);
