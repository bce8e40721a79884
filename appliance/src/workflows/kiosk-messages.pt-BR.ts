/** Errors of the self-order kiosk's workflow (what the customer at the kiosk may read). */
export const kioskMessages = {
  KIOSK_PAYMENT_METHOD_NOT_ALLOWED: 'No totem o pagamento é só por Pix ou cartão.',
} as const;
