import type { PiiKeyring } from '../kernel/pii/keyring.js';
import type { ModuleContext } from '../kernel/module.js';
import { backupCopies } from './pii/backup-copies.js';
import { sealedCustomers } from './pii/reseal.js';

export interface CustomersRuntime {
  keyring: PiiKeyring;
}

const runtimes = new WeakMap<ModuleContext, CustomersRuntime>();

/** Uses the store's personal-data keys; the kernel seals whatever an older version left in plaintext. */
export function bindCustomersRuntime(ctx: ModuleContext): CustomersRuntime {
  ctx.pii.register(sealedCustomers);
  // A restore turns a day backup back into the store: its keys stay until a rotation reseals it.
  ctx.pii.registerCopies(() => backupCopies(ctx.config.dataDir));
  const runtime = { keyring: ctx.pii.keyring };
  runtimes.set(ctx, runtime);
  return runtime;
}

export function customersRuntimeOf(ctx: ModuleContext): CustomersRuntime {
  const runtime = runtimes.get(ctx);
  if (!runtime) throw new Error('customers module is not registered on this appliance');
  return runtime;
}
