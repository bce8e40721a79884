import { z } from 'zod';
import { cashierLimitsSchema, writeCashierLimits } from '../cashier/index.js';
import { catalogDownstreamApplier, getProduct } from '../catalog/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { pricingRuleSchema, upsertPricingRule } from '../pricing/index.js';
import type { DownstreamApplier, DownstreamMessage, DownstreamOutcome } from '../replication/index.js';
import { writeReceiptText } from './receipt-texts.js';
import { productChangedMessageSchema, receiptLinesSchema } from '../../contract/downstream.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/**
 * The settings HQ may push to a store (`configuration.changed {key, value}` from the relay). Each
 * entry validates the value completely before it writes anything, so a bad push changes nothing.
 */
const SETTINGS: Record<string, (tx: CommandTx, value: unknown, storeId: string) => void> = {
  /** A pricing rule (happy hour, promotion, combo, channel markup), with `active` (default true). */
  'pricing.rule': (tx, value) => {
    const { active, ...rule } = z.object({ active: z.boolean().optional() }).passthrough().parse(value);
    upsertPricingRule(tx, pricingRuleSchema.parse(rule), active ?? true);
  },
  'receipt.header': (tx, value) => writeReceiptText(tx.db, 'header', receiptLinesSchema.parse(value ?? [])),
  'receipt.footer': (tx, value) => writeReceiptText(tx.db, 'footer', receiptLinesSchema.parse(value ?? [])),
  /** Some or all of the cashier limits, in centavos (docs/money.md). */
  'cashier.limits': (tx, value, storeId) => {
    const limits = writeCashierLimits(tx.db, cashierLimitsSchema.partial().strict().parse(value));
    tx.emit({ type: 'cashier.limits_changed', aggregateType: 'store', aggregateId: storeId, payload: { limits } });
  },
};

const messageSchema = lazySchema(() => z.object({ key: z.string().min(1), value: z.unknown() }));

/**
 * Applies HQ configuration pushes. Every message ends journaled: `configuration.changed {key, value,
 * messageId}` with the module's own event when applied, `configuration.rejected {key, messageId,
 * reason}` when the key is unknown or the value invalid. Both replicate to the relay, which marks
 * the pushed message with the outcome (the acknowledgement HQ sees).
 */
export function createHqConfigurationApplier(storeId: string): DownstreamApplier {
  return {
    types: ['configuration.changed'],
    apply(tx: CommandTx, message: DownstreamMessage): DownstreamOutcome {
      const parsed = messageSchema.safeParse(message.payload);
      const key = parsed.success ? parsed.data.key : '';
      const apply = parsed.success ? SETTINGS[key] : undefined;
      if (!parsed.success || !apply) return reject(tx, message.id, key, parsed.success ? 'UNKNOWN_KEY' : 'INVALID_MESSAGE');
      try {
        apply(tx, parsed.data.value, storeId);
      } catch (error) {
        if (!(error instanceof z.ZodError)) throw error;
        return reject(tx, message.id, key, 'INVALID_VALUE', error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      }
      tx.emit({ type: 'configuration.changed', aggregateType: 'configuration', aggregateId: key, payload: { key, value: parsed.data.value, messageId: message.id } });
      return 'applied';
    },
  };
}

function reject(tx: CommandTx, messageId: string, key: string, reason: 'UNKNOWN_KEY' | 'INVALID_VALUE' | 'INVALID_MESSAGE', detail?: string): DownstreamOutcome {
  tx.emit({ type: 'configuration.rejected', aggregateType: 'configuration', aggregateId: key || messageId, payload: { key, messageId, reason, detail: detail ?? null } });
  return 'ignored';
}

type ProductChangeRejection = 'PRODUCT_NOT_FOUND' | 'DECIDED_AT_STORE' | 'INVALID_MESSAGE';

/**
 * Applies HQ price and availability pushes (`catalog.product_changed`) through the catalog, and
 * journals what came of each as settings pushes do: `configuration.product_change_applied`, or
 * `configuration.product_change_rejected {productId, reason}` when the store dropped the product
 * after HQ read its catalog, decided the price or availability again after HQ did, or cannot read
 * the message. Both replicate, and the relay marks the pushed message with the outcome HQ sees.
 */
export function createHqCatalogApplier(): DownstreamApplier {
  return {
    types: ['catalog.product_changed'],
    apply(tx: CommandTx, message: DownstreamMessage): DownstreamOutcome {
      const parsed = productChangedMessageSchema.safeParse(message.payload);
      const productId = parsed.success ? parsed.data.productId : productIdOf(message.payload);
      if (!parsed.success) return rejectProductChange(tx, message.id, productId, 'INVALID_MESSAGE');
      if (catalogDownstreamApplier.apply(tx, message) === 'ignored') {
        return rejectProductChange(tx, message.id, productId, getProduct(tx.db, productId) ? 'DECIDED_AT_STORE' : 'PRODUCT_NOT_FOUND');
      }
      tx.emit({ type: 'configuration.product_change_applied', aggregateType: 'product', aggregateId: productId, payload: { messageId: message.id, productId } });
      return 'applied';
    },
  };
}

/** The product an unreadable push names, when it names one as text at all (for HQ to recognise it). */
function productIdOf(payload: unknown): string {
  const productId = (payload as { productId?: unknown } | null)?.productId;
  return typeof productId === 'string' ? productId.slice(0, 64) : '';
}

function rejectProductChange(tx: CommandTx, messageId: string, productId: string, reason: ProductChangeRejection): DownstreamOutcome {
  tx.emit({ type: 'configuration.product_change_rejected', aggregateType: 'product', aggregateId: productId || messageId, payload: { messageId, productId, reason } });
  return 'ignored';
}
