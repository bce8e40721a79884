import { forgetPairedScreen, type PairedScreen, type ScreenState } from './device-screen';
import { brokerUrl, MqttClient } from './mqtt/client';

/**
 * Subscribes `filters` with the device's credentials after every (re)connect and hands each
 * retained or live message to `message` (null for a cleared topic). A refused device token
 * (revoked, or re-paired elsewhere) forgets the pairing, so the screen asks for a code again.
 * Answers the link's stop.
 */
export function linkScreen(screen: PairedScreen, filters: string[], state: ScreenState, message: (payload: unknown) => void): () => void {
  const client: MqttClient = new MqttClient(
    brokerUrl(),
    { username: screen.deviceId, password: screen.token, clientId: `screen-${crypto.randomUUID().slice(0, 8)}`, keepaliveSeconds: 10, reconnectMs: 1000 },
    {
      connect: () => {
        state.live.value = true;
        void client.subscribe(filters, 1);
      },
      lost: () => {
        state.live.value = false;
      },
      refused: () => {
        forgetPairedScreen(state.storageKey);
        state.paired.value = null;
      },
      message: (_topic, payload) => {
        if (payload.length === 0) return message(null);
        try {
          message(JSON.parse(new TextDecoder().decode(payload)));
        } catch {
          // A payload that is not JSON is not for this screen.
        }
      },
    },
  );
  client.start();
  return () => client.end();
}
