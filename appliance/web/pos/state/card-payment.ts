import { signal } from '@preact/signals';
import type { CardPromptMessage } from '../../../contract/screens';

/**
 * The TEF terminal's progress during the card payment on screen: set when the payment starts,
 * advanced by the terminal's prompts (MQTT `card-prompts/{orderId}`), cleared when it ends.
 */
export const cardProgress = signal<Pick<CardPromptMessage, 'orderId' | 'stage' | 'text'> | null>(null);

export function startCardProgress(orderId: string): void {
  cardProgress.value = { orderId, stage: 'SENT', text: null };
}

export function endCardProgress(): void {
  cardProgress.value = null;
}

/** A prompt of some terminal: only the payment on this screen listens to it. */
export function cardPromptReceived(message: CardPromptMessage): void {
  const current = cardProgress.value;
  if (!current || current.orderId !== message.orderId) return;
  // The terminal's last message stays on screen until it shows another.
  cardProgress.value = { orderId: message.orderId, stage: message.stage, text: message.text ?? current.text };
}
