import { z } from 'zod';
import type { Db } from '../kernel/db/open.js';
import { prepareCached } from '../kernel/db/statements.js';
import { ORDER_CHANNELS, type OrderChannel } from './state-machine.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/**
 * When a settled order is handed over (COMPLETED) without anyone calling it:
 * - `ON_PAYMENT`: as soon as it is both settled and out of the kitchen (READY), in whichever order
 *   the payment and the last bump happen; the customer is at the counter waiting for it.
 * - `EXPLICIT`: only when staff report the hand-over (call number answered, courier back).
 */
export const HAND_OVER_MODES = ['ON_PAYMENT', 'EXPLICIT'] as const;
export type HandOverMode = (typeof HAND_OVER_MODES)[number];
export type HandOverPolicy = Record<OrderChannel, HandOverMode>;

export const DEFAULT_HAND_OVER_POLICY: HandOverPolicy = {
  COUNTER: 'ON_PAYMENT',
  KIOSK: 'ON_PAYMENT',
  TAKEOUT: 'ON_PAYMENT',
  TABLE: 'ON_PAYMENT',
  DELIVERY: 'EXPLICIT',
  MARKETPLACE: 'EXPLICIT',
  WHATSAPP: 'EXPLICIT',
  INSTAGRAM: 'EXPLICIT',
  MESSENGER: 'EXPLICIT',
};

export const handOverPolicyPatch = lazySchema(() => z.object(Object.fromEntries(ORDER_CHANNELS.map((c) => [c, z.enum(HAND_OVER_MODES).optional()]))).strict());

const SETTINGS_KEY = 'orders.hand_over';

export function readHandOverPolicy(db: Db): HandOverPolicy {
  // Read by every payment that settles an order: compiled once.
  const raw = prepareCached(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(SETTINGS_KEY) as string | undefined;
  return raw ? { ...DEFAULT_HAND_OVER_POLICY, ...(JSON.parse(raw) as Partial<HandOverPolicy>) } : DEFAULT_HAND_OVER_POLICY;
}

export function writeHandOverPolicy(db: Db, patch: Partial<HandOverPolicy>): HandOverPolicy {
  const next = { ...readHandOverPolicy(db), ...patch };
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(SETTINGS_KEY, JSON.stringify(next));
  return next;
}
