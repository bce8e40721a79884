import { effect } from '@preact/signals';
import { brokerUrl, MqttClient } from '../../shared/mqtt/client';
import { loadCatalog } from './catalog';
import { loadFloor, refreshTab, refreshTables, tabOfOrder } from './floor';
import { api, config, waiter } from './session';
import { offline } from './ui';

/** The journal events the floor plan follows; payloads are read only for the ids they name. */
interface LiveEvent {
  type: string;
  aggregateId: string;
  payload: { tabId?: string; orderId?: string; sourceTabId?: string };
}

/**
 * The journal events that change what the floor shows. MQTT wildcards take whole topic levels, so
 * each type is its own filter (the broker drops a client that subscribes to `order.+`).
 */
const FOLLOWED = [
  'tables.tab_opened',
  'tables.tab_transferred',
  'tables.tabs_merged',
  'tables.tab_order_added',
  'tables.bill_requested',
  'tables.bill_reopened',
  'tables.tab_closed',
  'tables.status_changed',
  'order.items_added',
  'order.round_confirmed',
  'order.preparing',
  'order.ready',
  'order.item_status_changed',
  'order.items_transferred',
  'order.discount_applied',
  'order.cancelled',
  'order.paid',
  'payment.captured',
  'payment.refunded',
];

/** A burst of events (a round emits one per line) reads a tab once. */
const dirty = new Set<string>();

function touch(tabId: string | undefined): void {
  if (!tabId) return;
  if (dirty.size === 0) {
    setTimeout(() => {
      const ids = [...dirty];
      dirty.clear();
      for (const id of ids) void refreshTab(id).catch(() => undefined);
    }, 40);
  }
  dirty.add(tabId);
}

function receive(event: LiveEvent): void {
  if (event.type.startsWith('tables.')) {
    // A tab opened, moved, merged or closed changes which table shows it: the statuses first.
    void refreshTables()
      .then(() => {
        touch(event.payload.tabId);
      })
      .catch(() => undefined);
    return;
  }
  const orderId = event.payload.orderId ?? (event.type.startsWith('order.') ? event.aggregateId : undefined);
  if (orderId) touch(tabOfOrder(orderId));
}

/**
 * Live floor over MQTT with the waiter's credentials: tables, orders (the kitchen's progress) and
 * payments. After every (re)connect the floor is rebuilt from HTTP, so nothing missed during a
 * Wi-Fi drop lingers.
 */
export function startLive(): void {
  let client: MqttClient | null = null;
  effect(() => {
    const current = waiter.value;
    const store = config.value;
    client?.end();
    client = null;
    if (!current || !store) return;
    const root = `store/${store.storeId}/events`;
    const live: MqttClient = new MqttClient(
      brokerUrl(),
      { username: current.user.username, password: current.token, clientId: `garcom-${crypto.randomUUID().slice(0, 8)}`, keepaliveSeconds: 10, reconnectMs: 1000 },
      {
        connect: () => {
          offline.value = false;
          void live.subscribe(
            FOLLOWED.map((type) => `${root}/${type}`),
            1,
          );
          void loadFloor().catch(() => undefined);
          void loadCatalog().catch(() => undefined);
        },
        lost: () => {
          offline.value = true;
        },
        // A refused CONNECT is an access token past its 30 minutes: one API call rotates it (the client
        // refreshes on the 401), then the link comes back with the new token; waiting for some other
        // call left the screen "sem conexão", without live updates, after a Wi-Fi blip.
        refused: () => setTimeout(() => void rotateToken().then(() => live.reconnect(waiter.value?.token)), 2000),
        message: (_topic, payload) => receive(JSON.parse(new TextDecoder().decode(payload)) as LiveEvent),
      },
    );
    client = live;
    live.start();
  });
}

/** Any authenticated call refreshes an expired access token; `/auth/me` is the lightest. */
const rotateToken = () => api.get('/api/v1/auth/me').then(
  () => undefined,
  () => undefined,
);
