import { z } from 'zod';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { safeText } from '../kernel/safe-text.js';
import { getOrder } from '../orders/index.js';
import { listOpenUnbookedConfirmations, resolveUnbookedConfirmation, UNBOOKED_RESOLUTIONS, type UnbookedConfirmation } from '../payments/index.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const resolutionBody = lazySchema(() => z.object({ resolution: z.enum(UNBOOKED_RESOLUTIONS), note: safeText(200).optional() }));

/**
 * Money a PIX gateway received that the store did not book (payments/lifecycle.ts): the back
 * office lists the open ones with their order's number, and a manager says what was done with
 * each. They are listed to whoever reads the reconciliation (reports), and resolved by a manager
 * who runs the day's money. Under `/payments/unbooked-confirmations/…` with two segments, so the payments module's
 * `/payments/:id` (registered first) never takes the list for a payment id.
 */
export function registerUnbookedPaymentRoutes(ctx: ModuleContext): void {
  const withOrderNumber = (confirmation: UnbookedConfirmation) => ({ ...confirmation, orderNumber: getOrder(ctx.db, confirmation.orderId)?.number ?? null });

  ctx.api.get(
    '/payments/unbooked-confirmations/open',
    routeDoc({ tag: 'payments', summary: 'Money a PIX gateway received that the store did not book, not yet resolved (newest first)', response: () => import('./answers.js').then((a) => z.array(a.unbookedConfirmationAnswer)) }),
    requirePermission('reports.read'),
    (c) => ok(c, listOpenUnbookedConfirmations(ctx.db).map(withOrderNumber)),
  );

  ctx.api.post(
    '/payments/unbooked-confirmations/:id/resolution',
    routeDoc({
      tag: 'payments',
      summary: 'Resolve money a PIX gateway received that the store did not book: what the manager did with it',
      description: 'Journals `payment.confirmation_resolved`. Repeating the same resolution answers it again and changes nothing; another resolution of one already resolved is refused.',
      body: resolutionBody,
      response: () => import('./answers.js').then((a) => a.unbookedConfirmationAnswer),
      errors: { 404: ['PAYMENT_UNBOOKED_NOT_FOUND'], 409: ['PAYMENT_UNBOOKED_ALREADY_RESOLVED'], 422: ['PAYMENT_UNBOOKED_NOTE_REQUIRED'] },
    }),
    // Saying what became of money is a manager's decision: the reports scope an integration key may
    // hold lists it, and only the people who run the day's money resolve it.
    requirePermission('business_day.manage'),
    async (c) => {
      const id = readParam(c, 'id');
      const body = await readJson(c, resolutionBody);
      return runCommand(c, 'payments.resolve_unbooked', (tx) => resolveUnbookedConfirmation(tx, id, body), 200, withOrderNumber);
    },
  );
}
