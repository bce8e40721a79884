import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';
import { SALE_CHANNELS } from '../sale-channels.js';

const hhmm = lazySchema(() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 24 h'));
const basisPoints = lazySchema(() => z.number().int().min(1).max(10_000));
const ruleId = lazySchema(() => z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes'));
/** Compared exactly with the order's channel: a name off the list ("Delivery") would never match. */
const saleChannel = lazySchema(() => z.enum(SALE_CHANNELS));

/** Which lines a rule looks at; an empty or missing list means "any". */
export const ruleTarget = lazySchema(() => z
  .object({
    productIds: z.array(z.string().min(1)).max(500).optional(),
    categoryIds: z.array(z.string().min(1)).max(200).optional(),
    channels: z.array(saleChannel).max(10).optional(),
  })
  .default({}));

export const pricingRuleSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ id: ruleId, kind: z.literal('CHANNEL_MARKUP'), channel: saleChannel, percentBp: basisPoints }),
  z.object({
    id: ruleId,
    kind: z.literal('HAPPY_HOUR'),
    /** 0 = Sunday … 6 = Saturday, in the store time zone; an overnight window belongs to its start day. */
    weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    from: hhmm,
    to: hhmm,
    percentOffBp: basisPoints,
    target: ruleTarget,
  }),
  z.object({ id: ruleId, kind: z.literal('PERCENT_OFF'), percentOffBp: basisPoints, target: ruleTarget }),
  z.object({
    id: ruleId,
    kind: z.literal('FIXED_OFF'),
    /** Off each unit of a UNIT line, or off the whole of a weighed line. */
    amountOffCents: z.number().int().min(1),
    target: ruleTarget,
  }),
  z.object({ id: ruleId, kind: z.literal('BUY_X_GET_Y'), buy: z.number().int().min(1), get: z.number().int().min(1), target: ruleTarget }),
  z.object({
    id: ruleId,
    kind: z.literal('COMBO_DISCOUNT'),
    /** One unit of each listed product (repeat an id to require two) makes one combo. */
    productIds: z.array(z.string().min(1)).min(2).max(10),
    amountOffCents: z.number().int().min(1),
    channels: z.array(saleChannel).max(10).optional(),
  }),
]));


export const pricingEvents = [
  defineEvent(
    'pricing.rule_upserted',
    'pricing_rule',
    () => z.object({ rule: pricingRuleSchema, active: z.boolean() }),
    'A pricing rule was created, changed, enabled or disabled (docs/pricing.md).',
  ),
] as const;
