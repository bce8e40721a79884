import type { ApplianceModule } from '../kernel/module.js';
import { sealedRequestNotes } from './data-requests.js';
import { customerMessages } from './messages.pt-BR.js';
import { customerMigrations } from './migrations.js';
import { registerCustomerRoutes } from './routes.js';
import { bindCustomersRuntime } from './runtime.js';

export type { Customer, CustomerAddress } from './customer.js';
export { toCustomer, type CustomerRow } from './customer.js';
export { anonymizeCustomer, assertCustomerTakesData, createCustomer, findCustomerIdByPhone, loadCustomer, updateCustomer, type CustomerInput } from './commands.js';
export { customerBody } from './customer-body.js';
export { listConsents, recordConsent, type Consent, type ConsentSource } from './consents.js';
export {
  DATA_REQUEST_CHANNELS,
  DATA_REQUEST_DEADLINE_DAYS,
  DATA_REQUEST_KINDS,
  listDataRequests,
  recordDataRequest,
  type DataRequest,
  type DataRequestChannel,
  type DataRequestKind,
} from './data-requests.js';
export { holdUntil, listLegalHolds, recordLegalHolds, type LegalHold } from './legal-holds.js';
export { customersRuntimeOf, type CustomersRuntime } from './runtime.js';
export { eraseCustomerRemnants, type BackupEraser } from './pii/erase-remnants.js';

/** The customer answers' schemas, for the OpenAPI document of the workflow routes (loaded on demand). */
export const customerAnswers = () => import('./answers.js');

export const customersModule: ApplianceModule = {
  name: 'customers',
  migrations: customerMigrations,
  messages: { 'pt-BR': customerMessages },
  register(ctx) {
    ctx.pii.register(sealedRequestNotes);
    bindCustomersRuntime(ctx);
    registerCustomerRoutes(ctx);
  },
};
