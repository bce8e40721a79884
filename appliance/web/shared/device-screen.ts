import { fetchPageJson } from './api';
import { createWebApi } from './appliance-api';
import { brokerUrl, MqttClient } from './mqtt/client';

/**
 * A screen that runs unattended as a paired device (order board, customer display): paired once
 * with the one-time code from the back office (or `?pair=CODE` in its address), its device token
 * kept in this browser's storage, and live data only from retained MQTT topics, so every
 * reconnect (Wi-Fi drop, appliance restart) redraws the screen without a reload.
 */
export interface PairedScreen {
  deviceId: string;
  token: string;
}

export interface ScreenConfig {
  storeId: string;
  storeName: string;
}

export function loadPairedScreen(storageKey: string): PairedScreen | null {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) || 'null') as PairedScreen | null;
    return saved?.deviceId && saved.token ? saved : null;
  } catch {
    return null;
  }
}

export async function pairScreen(storageKey: string, code: string): Promise<PairedScreen> {
  const answer = await createWebApi().post('/api/v1/devices/pair', { body: { code: code.trim().toUpperCase() } });
  const paired = { deviceId: answer.device.id, token: answer.deviceToken };
  localStorage.setItem(storageKey, JSON.stringify(paired));
  return paired;
}

export function forgetPairedScreen(storageKey: string): void {
  localStorage.removeItem(storageKey);
}

/** The pairing code in the page's address (the back office's QR code opens `<page>?pair=CODE`). */
export function pairingCodeInAddress(): string | null {
  return new URLSearchParams(location.search).get('pair');
}

export const loadScreenConfig = (page: string) => fetchPageJson<ScreenConfig>(`${page}/config.json`);

export interface ScreenLinkHandlers {
  message(topic: string, payload: unknown): void;
  /** Connected (true) or lost (false): the screen shows it is not live. */
  online(live: boolean): void;
  /** The broker refused the device token (revoked or re-paired elsewhere): pair again. */
  refused(): void;
}

/** Subscribes `filters` with the device's credentials after every (re)connect. */
export function linkScreen(paired: PairedScreen, filters: string[], handlers: ScreenLinkHandlers): MqttClient {
  const client: MqttClient = new MqttClient(
    brokerUrl(),
    { username: paired.deviceId, password: paired.token, clientId: `screen-${crypto.randomUUID().slice(0, 8)}`, keepaliveSeconds: 10, reconnectMs: 1000 },
    {
      connect: () => {
        handlers.online(true);
        void client.subscribe(filters, 1);
      },
      lost: () => handlers.online(false),
      refused: () => handlers.refused(),
      message: (topic, payload) => {
        // An empty retained message clears a topic.
        if (payload.length === 0) return handlers.message(topic, null);
        try {
          handlers.message(topic, JSON.parse(new TextDecoder().decode(payload)));
        } catch {
          // A payload that is not JSON is not for this screen.
        }
      },
    },
  );
  client.start();
  return client;
}
