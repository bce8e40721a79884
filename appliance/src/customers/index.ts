import type { ApplianceModule } from '../kernel/module.js';
import { customerMessages } from './messages.pt-BR.js';
import { customerMigrations } from './migrations.js';
import { registerCustomerRoutes } from './routes.js';

export type { Customer } from './customer.js';

export const customersModule: ApplianceModule = {
  name: 'customers',
  migrations: customerMigrations,
  messages: { 'pt-BR': customerMessages },
  register: registerCustomerRoutes,
};
