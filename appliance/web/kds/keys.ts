import type { KdsAction, KdsRecent, KdsTicket } from './types';

interface BumpBarTarget {
  /** False while the setup form is open (its fields take the keys). */
  active(): boolean;
  tickets(): KdsTicket[];
  selectedId(): string | null;
  select(id: string | null): void;
  send(ticketId: string, action: KdsAction): void;
  lastRecent(): KdsRecent | undefined;
  closeRecall(): void;
}

/** The bump bar is a keyboard: 1–9 pick a ticket, arrows move, Enter/B bump, I/S start, R recall. */
export function bindBumpBar(target: BumpBarTarget): void {
  document.addEventListener('keydown', (event) => {
    if (!target.active() || (event.target as HTMLElement).tagName === 'INPUT') return;
    const tickets = target.tickets();
    const index = tickets.findIndex((x) => x.ticketId === target.selectedId());
    const current = tickets[index] || tickets[0];
    const key = event.key;
    if (/^[1-9]$/.test(key)) {
      const pick = tickets[Number(key) - 1];
      target.select(pick ? pick.ticketId : target.selectedId());
    } else if (key === 'ArrowRight' || key === 'ArrowDown') {
      const next = tickets[Math.min(tickets.length - 1, index + 1)];
      target.select(next ? next.ticketId : target.selectedId());
    } else if (key === 'ArrowLeft' || key === 'ArrowUp') {
      const prev = tickets[Math.max(0, index - 1)];
      target.select(prev ? prev.ticketId : target.selectedId());
    } else if ((key === 'Enter' || key === ' ' || key === 'b' || key === 'B') && current) target.send(current.ticketId, 'bump');
    else if ((key === 'i' || key === 'I' || key === 's' || key === 'S') && current) target.send(current.ticketId, 'start');
    else if (key === 'r' || key === 'R') {
      const last = target.lastRecent();
      if (last) target.send(last.ticketId, 'recall');
    } else if (key === 'Escape') target.closeRecall();
    else return;
    event.preventDefault();
  });
}
