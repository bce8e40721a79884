import { ApiError } from '../shared/api';
import { translator } from '../shared/i18n';
import { adminMessages } from './messages.pt-BR';

export const t = translator(adminMessages);
export type MessageKey = keyof typeof adminMessages;

/** A form's own check failed; its message is already pt-BR from the catalog. */
export class InputError extends Error {}

/** The field-level reasons a validation failure carries (pt-BR: the schema's own texts or zod's pt-BR locale). */
function fieldReasons(error: ApiError): string {
  if (error.code !== 'VALIDATION_FAILED' || !Array.isArray(error.details)) return '';
  const reasons = (error.details as { message?: unknown }[]).map((d) => d.message).filter((m): m is string => typeof m === 'string');
  return reasons.length ? ` ${reasons.join('; ')}` : '';
}

/** What the manager reads about a failure: the API's or the form's pt-BR message, never an English text. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message + fieldReasons(error);
  return error instanceof InputError ? error.message : t('ADMIN_ERROR_GENERIC');
}
