import { z } from 'zod';
import { pricingRuleSchema } from './rules.js';

/** Answers of the pricing routes for the OpenAPI document only: loaded when the document is built. */
export const storedPricingRuleAnswer = z.object({ rule: pricingRuleSchema, active: z.boolean(), updatedAt: z.string() });

export const pricingRulesAnswer = z.array(storedPricingRuleAnswer);
