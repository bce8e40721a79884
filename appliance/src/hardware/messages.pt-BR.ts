import { customerDisplayMessages } from '../devices/display/messages.pt-BR.js';
import { scaleMessages } from '../devices/scale/messages.pt-BR.js';
import { scannerMessages } from '../devices/scanner/messages.pt-BR.js';
import { tefMessages } from '../devices/tef/messages.pt-BR.js';
import type { Messages } from '../kernel/i18n/catalog.js';

/** The drivers' texts (their error codes reach the store through this module) plus the registry's own. */
export const hardwareMessages: Messages = {
  ...scaleMessages,
  ...tefMessages,
  ...scannerMessages,
  ...customerDisplayMessages,
  HARDWARE_NOT_FOUND: 'Dispositivo não cadastrado.',
  HARDWARE_PROFILE_NOT_FOUND: 'Modelo "{profileId}" não encontrado nos perfis de firmware.',
  HARDWARE_PROFILE_KIND_MISMATCH: 'O modelo "{profileId}" não é do tipo {kind}.',
  HARDWARE_PROFILE_NOT_SERIAL: 'O modelo "{profileId}" não se conecta por porta serial.',
  HARDWARE_TRANSPORT_NOT_SUPPORTED: 'Forma de conexão não suportada para {kind}.',
  HARDWARE_PORT_IN_USE: 'Esta porta serial já está atribuída a outro dispositivo.',
  HARDWARE_TEF_ALREADY_CONFIGURED: 'A loja já tem um terminal TEF configurado; remova-o antes de cadastrar outro.',
  HARDWARE_KIND_CHANGE: 'Não é possível mudar o tipo de um dispositivo; cadastre outro identificador.',
  HARDWARE_NOT_VIRTUAL: 'Este comando só vale para dispositivos virtuais.',
  HARDWARE_SCAN_LOOKUP_FAILED: 'Não foi possível consultar o produto lido. Tente novamente.',
  HARDWARE_NOT_A_SCALE: 'Este dispositivo não é uma balança.',
  SCALE_WEIGHT_EMPTY: 'Balança vazia: coloque o item na balança.',
  SCALE_PRODUCT_NOT_SOLD_BY_WEIGHT: 'O produto {product} não é vendido por peso.',
  'display.paid': 'PAGO',
  'display.change': 'TROCO',
};
