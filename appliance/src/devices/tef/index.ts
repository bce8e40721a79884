export type {
  AuthorizationResult,
  AuthorizationStatus,
  AuthorizationTimeoutCause,
  AuthorizeRequest,
  CardCancelRequest,
  CardCancelResult,
  CardMethod,
  CardPaymentProvider,
  CardPrompt,
  NetworkDateTime,
  RecoveryOutcome,
  SaleCompletedCheck,
} from './card-provider.js';
export { TefDialProvider, type TefDialProviderOptions } from './tef-dial-provider.js';
export { SitefProvider, sitefCouponNumber, type SitefProviderOptions } from './sitef-provider.js';
export { TefDialAdmin, type AdminResult, type CancelRequest } from './tef-dial-admin.js';
export { VirtualCardNetwork, VirtualCardProvider } from './virtual-provider.js';
export { TefManagerSimulator, type TefScenario, type SimulatedState } from './simulator.js';
export { tefMessages } from './messages.pt-BR.js';
