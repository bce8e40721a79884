import { z } from 'zod';
import { defineEvent } from '../define-event.js';

export const configurationEvents = [
  defineEvent(
    'configuration.changed',
    'configuration',
    () => z.object({ key: z.string(), value: z.unknown(), messageId: z.string() }),
    "An HQ setting was applied (docs/relay.md, \"HQ settings\"), next to the owning module's own event.",
  ),
  defineEvent(
    'configuration.rejected',
    'configuration',
    () => z.object({ key: z.string(), messageId: z.string(), reason: z.enum(['UNKNOWN_KEY', 'INVALID_VALUE', 'INVALID_MESSAGE']), detail: z.string().nullable() }),
    'An HQ setting the store could not apply; nothing changed.',
  ),
] as const;
