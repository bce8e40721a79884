import { ApiError, OfflineError } from '../shared/api';
import { translator } from '../shared/i18n';
import { totemMessages } from './messages.pt-BR';

export const t = translator(totemMessages);

export const pairTexts = {
  title: t('TOTEM_PAIR_TITLE'),
  hint: t('TOTEM_PAIR_HINT'),
  code: t('TOTEM_PAIR_CODE'),
  submit: t('TOTEM_PAIR_SUBMIT'),
  failed: t('TOTEM_PAIR_FAILED'),
};

/**
 * Refusals that are the store's to fix, not the customer's: the appliance's texts for them speak to
 * the staff ("Abra o dia para vender", "passe o cartão na maquininha"), so the kiosk says what the
 * customer can do instead.
 */
function storeSideText(code: string): string | null {
  if (code === 'BUSINESS_DAY_NOT_OPEN') return t('TOTEM_NOT_TAKING_ORDERS');
  if (code === 'PAYMENT_TEF_NOT_CONFIGURED' || code.startsWith('TEF_')) return t('TOTEM_CARD_UNAVAILABLE');
  if (code.startsWith('CASHIER_')) return t('TOTEM_ERROR_GENERIC');
  return null;
}

/** What the customer reads about a failure: the API's pt-BR message when it is meant for them, never an English text. */
export function errorText(error: unknown): string {
  if (error instanceof OfflineError) return t('TOTEM_OFFLINE');
  return error instanceof ApiError ? (storeSideText(error.code) ?? error.message) : t('TOTEM_ERROR_GENERIC');
}
