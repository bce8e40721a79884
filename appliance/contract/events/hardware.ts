import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const kind = lazySchema(() => z.enum(['scale', 'scanner', 'customer-display', 'tef']));

/** A configured device as journaled; the HTTP input schema (hardware/model.ts) adds the validation rules. */
export const hardwareDeviceSchema = lazySchema(() => z.object({
  id: z.string(),
  kind,
  name: z.string(),
  profileId: z.string(),
  transport: z.discriminatedUnion('type', [
    z.object({ type: z.literal('serial'), path: z.string() }),
    z.object({ type: z.literal('tef-dial'), reqDir: z.string(), respDir: z.string() }),
    z.object({ type: z.literal('sitef'), library: z.string(), server: z.string(), storeCode: z.string(), terminalId: z.string() }),
    z.object({ type: z.literal('virtual'), grams: z.number().int().optional() }),
  ]),
  virtual: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}));

export const hardwareEvents = [
  defineEvent('hardware.configured', 'hardware', () => z.object({ device: hardwareDeviceSchema }), 'A scale, scanner, customer display or TEF terminal was added or changed.'),
  defineEvent('hardware.removed', 'hardware', () => z.object({ id: z.string(), kind }), 'A configured device was removed.'),
] as const;
