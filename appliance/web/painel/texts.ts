import { translator } from '../shared/i18n';
import { painelMessages } from './messages.pt-BR';

export const t = translator(painelMessages);

export const pairTexts = {
  title: t('PAINEL_PAIR_TITLE'),
  hint: t('PAINEL_PAIR_HINT'),
  code: t('PAINEL_PAIR_CODE'),
  submit: t('PAINEL_PAIR_SUBMIT'),
  failed: t('PAINEL_PAIR_FAILED'),
};
