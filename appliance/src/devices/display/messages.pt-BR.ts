import type { Messages } from '../../kernel/i18n/catalog.js';

export const customerDisplayMessages: Messages = {
  CUSTOMER_DISPLAY_UNAVAILABLE: 'Display do cliente não responde na porta configurada.',
  CUSTOMER_DISPLAY_PROFILE_NOT_SERIAL: 'O display do cliente configurado não tem porta serial.',
  'display.delivery_fee': 'Taxa de entrega',
  'display.discount': 'DESCONTO',
  'display.item_cancelled': 'ITEM CANCELADO',
  'display.promotion_changed': 'PROMOÇÃO ALTERADA',
  'display.total': 'TOTAL',
  'display.welcome': 'BEM-VINDO!',
};
