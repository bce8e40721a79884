import type { EventAggregates, EventPayloads, EventType } from './registry.js';

export type ActorType = 'user' | 'device' | 'system' | 'integration';

/** An event as a command emits it: the type name picks the payload and aggregate types. */
export type NewEvent<T extends EventType = EventType> = {
  [K in T]: { type: K; aggregateType: EventAggregates[K]; aggregateId: string; payload: EventPayloads[K] };
}[T];

/** An event as the journal stores, publishes and replicates it (the envelope of docs/events.md). */
export type JournalEvent<T extends EventType = EventType> = {
  [K in T]: {
    seq: number;
    id: string;
    type: K;
    aggregateType: EventAggregates[K];
    aggregateId: string;
    payload: EventPayloads[K];
    actor: { type: ActorType; id: string } | null;
    correlationId: string | null;
    occurredAt: string;
  };
}[T];

type Domain<T> = T extends `${infer D}.${string}` ? D : never;

/** What a subscriber names: one type, a whole domain (`order.*`) or everything (`*`). */
export type EventPattern = '*' | EventType | `${Domain<EventType>}.*`;

/** The event types a pattern matches (the type-level twin of `matchesPattern`). */
export type MatchingType<P extends string> = P extends '*'
  ? EventType
  : P extends `${infer D}.*`
    ? Extract<EventType, `${D}.${string}`>
    : Extract<EventType, P>;

/** `order.*` matches `order.confirmed`; `*` matches everything. */
export function matchesPattern(pattern: string, type: string): boolean {
  if (pattern === '*' || pattern === type) return true;
  return pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1));
}
