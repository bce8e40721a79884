import { authModule } from './auth/index.js';
import { businessDayModule } from './business-day/index.js';
import { customersModule } from './customers/index.js';
import type { ApplianceModule } from './kernel/module.js';

/** Every domain module of the appliance, in dependency order of their migrations and demo seeds. */
export function applianceModules(): ApplianceModule[] {
  return [authModule, businessDayModule, customersModule];
}
