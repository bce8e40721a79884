/**
 * The permission table. Names are `<area>.<action>`; routes check them with
 * `requirePermission('orders.create')` and MQTT topics with the broker ACL (by role).
 * To add a permission: append it to PERMISSIONS and grant it to the roles that need it below;
 * ADMIN always holds every permission.
 */
export const PERMISSIONS = [
  'orders.read',
  'orders.create',
  'orders.confirm',
  'orders.cancel',
  'orders.discount',
  'orders.fulfil',
  'catalog.read',
  'catalog.write',
  'kds.operate',
  'cashier.operate',
  'business_day.read',
  'business_day.manage',
  'payments.capture',
  'payments.refund',
  // Payment at the table: an open tab's orders, by card on the TEF terminal only (workflows/table-card-payment.ts).
  'payments.table_card',
  // A self-service screen pays its own orders, by PIX or card on its terminal (workflows/kiosk-orders.ts): no other payment route.
  'payments.self_service',
  'devices.manage',
  'users.manage',
  'audit.read',
  'journal.read',
  'reports.read',
  'stock.read',
  'stock.manage',
  'fiscal.read',
  'fiscal.cancel',
  'fiscal.export',
  'fiscal.manage',
  'tables.read',
  'tables.operate',
  'tables.manage',
  'printers.read',
  'printing.read',
  // Weighing on the store's scales (a read holds the scale's serial line): staff, not self-service screens.
  'scales.read',
  'printing.manage',
  'customers.read',
  'customers.manage',
  'customers.erase',
  'privacy.keys',
  'integrations.manage',
  'backups.manage',
  'logs.read',
  'chat.parse',
  'chat.read',
  'chat.reply',
  'service.restart',
  'system.update',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['ADMIN', 'MANAGER', 'CASHIER', 'WAITER', 'KITCHEN', 'CUSTOMER'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose PIN or password may authorize a manager override. */
export const OVERRIDE_ROLES: readonly Role[] = ['ADMIN', 'MANAGER'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  MANAGER: PERMISSIONS.filter((p) => !['devices.manage', 'journal.read', 'fiscal.manage', 'privacy.keys', 'integrations.manage', 'backups.manage', 'logs.read', 'system.update'].includes(p)),
  // Cancelling after confirmation and discounts also need a manager override (see workflows).
  CASHIER: [
    'orders.read',
    'orders.create',
    'orders.confirm',
    'orders.cancel',
    'orders.discount',
    'orders.fulfil',
    'catalog.read',
    'cashier.operate',
    'business_day.read',
    'payments.capture',
    // Refunds stay within the cumulative cashier limits; above them a manager authorizes.
    'payments.refund',
    'payments.table_card',
    'fiscal.read',
    'tables.read',
    'tables.operate',
    'printers.read',
    'printing.read',
    'scales.read',
    'customers.read',
    'customers.manage',
    'stock.read',
    // The chat conversations waiting for a person are answered at the till too.
    'chat.read',
    'chat.reply',
  ],
  WAITER: ['orders.read', 'orders.create', 'orders.confirm', 'orders.cancel', 'orders.fulfil', 'catalog.read', 'business_day.read', 'payments.table_card', 'tables.read', 'tables.operate', 'customers.read', 'scales.read'],
  KITCHEN: ['orders.read', 'orders.fulfil', 'catalog.read', 'kds.operate', 'stock.read'],
  CUSTOMER: ['catalog.read', 'orders.create', 'orders.confirm'],
};

export const DEVICE_KINDS = ['POS', 'KDS', 'WAITER_TABLET', 'KIOSK', 'CUSTOMER_DISPLAY'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/**
 * What an enrolled device may do with its own token, before (or without) a person logging in on
 * it: a KDS screen bumps tickets unattended, a kiosk takes orders; a POS only reads until a
 * cashier logs in with a user session.
 */
export const DEVICE_PERMISSIONS: Record<DeviceKind, readonly Permission[]> = {
  POS: ['catalog.read', 'business_day.read', 'printers.read', 'printing.read'],
  KDS: ['kds.operate', 'orders.read', 'catalog.read'],
  WAITER_TABLET: ['catalog.read', 'tables.read'],
  // A kiosk pays its own orders (workflows/kiosk-orders.ts), which then reach the kitchen: it never confirms one itself.
  KIOSK: ['catalog.read', 'orders.create', 'payments.self_service'],
  CUSTOMER_DISPLAY: [],
};

export function permissionsOfRole(role: string): readonly Permission[] {
  return ROLE_PERMISSIONS[role as Role] ?? [];
}
