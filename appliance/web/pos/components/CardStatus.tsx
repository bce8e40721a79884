import { ApiError } from '../../shared/api';
import type { cardProgress } from '../state/card-payment';
import { t } from '../texts';

/** A card the terminal declined, or a terminal that did not answer in time: nothing was charged. */
export const isCardRefusal = (error: unknown) => error instanceof ApiError && ['PAYMENT_CARD_DECLINED', 'PAYMENT_CARD_TIMEOUT', 'PAYMENT_CARD_PARTIAL'].includes(error.code);

interface CardStatusProps {
  progress: (typeof cardProgress)['value'];
  /** The terminal's refusal in the appliance's pt-BR words, or null while the payment runs. */
  refused: string | null;
  onOtherMethod(): void;
}

/**
 * The TEF payment as the terminal runs it: sent, the customer at the PIN pad, each message the
 * terminal shows; then, if the card is refused or the terminal times out, why, and the way back:
 * Enter tries again, Esc (or the button) goes back to choosing how to pay.
 */
export function CardStatus({ progress, refused, onOtherMethod }: CardStatusProps) {
  if (refused !== null) {
    return (
      <div class="card-status refused" id="card-status" data-stage="REFUSED" role="alert">
        <strong>{refused}</strong>
        <div class="way-back">
          <span>{t('POS_CARD_REFUSED_HINT')}</span>
          <button type="button" id="card-other-method" onClick={onOtherMethod}>{t('POS_CARD_OTHER_METHOD')}</button>
        </div>
      </div>
    );
  }
  if (!progress) return null;
  return (
    <div class="card-status" id="card-status" data-stage={progress.stage} role="status">
      <strong>{progress.stage === 'SENT' ? t('POS_CARD_SENDING') : t('POS_CARD_FOLLOW')}</strong>
      {progress.text && <span id="card-prompt">{t('POS_CARD_TERMINAL', { message: progress.text })}</span>}
    </div>
  );
}
