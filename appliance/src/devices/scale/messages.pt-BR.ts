import type { Messages } from '../../kernel/i18n/catalog.js';

/** Store-facing text for scale errors and weight states (keys = error codes / `scale.state.*`). */
export const scaleMessages: Messages = {
  SCALE_UNAVAILABLE: 'Balança não responde na porta configurada. Verifique se está ligada e o cabo conectado.',
  SCALE_PROFILE_NOT_SERIAL: 'O modelo de balança configurado não tem porta serial.',
  SCALE_WEIGHT_NOT_STABLE: 'Não foi possível obter um peso estável. Pese novamente.',
  'scale.state.stable': 'Peso estável.',
  'scale.state.unstable': 'Peso instável: aguarde a balança estabilizar.',
  'scale.state.negative': 'Peso negativo: retire o item e zere a balança.',
  'scale.state.overload': 'Sobrecarga: o peso excede a capacidade da balança.',
  'scale.state.timeout': 'A balança não respondeu. Verifique se está ligada e conectada.',
  'scale.state.timeout.NOT_KILOGRAMS': 'A balança está pesando em outra unidade: configure o indicador para quilogramas (kg).',
};
