import { z } from 'zod';
import { defineEvent } from '../define-event.js';

/** What the service dashboard can restart: one subsystem, or the whole appliance in place. */
export const RESTART_TARGETS = ['print-queue', 'replication', 'fiscal-emitter', 'appliance'] as const;

export const systemEvents = [
  defineEvent(
    'system.restart_requested',
    'appliance',
    () => z.object({ target: z.enum(RESTART_TARGETS) }),
    'A manager or administrator restarted a subsystem (print queue, replication, fiscal emitter) or the whole appliance from the service dashboard; journaled before the restart runs.',
  ),
  defineEvent(
    'system.update_requested',
    'appliance',
    () => z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), sizeBytes: z.number().int().min(1) }),
    'An administrator uploaded a system update bundle from the back office (the aggregate id is its SHA-256); journaled before the bundle is handed to the OS image to install.',
  ),
] as const;

/** HQ messages the store could not take (docs/relay.md, "HQ to the store"). */
export const replicationEvents = [
  defineEvent(
    'replication.downstream_refused',
    'downstream_message',
    () => z.object({ messageId: z.string(), type: z.string(), code: z.string() }),
    "An HQ message the store's rules refused (`code`, e.g. a marketplace order for a kitchen with no station): recorded, and the messages after it are applied; a retry would refuse it again and hold them back.",
  ),
] as const;
