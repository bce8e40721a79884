import type { JournalEvent, MatchingType } from '../../../contract/index';
import { effect } from '@preact/signals';
import { fetchPageJson } from '../../shared/api';
import { brokerUrl, MqttClient } from '../../shared/mqtt/client';
import { loadCatalog, refreshProduct } from './catalog';
import { orderStatusChanged, sentOrders } from './sale';
import { call, operator } from './session';

interface PosConfig {
  storeId: string;
  storeName: string;
}

export const config: { value: PosConfig | null } = { value: null };

/**
 * Live updates over MQTT with the operator's credentials: prices and availability
 * (`catalog.product_upserted`) and the kitchen status of this terminal's orders (`order.*`). After
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
    const root = `store/${config.value.storeId}/events`;
    const live: MqttClient = new MqttClient(
      brokerUrl(),
      { username: username!, password: current.token, clientId: `pos-${crypto.randomUUID().slice(0, 8)}`, keepaliveSeconds: 10, reconnectMs: 1000 },
      {
        connect: () => {
          void live.subscribe([`${root}/order.+`, `${root}/catalog.product_upserted`], 1);
          void rebuild();
        },
        // A refused CONNECT is an access token past its 30 minutes: the next API call rotates it.
        refused: () => setTimeout(() => live.reconnect(operator.value?.token), 2000),
        message: (_topic, payload) => receive(JSON.parse(new TextDecoder().decode(payload))),
      },
    );
    client = live;
    live.start();
  });
}

async function rebuild(): Promise<void> {
  await loadCatalog().catch(() => undefined);
  for (const order of sentOrders.value) {
    const fresh = await call<{ status: string }>('GET', `/orders/${order.id}`).catch(() => null);
    if (fresh) orderStatusChanged(order.id, fresh.status);
  }
}

/** The journal events this terminal subscribes to, typed by the journal contract. */
type LiveEvent = JournalEvent<MatchingType<'order.*'> | 'catalog.product_upserted'>;

function receive(event: LiveEvent): void {
  if (event.type === 'catalog.product_upserted') void refreshProduct(event.payload.product.id).catch(() => undefined);
  else if ('status' in event.payload) orderStatusChanged(event.aggregateId, event.payload.status);
}

export async function loadConfig(): Promise<void> {
  config.value = await fetchPageJson<PosConfig>('/pos/config.json');
}
