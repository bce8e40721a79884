import type { ActorType } from '../../../contract/index.js';

// The pattern matcher comes from its own file: the contract's index would load every payload schema.
export { matchesPattern } from '../../../contract/events/journal-event.js';
export type { ActorType, EventPattern, EventPayload, EventType, JournalEvent, MatchingType, NewEvent } from '../../../contract/index.js';

export interface Actor {
  /** `integration`: a third-party system calling with an API key (auth/api-keys). */
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
