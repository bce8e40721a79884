/** `integration`: a third-party system calling with an API key (auth/api-keys). */
export type ActorType = 'user' | 'device' | 'system' | 'integration';

export interface Actor {
  type: ActorType;
  id: string;
  /** Display name for receipts and the audit log. */
  name?: string;
  role?: string;
  permissions?: readonly string[];
  /** For KDS devices: the stations it serves. */
  stations?: readonly string[];
  deviceKind?: string;
  sessionId?: string;
}

export interface NewEvent<P = unknown> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: P;
}

export interface JournalEvent<P = unknown> extends NewEvent<P> {
  seq: number;
  id: string;
  actor: { type: ActorType; id: string } | null;
  correlationId: string | null;
  occurredAt: string;
}

/** `order.*` matches `order.confirmed`; `*` matches everything. */
export function matchesPattern(pattern: string, type: string): boolean {
  if (pattern === '*' || pattern === type) return true;
  return pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1));
}
