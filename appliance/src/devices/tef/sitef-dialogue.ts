import { setTimeout as sleep } from 'node:timers/promises';
import type { CardMethod } from './card-provider.js';
import { SITEF, type CliSiTefLibrary } from './clisitef-library.js';

export interface DialogueRequest {
  method: CardMethod;
  installments: number;
  /** Give up (interrupt at the next "may interrupt" command) after this long. */
  responseTimeoutMs: number;
  /** Pause between "may interrupt" polls while the customer is at the PIN pad. */
  pollIntervalMs: number;
  /** Hears each message the library shows the operator or the customer, as it shows it. */
  onMessage?: (text: string) => void;
}

export interface DialogueOutcome {
  /** What the last ContinuaFuncaoSiTefInterativo returned: 0 approved, > 0 declined, < 0 error or cancelled. */
  code: number;
  /** Values the library handed back with command 0, by TipoCampo. */
  fields: Map<number, string>;
  /** The last message shown to the operator or customer (the decline reason on a decline). */
  lastMessage: string | null;
  /** Why we stopped the dialogue ourselves, if we did. */
  interrupted: 'TIMEOUT' | 'UNANSWERABLE' | null;
}

const METHOD_OPTION: Record<CardMethod, RegExp> = {
  DEBIT: /d[eé]bito/i,
  CREDIT: /cr[eé]dito/i,
  VOUCHER: /voucher|vale/i,
};
const SINGLE_PAYMENT = /vista/i;
/** Instalments financed by the store ("parcelado pelo estabelecimento / loja"): no interest for the customer. */
const STORE_INSTALMENTS = /estabelecimento|loja/i;

/** "1:Cheque;2:Cartao de Debito;" → the number of the first option matching `pattern`. */
function chooseOption(menu: string, pattern: RegExp): string | null {
  for (const entry of menu.split(';')) {
    const [key, ...label] = entry.split(':');
    if (key && pattern.test(label.join(':'))) return key.trim();
  }
  return null;
}

/**
 * Answers the library's interactive commands for one card payment until it returns something
 * other than 10000. The operator's choices (payment type, à vista or in instalments, how many)
 * come from the request, so the cashier never types them on the POS twice.
 */
export async function runPaymentDialogue(lib: CliSiTefLibrary, request: DialogueRequest): Promise<DialogueOutcome> {
  const outcome: DialogueOutcome = { code: SITEF.CONTINUE, fields: new Map(), lastMessage: null, interrupted: null };
  const deadline = Date.now() + request.responseTimeoutMs;
  let answer = '';
  let proceed = true;
  while (outcome.code === SITEF.CONTINUE) {
    const step = await lib.continue(answer, proceed);
    outcome.code = step.code;
    if (step.code !== SITEF.CONTINUE) break;
    answer = '';
    proceed = true;
    switch (step.command) {
      case SITEF.COMMAND_FIELD:
        outcome.fields.set(step.fieldId, step.text);
        break;
      case SITEF.COMMAND_OPERATOR_MESSAGE:
      case SITEF.COMMAND_CUSTOMER_MESSAGE:
      case SITEF.COMMAND_BOTH_MESSAGE:
        if (step.text.trim()) {
          outcome.lastMessage = step.text.trim();
          request.onMessage?.(outcome.lastMessage);
        }
        break;
      case SITEF.COMMAND_MENU: {
        const wanted = chooseOption(step.text, METHOD_OPTION[request.method]) ?? chooseOption(step.text, request.installments > 1 ? STORE_INSTALMENTS : SINGLE_PAYMENT);
        if (wanted) answer = wanted;
        else [proceed, outcome.interrupted] = [false, 'UNANSWERABLE'];
        break;
      }
      case SITEF.COMMAND_READ_FIELD:
        if (step.fieldId === SITEF.FIELD_INSTALLMENTS) answer = String(request.installments);
        else [proceed, outcome.interrupted] = [false, 'UNANSWERABLE'];
        break;
      case SITEF.COMMAND_YES_NO:
        answer = '0';
        break;
      case SITEF.COMMAND_MAY_INTERRUPT:
        if (Date.now() >= deadline) [proceed, outcome.interrupted] = [false, 'TIMEOUT'];
        else await sleep(request.pollIntervalMs);
        break;
      default:
        // Titles, clearing messages, headers and "press a key" need nothing from the POS.
        break;
    }
  }
  return outcome;
}
