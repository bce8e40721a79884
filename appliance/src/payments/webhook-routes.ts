import type { Context } from 'hono';
import { AppError } from '../kernel/errors.js';
import type { AppEnv } from '../kernel/http/env.js';
import { ok } from '../kernel/http/envelope.js';
import type { ModuleContext } from '../kernel/module.js';
import type { GatewayName, PixGateway, WebhookNotice, WebhookRequest } from './gateways/pix-gateway.js';
import { applyGatewayConfirmation, type GatewayChargeState } from './lifecycle.js';
import { paymentsRuntimeOf } from './runtime.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';

const PATHS: Record<string, GatewayName> = { asaas: 'ASAAS', 'mercado-pago': 'MERCADO_PAGO' };

/**
 * Gateway notifications. No bearer token: each delivery is verified by the gateway's own means
 * (Asaas access token header, Mercado Pago HMAC signature) and applied at most once.
 */
export function registerWebhookRoutes(ctx: ModuleContext): void {
  ctx.api.post('/payments/webhooks/:gateway', routeDoc({ tag: 'payments', summary: 'A PIX gateway\'s notification (verified by the gateway\'s own token or signature)', security: [], errors: { 400: ['VALIDATION_FAILED'], 404: ['PAYMENT_GATEWAY_NOT_CONFIGURED'], 503: ['PAYMENT_GATEWAY_UNAVAILABLE'] }, response: () => import('./answers.js').then((a) => a.webhookAnswer) }), async (c: Context<AppEnv>) => {
    const name = PATHS[c.req.param('gateway') ?? ''];
    const gateway = name ? paymentsRuntimeOf(ctx).pix.byName(name) : null;
    if (!gateway) throw new AppError('PAYMENT_GATEWAY_NOT_CONFIGURED', 404);
    const request: WebhookRequest = {
      headers: Object.fromEntries(Object.entries(c.req.header()).map(([k, v]) => [k.toLowerCase(), v])),
      query: c.req.query(),
      rawBody: await c.req.text(),
    };
    let notice;
    try {
      notice = gateway.verifyWebhook(request);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('VALIDATION_FAILED', 400, 'VALIDATION_FAILED', { reason: (error as Error).message });
    }
    if (!notice) return ok(c, { received: true, applied: false });
    const charge = await chargeOf(gateway, notice);
    const captured = await ctx.commands.run(
      'payments.webhook',
      (tx) => applyGatewayConfirmation(tx, { gateway: gateway.name, deliveryKey: notice.deliveryKey, gatewayPaymentId: notice.gatewayPaymentId, ...charge }),
      { actor: { type: 'system', id: `gateway:${gateway.name}` }, correlationId: c.get('correlationId') },
    );
    return ok(c, { received: true, applied: captured !== null, paymentId: captured?.id ?? null });
  });
}

/**
 * The charge as the notice tells it, else as the gateway answers when asked. A gateway that does
 * not answer leaves the notice unapplied with a 503, which the gateway delivers again later.
 */
async function chargeOf(gateway: PixGateway, notice: WebhookNotice): Promise<GatewayChargeState> {
  if (notice.status === 'PAID' && notice.amountCents !== null) return { status: 'PAID', amountCents: notice.amountCents };
  // Only a payment needs its amount: any other status is taken as the notice says.
  if (notice.status !== null && notice.status !== 'PAID') return { status: notice.status };
  try {
    return await gateway.getChargeStatus(notice.gatewayPaymentId);
  } catch (error) {
    throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', 503, 'PAYMENT_GATEWAY_UNAVAILABLE', { gateway: gateway.name, error: (error as Error).message });
  }
}
