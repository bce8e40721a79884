import type { MqttPrincipal } from './acl.js';

const ownerKey = (principal: MqttPrincipal) => `${principal.kind}:${principal.id}`;

/**
 * Which principal holds each MQTT client id. A CONNECT with a client id that is held by another
 * principal would make aedes drop the holder's connection (session takeover) or hand over its
 * persistent session; it is refused instead. A clean session frees its id when the connection
 * closes; a persistent session (clean=false) keeps its id for its principal, as the broker keeps
 * its subscriptions and queued messages.
 */
export class ClientIdOwners<Connection extends object> {
  private readonly owners = new Map<string, { owner: string; principalId: string; holder: Connection | null }>();

  /** Claims `clientId` for `principal` on `connection`; false when another principal holds it. */
  claim(clientId: string, principal: MqttPrincipal, connection: Connection): boolean {
    const current = this.owners.get(clientId);
    if (current && current.owner !== ownerKey(principal)) return false;
    this.owners.set(clientId, { owner: ownerKey(principal), principalId: principal.id, holder: connection });
    return true;
  }

  /** The client ids a principal holds, connected or kept by a persistent session. */
  heldBy(principalId: string): string[] {
    const ids: string[] = [];
    for (const [clientId, entry] of this.owners) if (entry.principalId === principalId) ids.push(clientId);
    return ids;
  }

  /** The connection that claimed `clientId` closed. */
  release(clientId: string, connection: Connection, persistentSession: boolean): void {
    const current = this.owners.get(clientId);
    if (!current || current.holder !== connection) return;
    if (persistentSession) current.holder = null;
    else this.owners.delete(clientId);
  }
}
