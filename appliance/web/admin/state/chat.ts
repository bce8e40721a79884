import type { EventType } from '../../../contract/index';
import { brokerUrl, MqttClient } from '../../shared/mqtt/client';
import { api, manager } from './session';

export const loadConversations = () => api.get('/api/v1/chat/conversations');
export const loadConversation = (id: string) => api.get('/api/v1/chat/conversations/{id}', { params: { path: { id } } });
export const replyTo = (id: string, text: string) => api.post('/api/v1/chat/conversations/{id}/reply', { params: { path: { id } }, body: { text } });
export const releaseToBot = (id: string) => api.post('/api/v1/chat/conversations/{id}/release', { params: { path: { id } } });

export type ConversationSummary = Awaited<ReturnType<typeof loadConversations>>[number];
export type ConversationThread = Awaited<ReturnType<typeof loadConversation>>;

/**
 * A conversation changed, or the store queued a reply in it (a status notice comes without a
 * customer message). The reply names the customer: it is on `audit/`, the managers' branch.
 */
const FOLLOWED: readonly { branch: 'events' | 'audit'; type: EventType }[] = [
  { branch: 'events', type: 'chat.conversation_updated' },
  { branch: 'audit', type: 'chat.reply_queued' },
];

/**
 * Calls `changed` with the conversation's id on every `chat.conversation_updated` (a customer
 * message, a hand-over, a reply, a release) and `chat.reply_queued`, and with null after each
 * (re)connect, when anything may have been missed. Over MQTT with the manager's token; answers the stop function.
 */
export function followConversations(changed: (conversationId: string | null) => void): () => void {
  let client: MqttClient | null = null;
  let stopped = false;
  void fetch('/health', { cache: 'no-store' })
    .then((res) => res.json() as Promise<{ data: { storeId: string } }>)
    .then(({ data }) => {
      const current = manager.value;
      if (stopped || !current) return;
      const live: MqttClient = new MqttClient(
        brokerUrl(),
        { username: current.user.username, password: current.token, clientId: `admin-chat-${crypto.randomUUID().slice(0, 8)}`, keepaliveSeconds: 20, reconnectMs: 2000 },
        {
          connect: () => {
            void live.subscribe(FOLLOWED.map(({ branch, type }) => `store/${data.storeId}/${branch}/${type}`), 1);
            changed(null);
          },
          // A refused CONNECT is an access token past its 30 minutes: the next API call rotates it.
          refused: () => setTimeout(() => live.reconnect(manager.value?.token), 2000),
          message: (_topic, payload) => changed((JSON.parse(new TextDecoder().decode(payload)) as { aggregateId: string }).aggregateId),
        },
      );
      client = live;
      live.start();
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    client?.end();
  };
}
