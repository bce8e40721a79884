import type { CardPrompt } from '../devices/tef/index.js';
import type { ModuleContext } from '../kernel/module.js';
import { type CardPromptMessage, cardPromptTopic } from '../../contract/screens.js';

/**
 * The TEF terminal's progress during a card payment of `orderId`, published for the cashier's
 * screen (`store/{storeId}/card-prompts/{orderId}`). Prompts change no state and are not journaled;
 * one that cannot be published is lost, and the payment goes on regardless.
 */
export function cardPromptPublisher(ctx: ModuleContext, orderId: string): (prompt: CardPrompt) => void {
  const topic = cardPromptTopic(ctx.config.storeId, orderId);
  return (prompt) => {
    const message: CardPromptMessage = { orderId, stage: prompt.stage, text: prompt.stage === 'MESSAGE' ? prompt.text : null, at: ctx.clock.now().toISOString() };
    ctx.mqtt.publish(topic, message, { qos: 0 }).catch((error: unknown) => ctx.logger.warn({ err: error, orderId }, 'card prompt not published'));
  };
}
