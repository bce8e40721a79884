import type { ChatOutboundMessage } from '../../contract/chat.js';
import { handOver, queueReply, saveContext, type Conversation, type ConversationContext, type MenuIndex } from '../chat/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';

/** WhatsApp's limits on interactive messages (the strictest of the three platforms). */
const ROW_TITLE = 24;
const ROW_DESCRIPTION = 72;
const BUTTON_TITLE = 20;
const MAX_ROWS = 10;
/** The body of a list or buttons message, and a text. */
export const BODY_MAX = 1024;
export const TEXT_MAX = 4096;

/** Cut to `max` UTF-16 units with an ellipsis, never between the halves of an emoji (the customer would read "�"). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

export interface Choice {
  id: string;
  title: string;
  description?: string | null;
}

/**
 * One customer message being answered: the conversation, its context (changed in place and saved
 * once at the end) and the bot's replies, all in the transaction that applied the message.
 */
export class ChatTurn {
  readonly context: ConversationContext;

  constructor(
    readonly tx: CommandTx,
    readonly ctx: ModuleContext,
    readonly conversation: Conversation,
    readonly menu: MenuIndex,
  ) {
    this.context = structuredClone(conversation.context);
  }

  t(key: string, params: Record<string, string | number> = {}): string {
    return this.ctx.messages.t(key, params);
  }

  send(message: ChatOutboundMessage): void {
    queueReply(this.tx, this.conversation, message, 'BOT');
  }

  text(key: string, params: Record<string, string | number> = {}): void {
    this.send({ kind: 'TEXT', text: this.t(key, params) });
  }

  /** Up to three reply buttons. */
  buttons(body: string, choices: Choice[]): void {
    this.send({ kind: 'BUTTONS', body: clip(body, BODY_MAX), buttons: choices.slice(0, 3).map((c) => ({ id: c.id, title: clip(c.title, BUTTON_TITLE) })) });
  }

  /** An interactive list of up to ten rows. */
  list(body: string, button: string, choices: Choice[]): void {
    this.send({
      kind: 'LIST',
      body: clip(body, BODY_MAX),
      button: clip(button, BUTTON_TITLE),
      sections: [{ title: '', rows: choices.slice(0, MAX_ROWS).map((c) => ({ id: c.id, title: clip(c.title, ROW_TITLE), description: c.description ? clip(c.description, ROW_DESCRIPTION) : null })) }],
    });
  }

  /** A person takes over: the bot says nothing more until staff release the conversation. */
  handOver(): void {
    handOver(this.tx, this.conversation.id);
    this.context.pending = null;
  }

  save(): void {
    saveContext(this.tx, this.conversation.id, this.context);
  }
}
