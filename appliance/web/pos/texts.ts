import { ApiError } from '../shared/api';
import { translator } from '../shared/i18n';
import { posMessages } from './messages.pt-BR';

export const t = translator(posMessages);

/** What the cashier reads about a failure: the API's pt-BR message, never an English text. */
export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : t('POS_ERROR_GENERIC');
}
