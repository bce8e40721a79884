import { z } from 'zod';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { ORDER_CHANNELS } from '../orders/index.js';
import { loadActivePricingRules, tracePricing } from '../pricing/index.js';
import { orderLineInput, resolveOrderLines } from './order-lines.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const simulationBody = lazySchema(() =>
  z.object({
    channel: z.enum(ORDER_CHANNELS),
    /** The instant to price at (happy hours are judged in the store time zone); now when absent. */
    at: z.iso.datetime({ offset: true }).optional(),
    lines: z.array(orderLineInput).min(1).max(50),
  }),
);

/**
 * Prices a sample order with the store's active rules exactly as an order would be priced, and
 * answers each line's rule trace (docs/pricing.md): the back office's "Simular" panel. Nothing is
 * written, so it needs no business day and leaves no journal entry.
 */
export function registerPricingSimulation(ctx: ModuleContext): void {
  ctx.api.post(
    '/pricing/simulate',
    routeDoc({
      tag: 'pricing',
      summary: 'Price a sample order with the active rules and show which rule changed which line, and why the others did not',
      body: simulationBody,
      response: () => import('./answers.js').then((a) => a.pricingSimulationAnswer),
      errors: { 422: ['ORDER_PRODUCT_NOT_FOUND', 'ORDER_PRODUCT_UNAVAILABLE', 'ORDER_PRODUCT_NOT_ON_CHANNEL', 'ORDER_OPTIONS_INVALID', 'ORDER_QUANTITY_INVALID'] },
    }),
    requirePermission('catalog.read'),
    async (c) => {
      const body = await readJson(c, simulationBody);
      const at = body.at ? new Date(body.at) : ctx.clock.now();
      const resolved = resolveOrderLines(ctx.db, body.channel, body.lines);
      const traced = tracePricing(
        resolved.map((l, i) => ({ key: String(i), ...l.pricing })),
        { channel: body.channel, at, timeZone: ctx.config.timeZone },
        loadActivePricingRules(ctx.db),
      );
      const lines = resolved.map((l, i) => {
        const { key: _key, ...priced } = traced[i];
        return { productId: l.product.id, name: l.name, quantity: l.pricing.quantity, unit: l.pricing.unit, listUnitPriceCents: l.pricing.listUnitPriceCents, ...priced };
      });
      const sum = (pick: (line: (typeof lines)[number]) => number) => lines.reduce((total, line) => total + pick(line), 0);
      return ok(c, {
        channel: body.channel,
        at: at.toISOString(),
        timeZone: ctx.config.timeZone,
        lines,
        baseCents: sum((l) => l.baseCents),
        discountCents: sum((l) => l.discountCents),
        totalCents: sum((l) => l.totalCents),
      });
    },
  );
}
