import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { Outcome } from '../components/Outcome';
import { followConversations, loadConversation, loadConversations, releaseToBot, replyTo, type ConversationSummary, type ConversationThread } from '../state/chat';
import { formFields, useAction, useQuery } from '../state/load';
import { t } from '../texts';
import { storeShortDateTime as time } from '../state/store-time';

const who = (c: Pick<ConversationSummary, 'profileName' | 'phone'>) => c.profileName ?? c.phone ?? t('ADMIN_CHAT_UNNAMED');

function StatusPill({ conversation }: { conversation: Pick<ConversationSummary, 'status' | 'waitingSince'> }) {
  if (conversation.waitingSince) return <span class="pill down">{t('ADMIN_CHAT_WAITING')}</span>;
  return <span class={`pill ${conversation.status === 'HANDED_OVER' ? 'degraded' : 'ok'}`}>{t(conversation.status === 'HANDED_OVER' ? 'ADMIN_CHAT_WITH_STAFF' : 'ADMIN_CHAT_WITH_BOT')}</span>;
}

function Thread({ thread, changed }: { thread: ConversationThread; changed: () => Promise<void> }) {
  const [run, busy, message, failed] = useAction();
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => end.current?.scrollIntoView({ block: 'end' }), [thread.messages.length]);
  const reply = (event: Event) => {
    const { text } = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      await replyTo(thread.id, text);
      form.reset();
      await changed();
      return t('ADMIN_CHAT_SENT');
    });
  };
  const release = () =>
    void run(async () => {
      await releaseToBot(thread.id);
      await changed();
      return t('ADMIN_CHAT_RELEASED');
    });
  return (
    <section class="card chat-thread" aria-label={who(thread)}>
      <h2>
        <span>
          {who(thread)} <span class="tag">{t(`ADMIN_CHANNEL_${thread.channel}`)}</span>
        </span>
        <StatusPill conversation={thread} />
      </h2>
      {thread.orders.length > 0 && (
        <ul class="chat-orders">
          {thread.orders.map((o) => (
            <li key={o.orderId}>
              {o.fulfilment === 'DELIVERY'
                ? t('ADMIN_CHAT_ORDER_DELIVERY', { address: o.deliveryAddress?.text ?? '', fee: formatCents(o.deliveryFeeCents) })
                : t('ADMIN_CHAT_ORDER_PICKUP')}
              {' · '}
              {t(`ADMIN_CHAT_PAY_${o.paymentMethod}`)}
              {o.changeForCents !== null && ` · ${t('ADMIN_CHAT_CHANGE_FOR', { amount: formatCents(o.changeForCents) })}`}
              {' · '}
              {time(o.createdAt)}
            </li>
          ))}
        </ul>
      )}
      <ol class="chat-messages">
        {thread.messages.map((m) => (
          <li key={m.id} class={`bubble ${m.author.toLowerCase()}`}>
            <small>
              {t(`ADMIN_CHAT_AUTHOR_${m.author}`)} · {time(m.createdAt)}
              {m.failureCode && <strong class="error"> · {t('ADMIN_CHAT_NOT_DELIVERED', { code: m.failureCode })}</strong>}
            </small>
            <p>{m.text}</p>
          </li>
        ))}
        <li ref={end} class="chat-end" />
      </ol>
      {thread.staffMayReply ? (
        <form class="chat-reply" onSubmit={reply}>
          <label>
            {t('ADMIN_CHAT_REPLY_LABEL')}
            <textarea name="text" required maxLength={4096} rows={3} />
          </label>
          <div class="row-actions">
            {thread.status === 'HANDED_OVER' && (
              <button type="button" onClick={release} disabled={busy}>
                {t('ADMIN_CHAT_RELEASE')}
              </button>
            )}
            <button type="submit" class="primary" disabled={busy}>
              {t('ADMIN_CHAT_REPLY')}
            </button>
          </div>
        </form>
      ) : (
        <p class="hint">{t('ADMIN_CHAT_WINDOW_CLOSED')}</p>
      )}
      <Outcome message={message} failed={failed} />
    </section>
  );
}

/** Conversas: the chat customers, those waiting for a person first; the thread and a reply box, live over MQTT. */
export function ConversationsPage() {
  const list = useQuery(loadConversations, 'chat-conversations');
  const [selected, setSelected] = useState<string | null>(null);
  const thread = useQuery(() => (selected ? loadConversation(selected) : Promise.resolve(null)), `chat-thread-${selected}`);
  // The live handler outlives renders: it reads the latest list, selection and reloads through this.
  const latest = useRef({ list, thread, selected });
  latest.current = { list, thread, selected };
  useEffect(
    () =>
      followConversations((id) => {
        const now = latest.current;
        void now.list.reload();
        if (now.selected && (id === null || id === now.selected)) void now.thread.reload();
      }),
    [],
  );
  const conversations = list.data ?? [];
  return (
    <>
      <h1>{t('ADMIN_NAV_CHAT')}</h1>
      <p class="hint">{t('ADMIN_CHAT_HINT')}</p>
      {list.error && <p class="error">{list.error}</p>}
      <div class="chat-layout">
        <ul class="card chat-list">
          {conversations.length === 0 && <li class="hint">{t('ADMIN_CHAT_EMPTY')}</li>}
          {conversations.map((c) => (
            <li key={c.id}>
              <button type="button" class={c.id === selected ? 'on' : ''} aria-current={c.id === selected ? 'true' : undefined} onClick={() => setSelected(c.id)}>
                <span class="chat-who">
                  <strong>{who(c)}</strong> <span class="tag">{t(`ADMIN_CHANNEL_${c.channel}`)}</span>
                </span>
                <StatusPill conversation={c} />
                <span class="chat-last">{c.lastMessage ?? ''}</span>
                <small>{time(c.updatedAt)}</small>
              </button>
            </li>
          ))}
        </ul>
        {thread.data ? <Thread thread={thread.data} changed={async () => { await thread.reload(); await list.reload(); }} /> : <p class="card hint">{t('ADMIN_CHAT_PICK')}</p>}
      </div>
    </>
  );
}
