import { z } from 'zod';
import { receiptLinesSchema } from '../../../appliance/contract/index.js';

const storeIds = z.array(z.uuid()).min(1);

/**
 * The settings HQ can push to stores (`POST /api/v1/configurations`). The relay checks the shape
 * so an obvious mistake is refused at once; the store validates the value fully and journals
 * `configuration.rejected` when it cannot apply it (docs/relay.md, "HQ settings").
 */
export const hqSettingPushSchema = z.discriminatedUnion('key', [
  z.object({
    storeIds,
    key: z.literal('pricing.rule'),
    value: z.looseObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
      kind: z.enum(['CHANNEL_MARKUP', 'HAPPY_HOUR', 'PERCENT_OFF', 'FIXED_OFF', 'BUY_X_GET_Y', 'COMBO_DISCOUNT']),
      active: z.boolean().optional(),
    }),
  }),
  z.object({ storeIds, key: z.literal('receipt.header'), value: receiptLinesSchema }),
  z.object({ storeIds, key: z.literal('receipt.footer'), value: receiptLinesSchema }),
  z.object({ storeIds, key: z.literal('cashier.limits'), value: z.record(z.string(), z.number().int().min(0)) }),
]);

export type HqSettingPush = z.infer<typeof hqSettingPushSchema>;
