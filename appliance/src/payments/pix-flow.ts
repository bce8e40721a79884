import { localDate } from '../kernel/clock.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { recordPendingTender, type TenderInput, type TenderResult } from './capture.js';
import type { GatewayAttempt, PixGatewayRouter } from './gateways/router.js';
import type { PixCharge } from './gateways/pix-gateway.js';
import type { SplitRule } from './types.js';

export interface PixChargeInput {
  amountCents: number;
  description: string;
  /** The gateway's calendar date the charge is due (`pixDueDate`): gateways refuse a past one. */
  dueDate: string;
  splitRules?: SplitRule[];
}

export interface CreatedPixCharge {
  paymentId: string;
  charge: PixCharge;
  attempts: GatewayAttempt[];
}

/**
 * A PIX is paid now, so it is due today in the store's zone (the gateways' Brazilian calendar),
 * not on the order's business date: a bar's day runs past midnight, and a charge due "yesterday"
 * is refused by the gateway, or its QR code has expired before the customer scans it.
 */
export function pixDueDate(now: Date, timeZone: string): string {
  return localDate(now, timeZone);
}

/**
 * Step 1, before any transaction (no network inside one): the dynamic QR charge from the primary
 * gateway or a fallback. Our payment id goes as external reference and idempotency key.
 */
export async function createPixChargeFor(pix: PixGatewayRouter, input: PixChargeInput): Promise<CreatedPixCharge> {
  const paymentId = newId();
  const { charge, attempts } = await pix.createPixCharge({
    paymentId,
    amountCents: input.amountCents,
    description: input.description,
    dueDate: input.dueDate,
    splitRules: input.splitRules ?? [],
  });
  return { paymentId, charge, attempts };
}

/** Step 2, inside the command: the payment recorded PENDING with its QR code, exactly once. */
export function recordPixCharge(
  tx: CommandTx,
  input: Omit<TenderInput, 'method' | 'provider' | 'providerRef' | 'paymentId' | 'pix' | 'tenderedCents'>,
  created: CreatedPixCharge,
): TenderResult {
  return recordPendingTender(tx, {
    ...input,
    paymentId: created.paymentId,
    method: 'PIX',
    provider: created.charge.gateway,
    providerRef: created.charge.gatewayPaymentId,
    pix: { qrPayload: created.charge.qrPayload, qrImageBase64: created.charge.qrImageBase64 },
    details: { ...(input.details ?? {}), gatewayAttempts: created.attempts, expiresAt: created.charge.expiresAt },
  });
}

/** When step 2 did not record the charge: withdraw it so nobody pays a QR code the store does not know. */
export async function withdrawPixCharge(pix: PixGatewayRouter, created: CreatedPixCharge): Promise<void> {
  await pix
    .byName(created.charge.gateway)
    ?.cancelCharge(created.charge.gatewayPaymentId)
    .catch(() => undefined);
}
