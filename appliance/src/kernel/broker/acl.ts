import { filterWithin, storeRoot, topicMatches } from './topics.js';

export interface MqttPrincipal {
  kind: 'user' | 'device';
  id: string;
  role?: string;
  deviceKind?: string;
  stations?: readonly string[];
  /** The login session of a user who connected with its access token: revoking it closes the connection. */
  sessionId?: string;
  /**
   * For a connection that lives on something that can end without a command closing it (a login
   * session going idle or past its lifetime): true once it has ended. The broker asks before every
   * publish, subscription and forwarded message and closes the connection on true, so it must be
   * cheap (no database read per message).
   */
  lapsed?: () => boolean;
}

interface Grants {
  subscribe: string[];
  publish: string[];
}

/**
 * Who may subscribe and publish where. `{root}` is `store/{storeId}`, `{station}` expands to each
 * of a KDS device's stations, `{device}` to the device's own id. Nobody publishes to `events/`
 * (only the appliance, which bypasses the ACL) and nothing may write to `$SYS`.
 */
const USER_GRANTS: Record<string, Grants> = {
  ADMIN: { subscribe: ['{root}/#', '$SYS/#'], publish: ['{root}/+/commands', '{root}/+/+/commands'] },
  MANAGER: { subscribe: ['{root}/#'], publish: ['{root}/+/commands', '{root}/+/+/commands'] },
  CASHIER: { subscribe: ['{root}/events/#', '{root}/printers/#', '{root}/devices/+/scans', '{root}/card-prompts/+'], publish: [] },
  WAITER: { subscribe: ['{root}/events/#', '{root}/kds/+/allday'], publish: [] },
  KITCHEN: { subscribe: ['{root}/kds/#', '{root}/events/#'], publish: ['{root}/kds/+/commands'] },
  CUSTOMER: { subscribe: [], publish: [] },
};

const DEVICE_GRANTS: Record<string, Grants> = {
  POS: { subscribe: ['{root}/events/#', '{root}/printers/#', '{root}/devices/{device}/#', '{root}/devices/+/scans', '{root}/card-prompts/+'], publish: [] },
  KDS: { subscribe: ['{root}/kds/{station}/#'], publish: ['{root}/kds/{station}/commands'] },
  WAITER_TABLET: { subscribe: ['{root}/events/#', '{root}/devices/{device}/#'], publish: [] },
  KIOSK: { subscribe: ['{root}/devices/{device}/#'], publish: [] },
  // Screens facing customers: the till's mirror (`/cliente`) and the order-ready board (`/painel`).
  CUSTOMER_DISPLAY: { subscribe: ['{root}/devices/{device}/#', '{root}/displays/+', '{root}/board/#'], publish: [] },
};

function expand(patterns: string[], storeId: string, principal: MqttPrincipal): string[] {
  const root = storeRoot(storeId);
  return patterns.flatMap((pattern) => {
    const withRoot = pattern.replace('{root}', root).replace('{device}', principal.id);
    if (!withRoot.includes('{station}')) return [withRoot];
    return (principal.stations ?? []).map((station) => withRoot.replace('{station}', station));
  });
}

function grantsOf(principal: MqttPrincipal): Grants {
  if (principal.kind === 'user') return USER_GRANTS[principal.role ?? ''] ?? { subscribe: [], publish: [] };
  return DEVICE_GRANTS[principal.deviceKind ?? ''] ?? { subscribe: [], publish: [] };
}

export function maySubscribe(storeId: string, principal: MqttPrincipal, filter: string): boolean {
  return expand(grantsOf(principal).subscribe, storeId, principal).some((allowed) => filterWithin(filter, allowed));
}

const readFilters = new WeakMap<MqttPrincipal, { storeId: string; filters: string[] }>();

/**
 * Whether a message on the concrete `topic` may be handed to `principal`: the rule of
 * maySubscribe, applied to each message the broker forwards. A persistent session (clean: false)
 * restores subscriptions and queued messages taken under an earlier principal of the same client
 * id (a manager since demoted to cashier); only this check keeps them from the new one. Runs for
 * every message and every client, so the principal's expanded grants are kept with it (a principal
 * never changes: a new role or status closes its connections, which reconnect with a new one).
 */
export function mayReceive(storeId: string, principal: MqttPrincipal, topic: string): boolean {
  let cached = readFilters.get(principal);
  if (!cached || cached.storeId !== storeId) {
    cached = { storeId, filters: expand(grantsOf(principal).subscribe, storeId, principal) };
    readFilters.set(principal, cached);
  }
  return cached.filters.some((allowed) => topicMatches(allowed, topic));
}

export function mayPublish(storeId: string, principal: MqttPrincipal, topic: string): boolean {
  if (topic.startsWith('$') || topic.includes('#') || topic.includes('+')) return false;
  if (topic.startsWith(`${storeRoot(storeId)}/events/`)) return false;
  return expand(grantsOf(principal).publish, storeId, principal).some((allowed) => topicMatches(allowed, topic));
}
