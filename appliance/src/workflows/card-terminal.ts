import { ConfiguredCardProvider, hardwareRuntimeOf } from '../hardware/index.js';
import type { ModuleContext } from '../kernel/module.js';
import { paymentsRuntimeOf, type PaymentsRuntime } from '../payments/index.js';

/**
 * Card payments go through the TEF terminal configured in the hardware registry. The payments
 * module stays the one owner of the provider's lifecycle (authorize → confirm/undo, and the
 * start-up `recoverPending` checked against its payments table); this only decides which driver
 * sits behind it. Runs at registration, so payments' start-up recovery already talks to the
 * configured terminal. Without a configured terminal payments keep the provider they were built with.
 */
export function registerCardTerminal(ctx: ModuleContext): void {
  const hardware = hardwareRuntimeOf(ctx);
  const payments = paymentsRuntimeIfRegistered(ctx);
  if (!hardware || !payments) return;
  payments.card = new ConfiguredCardProvider(() => hardware.cardProvider(), payments.card);
}

function paymentsRuntimeIfRegistered(ctx: ModuleContext): PaymentsRuntime | null {
  try {
    return paymentsRuntimeOf(ctx);
  } catch {
    return null;
  }
}
