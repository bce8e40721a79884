import type { ApplianceModule } from '../kernel/module.js';
import { paymentsMessages } from './messages.pt-BR.js';
import { paymentsMigrations } from './migrations.js';
import { registerPaymentRoutes } from './routes.js';
import { registerWebhookRoutes } from './webhook-routes.js';
import { bindDemoPixGateway, DemoPixGateway } from './demo-pix-gateway.js';
import { registerDemoPixRoutes } from './demo-pix-routes.js';
import { bindPaymentsRuntime, createRuntime, paymentsRuntimeOf, type PaymentsOptions } from './runtime.js';
import { ReconciliationScheduler, reconciliationScheduleFromConfig } from './reconciliation-schedule.js';

export { captureTender, recordPendingTender, settleAmounts, type TenderInput, type TenderResult } from './capture.js';
export { applyGatewayConfirmation, capturePending, cancelPending, recordRefund, settleChargeFoundPaid, type GatewayConfirmation, type RefundInput, type Refund } from './lifecycle.js';
export { findPayment, findPaymentByProviderRef, listPaymentsOfOrder, listPaymentsOfDay, listPendingPaymentsOfSession, listRefundsOfDate, orderBalance, orderKeptByMethod, orderKeptCents, type RefundRow } from './queries.js';
export { markOrderSettled } from './settle.js';
export { listCapturedPaymentsOfSession } from './session-payments.js';
export { createPixChargeFor, pixDueDate, recordPixCharge, withdrawPixCharge, type CreatedPixCharge } from './pix-flow.js';
export { authorizeCard, settleCard, cardDetails, refundOnCard, type CardAuthorization, type CardRefundOutcome } from './card-flow.js';
export { recordCardCancellation, findCardCancellation, type CardCancellation } from './card-cancellation.js';
export { centsToDecimal, decimalToCents } from './decimal.js';
export { reconcile, type ReconciliationResult } from './reconciliation.js';
export { parseSettlementFile, decodeSettlementBytes, type SettlementFile } from './settlement-file.js';
export { listReconciliationAlerts, type ReconciliationAlert } from './reconciliation-alerts.js';
export { findUnbookedConfirmation, listOpenUnbookedConfirmations, resolveUnbookedConfirmation, UNBOOKED_RESOLUTIONS, type UnbookedConfirmation, type UnbookedResolution } from './unbooked-confirmations.js';
export { ReconciliationScheduler, type ReconciliationScheduleOptions } from './reconciliation-schedule.js';
export { CARD_BRANDS, STANDALONE_CARD_METHODS, standaloneCardDetails, type CardBrand, type StandaloneCardInput } from './standalone-card.js';
export { paymentsRuntimeOf, pixGatewaysFromConfig, cardProviderFromConfig, type PaymentsOptions, type PaymentsRuntime } from './runtime.js';
export { demoPixGatewayOf, type DemoPixGateway } from './demo-pix-gateway.js';
export { VirtualFiscalEmission, type FiscalEmissionPort, type FiscalEmissionRequest } from './fiscal-port.js';
export { AsaasGateway, type AsaasConfig } from './gateways/asaas.js';
export { MercadoPagoGateway, type MercadoPagoConfig } from './gateways/mercado-pago.js';
export { PixGatewayRouter } from './gateways/router.js';
export type { PixGateway, PixCharge, WebhookRequest, GatewayName } from './gateways/pix-gateway.js';
/** The payment answers' schemas, for the OpenAPI document of the workflow routes (loaded on demand). */
export const paymentAnswers = () => import('./answers.js');
export { TENDER_METHODS, type TenderMethod, type Payment, type OrderBalance, type SplitRule } from './types.js';

export function createPaymentsModule(options: PaymentsOptions = {}): ApplianceModule {
  let scheduler: ReconciliationScheduler | null = null;
  let demoPix: DemoPixGateway | null = null;
  return {
    name: 'payments',
    migrations: paymentsMigrations,
    messages: { 'pt-BR': paymentsMessages },
    register(ctx) {
      bindPaymentsRuntime(ctx, createRuntime(options, ctx.config));
      registerPaymentRoutes(ctx);
      registerWebhookRoutes(ctx);
      // Settlement differences and unbooked gateway money are money questions for the back office:
      // also on `audit/`, which only ADMIN and MANAGER read.
      ctx.events.subscribe('payments-reconciliation-audit', 'payment.reconciliation_difference', (event) =>
        ctx.mqtt.publish(`store/${ctx.config.storeId}/audit/${event.type}`, event, { qos: 1 }),
      );
      ctx.events.subscribe('payments-unbooked-confirmation-audit', ['payment.confirmation_unbooked', 'payment.confirmation_resolved'], (event) =>
        ctx.mqtt.publish(`store/${ctx.config.storeId}/audit/${event.type}`, event, { qos: 1 }),
      );
      registerDemoPixRoutes(ctx);
    },
    async start(ctx) {
      const runtime = paymentsRuntimeOf(ctx);
      // Fiscal emission reads settled orders from the journal: a crash between the sale and the
      // emission request only delays it until the next start.
      ctx.events.durable('payments-fiscal-emission', 'payment.order_settled', (event) =>
        runtime.fiscal.requestEmission(event.payload),
      );
      // Card approvals left pending by a crash: confirm those whose payment committed, undo the rest.
      await runtime.card.recoverPending((transactionId) => {
        const status = ctx.db.prepare('SELECT status FROM payments WHERE id = ?').pluck().get(transactionId);
        return status === 'CAPTURED';
      });
      if (ctx.config.demo && !runtime.pix.configured) {
        demoPix = await DemoPixGateway.start(ctx, runtime.pix);
        bindDemoPixGateway(ctx, demoPix);
      }
      scheduler = new ReconciliationScheduler(ctx, () => paymentsRuntimeOf(ctx), options.reconciliation ?? reconciliationScheduleFromConfig(ctx.config.reconciliation));
      scheduler.start();
    },
    async stop() {
      await scheduler?.stop();
      await demoPix?.close();
    },
  };
}

export const paymentsModule: ApplianceModule = createPaymentsModule();
