import type { Connection, ConnectionSessions } from './connections.js';
import type { PlatformCredentials, PlatformEvent } from './connector.js';

export interface RoutedEvents {
  /** The events each connection takes, the receiving connection's own among them. */
  byConnection: Map<string, { connection: Connection; events: PlatformEvent[] }>;
  /** Events of a merchant with no connection at this app signed with the same credentials. */
  unrouted: PlatformEvent[];
}

/**
 * Sends each verified webhook event to the connection of its merchant. A chain whose stores share
 * one platform app (an iFood centralized app) gets every store's events on the one URL registered
 * for the app, so an event of another merchant belongs to that merchant's connection, provided it
 * is at the same app and the request's signature is valid under its credentials too: a store's
 * webhook never hands events to a connection it could not have signed for. An event without a
 * merchant stays with the receiving connection (its order is checked against the connection's
 * merchant when fetched).
 */
export async function routeWebhookEvents(
  sessions: ConnectionSessions,
  receiving: Connection,
  events: readonly PlatformEvent[],
  signedFor: (credentials: PlatformCredentials) => boolean,
): Promise<RoutedEvents> {
  const byConnection: RoutedEvents['byConnection'] = new Map();
  const unrouted: PlatformEvent[] = [];
  const owners = new Map<string, Connection | null>();
  const ownerOf = async (merchantId: string) => {
    if (!owners.has(merchantId)) owners.set(merchantId, await signedConnectionOf(sessions, receiving, merchantId, signedFor));
    return owners.get(merchantId) ?? null;
  };
  for (const event of events) {
    const owner = !event.merchantId || event.merchantId === receiving.merchantId ? receiving : await ownerOf(event.merchantId);
    if (!owner) {
      unrouted.push(event);
      continue;
    }
    const group = byConnection.get(owner.id) ?? { connection: owner, events: [] };
    group.events.push(event);
    byConnection.set(owner.id, group);
  }
  return { byConnection, unrouted };
}

async function signedConnectionOf(
  sessions: ConnectionSessions,
  receiving: Connection,
  merchantId: string,
  signedFor: (credentials: PlatformCredentials) => boolean,
): Promise<Connection | null> {
  const loaded = await sessions.loadMerchantAtSameApp(receiving, merchantId);
  return loaded && signedFor(loaded.credentials) ? loaded.connection : null;
}
