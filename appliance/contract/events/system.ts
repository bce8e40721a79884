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
] as const;
