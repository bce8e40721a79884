import type { KdsItem, KdsRecent, KdsTicket, KdsView } from './types';

export function el(tag: string, cls?: string | null, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mmss(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function whereText(view: KdsView, ticket: Pick<KdsTicket, 'table' | 'channel'> | KdsRecent): string {
  const table = ticket.table ? `${view.t('KDS_TABLE')} ${ticket.table}` : '';
  if (ticket.channel === 'TABLE' && table) return table;
  return [view.t(`KDS_CHANNEL_${ticket.channel}`), table].filter(Boolean).join(' · ');
}

export function timerOf(view: KdsView, ticket: KdsTicket): { cls: string; text: string } {
  const fromFire = (view.now() - Date.parse(ticket.fireAt)) / 1000;
  if (fromFire < 0) return { cls: 'hold', text: `${view.t('KDS_STARTS_IN')} ${mmss(-fromFire)}` };
  const cls = fromFire >= ticket.timers.lateAfterSeconds ? 'late' : fromFire >= ticket.timers.warnAfterSeconds ? 'warn' : 'ok';
  return { cls, text: mmss(fromFire) };
}

/**
 * The countdown of a dish prep-sync fires after the first of its ticket (a 5-minute chicken beside
 * a 10-minute burger): the ticket's timer runs from the burger's start, so the chicken's line says
 * when to fire it, also once the cook started the ticket (Iniciar starts every line of it). Null
 * once it is due or done, or when it fires with the ticket.
 */
export function lineHoldText(view: KdsView, ticket: KdsTicket, item: KdsItem): string | null {
  const fireAt = Date.parse(item.fireAt);
  if (item.status === 'DONE' || !(fireAt > Date.parse(ticket.fireAt))) return null;
  const waitSeconds = (fireAt - view.now()) / 1000;
  return waitSeconds > 0 ? `${view.t('KDS_STARTS_IN')} ${mmss(waitSeconds)}` : null;
}

function showLineHold(line: HTMLElement, text: string | null): void {
  line.classList.toggle('held', text !== null);
  let countdown = line.querySelector<HTMLElement>('.starts');
  if (text === null) {
    countdown?.remove();
    return;
  }
  if (!countdown) {
    countdown = el('span', 'starts');
    // Under the dish's name (and its station tag on expo), above its modifiers.
    (line.querySelector('.tag') ?? line.querySelector('.name'))!.after(countdown);
  }
  countdown.textContent = text;
}

/** Every second: the dishes' own countdowns on a shown card. */
export function refreshLineHolds(view: KdsView, node: HTMLElement, ticket: KdsTicket): void {
  for (const line of node.querySelectorAll<HTMLElement>('li.item')) {
    const item = ticket.items.find((i) => i.itemId === line.dataset.itemId);
    if (item) showLineHold(line, lineHoldText(view, ticket, item));
  }
}

function button(cls: string, text: string, onClick: () => void): HTMLElement {
  const node = el('button', cls, text) as HTMLButtonElement;
  node.type = 'button';
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    onClick();
  });
  return node;
}

/** One ticket card; tapping a line bumps (or recalls) that line, the footer acts on the ticket. */
export function card(view: KdsView, ticket: KdsTicket, position: number): HTMLElement {
  const timer = timerOf(view, ticket);
  const node = el('article', `ticket ${timer.cls}${ticket.ticketId === view.selectedId ? ' selected' : ''}`);
  node.dataset.ticketId = ticket.ticketId;
  node.dataset.status = ticket.status;
  const head = el('header');
  if (position < 9) head.appendChild(el('span', 'pos', String(position + 1)));
  head.appendChild(el('span', 'num', `#${ticket.orderNumber}`));
  head.appendChild(el('span', 'where', whereText(view, ticket)));
  head.appendChild(el('span', 'timer', timer.text));
  node.appendChild(head);
  const live = ticket.items.filter((i) => i.status !== 'VOIDED');
  if (ticket.kind === 'EXPO' && live.length > 0 && live.every((i) => i.status === 'DONE')) node.appendChild(el('div', 'status ready', view.t('KDS_ALL_READY')));
  const list = el('ol', 'items');
  for (const item of live) {
    const li = el('li', `item ${item.status}`);
    li.dataset.itemId = item.itemId;
    li.appendChild(el('span', 'qty', item.unit === 'GRAM' ? `${item.quantity} g` : `${item.quantity}×`));
    li.appendChild(el('span', 'name', item.name));
    if (ticket.kind === 'EXPO') li.appendChild(el('span', 'tag', item.station));
    showLineHold(li, lineHoldText(view, ticket, item));
    if (item.modifiers.length) {
      const mods = el('ul', 'mods');
      for (const m of item.modifiers) mods.appendChild(el('li', null, m));
      li.appendChild(mods);
    }
    if (item.notes) li.appendChild(el('p', 'notes', `${view.t('KDS_NOTES')} ${item.notes}`));
    li.addEventListener('click', (event) => {
      event.stopPropagation();
      view.send(ticket.ticketId, item.status === 'DONE' ? 'recall' : 'bump', item.itemId);
    });
    list.appendChild(li);
  }
  node.appendChild(list);
  const foot = el('footer');
  if (ticket.status === 'OPEN') foot.appendChild(button('start', view.t('KDS_START'), () => view.send(ticket.ticketId, 'start')));
  foot.appendChild(button('bump', view.t('KDS_BUMP'), () => view.send(ticket.ticketId, 'bump')));
  node.appendChild(foot);
  node.addEventListener('click', () => view.select(ticket.ticketId));
  return node;
}
