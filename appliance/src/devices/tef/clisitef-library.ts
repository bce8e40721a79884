/**
 * The CliSiTef interactive interface (libclisitef.so), as the SiTef provider uses it. Calls that
 * may wait on the SiTef server or the PIN pad are asynchronous so the store's event loop keeps
 * serving while the customer types the PIN.
 */
export interface CliSiTefLibrary {
  /** ConfiguraIntSiTefInterativo: 0 when the library accepted the server, store and terminal. */
  configure(server: string, storeCode: string, terminalId: string): number;
  /** IniciaFuncaoSiTefInterativo: 10000 to go on with `continue`, anything else ends the function. */
  start(request: StartRequest): Promise<number>;
  /** ContinuaFuncaoSiTefInterativo with the answer to the previous command in `answer`. */
  continue(answer: string, proceed: boolean): Promise<ContinueResult>;
  /** FinalizaFuncaoSiTefInterativo: confirms (true) or undoes every payment of the coupon. */
  finish(confirm: boolean, coupon: FiscalCoupon): Promise<void>;
  /** ObtemQuantidadeTransacoesPendentes: approvals of the coupon awaiting `finish` (-13: unknown coupon). */
  pendingCount(coupon: FiscalCoupon): number;
  close(): void;
}

/** CupomFiscal + DataFiscal group a sale's payments; HoraFiscal goes along for the PIN pad's checks. */
export interface FiscalCoupon {
  number: string;
  /** YYYYMMDD */
  date: string;
  /** HHMMSS */
  time: string;
}

export interface StartRequest {
  functionCode: number;
  /** Amount in reais with a decimal comma, as CliSiTef expects ("123,45"). */
  amount: string;
  coupon: FiscalCoupon;
  operator: string;
}

export interface ContinueResult {
  code: number;
  command: number;
  fieldId: number;
  minLength: number;
  maxLength: number;
  /** What the library put in the buffer (message, menu, field value). */
  text: string;
}

export const SITEF = {
  CONTINUE: 10_000,
  OK: 0,
  /** IniciaFuncao function codes: payment with the library's own menu, debit, credit. */
  FUNCTION_PAYMENT_MENU: 0,
  /** ContinuaFuncao commands. */
  COMMAND_FIELD: 0,
  COMMAND_OPERATOR_MESSAGE: 1,
  COMMAND_CUSTOMER_MESSAGE: 2,
  COMMAND_BOTH_MESSAGE: 3,
  COMMAND_MENU_TITLE: 4,
  COMMAND_YES_NO: 20,
  COMMAND_MENU: 21,
  COMMAND_WAIT_KEY: 22,
  COMMAND_MAY_INTERRUPT: 23,
  COMMAND_READ_FIELD: 30,
  /** TipoCampo ids of the values the library hands back (command 0) or asks for (command 30). */
  FIELD_CUSTOMER_RECEIPT: 121,
  FIELD_MERCHANT_RECEIPT: 122,
  FIELD_INSTITUTION_CODE: 131,
  FIELD_CARD_BRAND: 132,
  FIELD_NSU_SITEF: 133,
  FIELD_NSU_HOST: 134,
  FIELD_AUTHORIZATION_CODE: 135,
  FIELD_INSTITUTION_NAME: 156,
  FIELD_INSTALLMENTS: 505,
  /** The transaction amount in centavos: less than asked on a partial approval. */
  FIELD_TRANSACTION_AMOUNT: 1319,
  /** Return codes: library not configured, no link to the SiTef server. */
  NOT_CONFIGURED: -1,
  NO_SERVER: -5,
} as const;
