import { ApiError } from '../shared/api';
import { translator } from '../shared/i18n';
import { adminMessages } from './messages.pt-BR';

export const t = translator(adminMessages);
export type MessageKey = keyof typeof adminMessages;

/** A form's own check failed; its message is already pt-BR from the catalog. */
export class InputError extends Error {}

/** What the manager reads about a failure: the API's or the form's pt-BR message, never an English text. */
export function errorText(error: unknown): string {
  return error instanceof ApiError || error instanceof InputError ? error.message : t('ADMIN_ERROR_GENERIC');
}
