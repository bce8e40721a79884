/**
 * The channels a product is sold on and an order line is priced for (a chat order is priced as
 * DELIVERY or TAKEOUT). Products list them, and pricing rules name them; a rule naming anything
 * else would never apply.
 */
export const SALE_CHANNELS = ['COUNTER', 'TABLE', 'DELIVERY', 'TAKEOUT', 'KIOSK', 'MARKETPLACE'] as const;
export type SaleChannel = (typeof SALE_CHANNELS)[number];
