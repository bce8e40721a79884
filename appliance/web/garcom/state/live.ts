import { effect } from '@preact/signals';
import { brokerUrl, MqttClient } from '../../shared/mqtt/client';
import { t } from '../texts';
import { loadCatalog } from './catalog';
import { loadFloor, refreshTab, refreshTables, tabOfOrder, tables } from './floor';
import { followJoinedDrafts } from './round';
import { api, config, waiter } from './session';
import { offline, openTableId, sheet, tell } from './ui';

/** The journal events the floor plan follows; payloads are read only for the ids they name. */
interface LiveEvent {
  type: string;
  aggregateId: string;
  payload: { tabId?: string; orderId?: string; sourceTabId?: string; fromTableId?: string; toTableId?: string };
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
  // The back office's floor editor: a table renamed, added or placed elsewhere, a new floor or section.
  'tables.table_updated',
  'tables.table_added',
  'tables.table_placed',
  'tables.section_added',
  'tables.layout_created',
  // Guests declining the service charge at the till or on another phone: the bill here follows.
  'tables.service_charge_waived',
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
        if (event.type === 'tables.tabs_merged') void followJoinedDrafts().catch(() => undefined);
        if (event.type === 'tables.tab_transferred') followMovedGuests(event.payload);
      })
      .catch(() => undefined);
    return;
  }
  const orderId = event.payload.orderId ?? (event.type.startsWith('order.') ? event.aggregateId : undefined);
  if (orderId) touch(tabOfOrder(orderId));
}

/**
 * A colleague moved the guests of the table open on this phone to another table: the phone goes
 * with them, so the round being taken (kept on their tab) and their bill stay in front of the
 * waiter, and says where they went, instead of showing their old table free.
 */
function followMovedGuests({ fromTableId, toTableId }: LiveEvent['payload']): void {
  if (!fromTableId || !toTableId || openTableId.value !== fromTableId) return;
  const labelOf = (id: string) => tables.value.find((table) => table.id === id)?.label ?? '';
  openTableId.value = toTableId;
  sheet.value = null;
  tell('info', t('WAITER_TAB_MOVED', { from: labelOf(fromTableId), to: labelOf(toTableId) }));
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
          // A join missed while the phone was away still carries the round being taken to the joined bill.
          void loadFloor()
            .then(followJoinedDrafts)
            .catch(() => undefined);
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
