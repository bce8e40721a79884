import { ApiError, OfflineError } from '../shared/api';
import { translator } from '../shared/i18n';
import { garcomMessages } from './messages.pt-BR';

export const t = translator(garcomMessages);

export const pairTexts = {
  title: t('WAITER_PAIR_TITLE'),
  hint: t('WAITER_PAIR_HINT'),
  code: t('WAITER_PAIR_CODE'),
  submit: t('WAITER_PAIR_SUBMIT'),
  failed: t('WAITER_PAIR_FAILED'),
};

/** What the waiter reads about a failure: the API's pt-BR message, never an English text. */
export function errorText(error: unknown): string {
  if (error instanceof OfflineError) return t('WAITER_OFFLINE_ERROR');
  return error instanceof ApiError ? error.message : t('WAITER_ERROR_GENERIC');
}

/** How long a table has been in its state, for the floor plan. */
export function sinceText(sinceMs: number, nowMs: number): string {
  const minutes = Math.max(0, Math.floor((nowMs - sinceMs) / 60_000));
  if (minutes < 1) return t('WAITER_SINCE_NOW');
  if (minutes < 60) return t('WAITER_SINCE_MIN', { minutes });
  return t('WAITER_SINCE_HOURS', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/**
 * The split's part labels come from the API in a neutral form that names the bill they split
 * (`table 4 seat 2`, `table 4 shared`, `tables 4+5 1/3`, `table 4 2`). The waiter is on that bill
 * already, so only a seat of joined tables names its table ("Mesa 5 · Lugar 1"); a name the waiter
 * typed is shown as typed.
 */
export function partLabel(label: string, joined = false): string {
  const seat = /^table (.+) seat (\d+)$/.exec(label);
  if (seat) return joined ? t('WAITER_TABLE_SEAT', { table: seat[1], seat: seat[2] }) : t('WAITER_SEAT', { seat: seat[2] });
  const part = /^tables? .+ (shared|\d+|\d+\/\d+)$/.exec(label)?.[1];
  if (part === undefined) return label;
  if (part === 'shared') return t('WAITER_SHARED');
  return /^\d+$/.test(part) ? t('WAITER_SPLIT_PERSON', { n: part }) : part;
}
