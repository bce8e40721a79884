import type { RelayDb } from '../db/database.js';
import type { JournalEvent } from '../ingest/event-schema.js';

/** Message ids are uuids; anything else would fail the uuid comparison and block the store's stream. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OUTCOME_OF: Record<string, 'APPLIED' | 'REJECTED'> = {
  'configuration.changed': 'APPLIED',
  'configuration.rejected': 'REJECTED',
  'configuration.product_change_applied': 'APPLIED',
  'configuration.product_change_rejected': 'REJECTED',
};

/**
 * Marks HQ pushes (settings, and product price and availability changes) with what the store did,
 * from the store's own journal events (in the ingest transaction): HQ sees a push as applied only
 * once the store has journaled it, and as rejected with the store's reason.
 */
export async function recordConfigurationOutcomes(executor: RelayDb, storeId: string, events: JournalEvent[]): Promise<void> {
  for (const event of events) {
    const outcome = OUTCOME_OF[event.type];
    const payload = (event.payload ?? {}) as { messageId?: unknown; reason?: unknown; detail?: unknown };
    if (!outcome || typeof payload.messageId !== 'string' || !UUID.test(payload.messageId)) continue;
    const reason = outcome === 'REJECTED' ? [payload.reason, payload.detail].filter((part) => typeof part === 'string' && part).join(': ') : null;
    await executor
      .updateTable('relay.downstream_messages')
      .set({ outcome, outcome_reason: reason, outcome_at: new Date(event.occurredAt) })
      .where('id', '=', payload.messageId)
      .where('store_id', '=', storeId)
      .execute();
  }
}
