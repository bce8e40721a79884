import { signal } from '@preact/signals';
import { api } from './session';

/** How many chat customers wait for a person (WhatsApp, Instagram, Messenger): the status bar's badge. */
export const chatWaiting = signal(0);

export async function refreshChatWaiting(): Promise<void> {
  try {
    const conversations = await api.get('/api/v1/chat/conversations');
    chatWaiting.value = conversations.filter((c) => c.waitingSince !== null).length;
  } catch {
    // An operator without access to the conversations, or the link down: the badge stays as it was.
  }
}
