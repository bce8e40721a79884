/** Users as the back office reads them (`GET /users`); never a hash. */
export interface User {
  id: string;
  username: string;
  name: string;
  role: string;
  status: 'ACTIVE' | 'INACTIVE';
  hasPin: boolean;
  lockedUntil: string | null;
}

/** Roles a user can be given here (CUSTOMER accounts come from the ordering apps). */
export const STAFF_ROLES = ['CASHIER', 'WAITER', 'KITCHEN', 'MANAGER', 'ADMIN'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
