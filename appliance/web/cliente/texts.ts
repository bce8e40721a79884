import { translator } from '../shared/i18n';
import { clienteMessages } from './messages.pt-BR';

export const t = translator(clienteMessages);

export const pairTexts = {
  title: t('CLIENTE_PAIR_TITLE'),
  hint: t('CLIENTE_PAIR_HINT'),
  code: t('CLIENTE_PAIR_CODE'),
  submit: t('CLIENTE_PAIR_SUBMIT'),
  failed: t('CLIENTE_PAIR_FAILED'),
};
