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

/** What the customer reads about a failure: the API's pt-BR message, never an English text. */
export function errorText(error: unknown): string {
  if (error instanceof OfflineError) return t('TOTEM_OFFLINE');
  return error instanceof ApiError ? error.message : t('TOTEM_ERROR_GENERIC');
}
