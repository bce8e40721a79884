import { z } from 'zod';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { findOpenSessionOfOperator, isSupervisor, listOpenCashierSessions } from '../cashier/index.js';
import { forbidden } from '../kernel/errors.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { parseWith, readJson } from '../kernel/http/validation.js';
import type { Actor } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { hasTable } from './printing-consumer.js';
import { type CustomerDisplayMessage, customerDisplayBody } from '../../contract/screens.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const terminalParam = lazySchema(() => z.object({ terminalId: z.string().regex(/^[\w.-]{1,64}$/) }));
const mirrorAnswer = lazySchema(() => z.object({ terminalId: z.string(), topic: z.string(), publishedAt: z.string() }));

export const customerDisplayTopic = (storeId: string, terminalId: string) => `store/${storeId}/displays/${terminalId}`;

/**
 * The customer-facing screen (`/cliente`) mirrors one POS terminal. The cart lives in the
 * terminal's browser until it is sent, so the terminal hands each change here and the appliance
 * publishes it retained on `displays/{terminalId}` for the paired screens. It changes nothing in
 * the store (no command, no journal event): a lost update is replaced by the terminal's next one.
 * Only the till's operators publish there (`cashier.operate`): the screen shows the PIX code customers
 * pay, so a customer's or a kiosk's token must never put one of its own on it; nor may a cashier
 * working another till (their own PIX key in front of this till's customer): a till with a drawer
 * open takes pictures from that drawer's operator only, and a cashier with a drawer open shows on
 * its till only. Managers may show on any (they stand in at any till).
 */
export function registerCustomerDisplayMirror(ctx: ModuleContext): void {
  const doc = routeDoc({
    tag: 'web-apps',
    summary: "Show a POS terminal's cart on its customer-facing screen",
    params: terminalParam,
    body: customerDisplayBody,
    response: () => mirrorAnswer,
    errors: { 403: ['CASHIER_DISPLAY_OF_ANOTHER_TILL'] },
  });
  ctx.api.put('/customer-displays/:terminalId', doc, requirePermission('cashier.operate'), async (c) => {
    const { terminalId } = parseWith(terminalParam, { terminalId: c.req.param('terminalId') });
    const body = await readJson(c, customerDisplayBody);
    assertTillOfCaller(ctx, c.get('actor'), terminalId);
    const topic = customerDisplayTopic(ctx.config.storeId, terminalId);
    const publishedAt = ctx.clock.now().toISOString();
    const message: CustomerDisplayMessage = { terminalId, ...body, publishedAt };
    await ctx.mqtt.publish(topic, message, { retain: true, qos: 1 });
    return ok(c, { terminalId, topic, publishedAt });
  });
}

function assertTillOfCaller(ctx: ModuleContext, actor: Actor | null, terminalId: string): void {
  if (isSupervisor(actor) || !hasTable(ctx, 'cashier_sessions')) return;
  const own = actor ? findOpenSessionOfOperator(ctx.db, actor.id) : null;
  const tillTaken = listOpenCashierSessions(ctx.db).some((session) => session.terminalId === terminalId);
  if (own ? own.terminalId !== terminalId : tillTaken) throw forbidden('CASHIER_DISPLAY_OF_ANOTHER_TILL', { terminalId });
}
