import type { ModuleContext } from '../kernel/module.js';
import { PiiKeyring } from './pii/keyring.js';
import { sealStoredCustomers } from './pii/reseal.js';

export interface CustomersRuntime {
  keyring: PiiKeyring;
}

const runtimes = new WeakMap<ModuleContext, CustomersRuntime>();

/** Opens the personal-data keys and seals whatever an older version left in plaintext. */
export function bindCustomersRuntime(ctx: ModuleContext): CustomersRuntime {
  const keyring = PiiKeyring.open(ctx.config.dataDir);
  const sealed = sealStoredCustomers(ctx.db, keyring);
  if (sealed > 0) ctx.logger.info({ customers: sealed, keyId: keyring.currentKeyId }, 'customer personal data sealed under the current key');
  const runtime = { keyring };
  runtimes.set(ctx, runtime);
  return runtime;
}

export function customersRuntimeOf(ctx: ModuleContext): CustomersRuntime {
  const runtime = runtimes.get(ctx);
  if (!runtime) throw new Error('customers module is not registered on this appliance');
  return runtime;
}
