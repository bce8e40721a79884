import type { Actor } from '../kernel/journal/event.js';

/** Roles that audit drawers: they see expectations, other operators' drawers, and authorize. */
export const SUPERVISOR_ROLES: readonly string[] = ['ADMIN', 'MANAGER'];

export function isSupervisor(actor: Actor | null | undefined): boolean {
  return actor?.type === 'user' && SUPERVISOR_ROLES.includes(actor.role ?? '');
}
