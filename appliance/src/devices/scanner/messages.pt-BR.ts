import type { Messages } from '../../kernel/i18n/catalog.js';

export const scannerMessages: Messages = {
  SCANNER_UNAVAILABLE: 'Leitor de código de barras não encontrado na porta configurada.',
  SCANNER_PROFILE_NOT_SERIAL: 'O leitor configurado não é serial (leitores USB teclado ficam no terminal).',
  'scanner.unknownBarcode': 'Código de barras {code} não cadastrado.',
};
