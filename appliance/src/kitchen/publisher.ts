import type { JournalEvent } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import type { KitchenEventType } from './events.js';
import { listStations } from './stations.js';
import { stmt } from './statements.js';
import { allDayCounts, recentBumped } from './summaries.js';
import { allOpenTickets, isOpen, loadTicket } from './tickets.js';
import type { KitchenTicket } from './types.js';

const SYNC_MARKER = 'kitchen.retained_synced_from';
/** Slack for clock steps between runs when choosing which closed tickets to clear again. */
const MARKER_SLACK_MS = 5 * 60_000;

/**
 * The tickets closed since a time, through the indexes a bump and a void write anyway: bumped ones
 * per station from `kitchen_tickets_bumped` (station, bumped_at; a bump sets closed_at to bumped_at),
 * the stations taken one by one from the same index (a recursive skip over it, so a year of bumped
 * tickets is not read to find a handful of codes), voided ones from their own small index. An index
 * on closed_at served this start-up query alone and cost a page written in every bump's commit.
 */
export const CLOSED_SINCE = `
  WITH RECURSIVE bumped_station(code) AS (
    SELECT min(station) FROM kitchen_tickets WHERE status = 'BUMPED'
    UNION ALL
    SELECT (SELECT min(station) FROM kitchen_tickets WHERE status = 'BUMPED' AND station > code) FROM bumped_station WHERE code IS NOT NULL
  )
  SELECT t.id, t.station FROM bumped_station s JOIN kitchen_tickets t ON t.station = s.code AND t.status = 'BUMPED' AND t.bumped_at >= @since
  UNION ALL
  SELECT id, station FROM kitchen_tickets WHERE status = 'VOIDED' AND closed_at >= @since`;
/** All-day and recall lists are glanced at, not raced: coalesce a burst of events into one publish. */
const SUMMARY_DELAY_MS = 200;

export function kdsTopics(storeId: string) {
  const root = `store/${storeId}/kds`;
  return {
    ticket: (station: string, ticketId: string) => `${root}/${station}/tickets/${ticketId}`,
    allday: (station: string) => `${root}/${station}/allday`,
    recent: (station: string) => `${root}/${station}/recent`,
    errors: (station: string) => `${root}/${station}/errors`,
    commands: `${root}/+/commands`,
  };
}

/**
 * Mirrors SQLite onto retained MQTT messages: after each committed kitchen event the ticket's
 * current row is published (or its retained message cleared), and at start the whole retained set
 * is rebuilt, so what screens get on (re)subscribe is exactly the open tickets.
 */
export class KdsPublisher {
  private readonly topics;
  private readonly dirtyStations = new Set<string>();
  private flushScheduled = false;

  constructor(private readonly ctx: ModuleContext) {
    this.topics = kdsTopics(ctx.config.storeId);
  }

  async onEvent(event: JournalEvent<KitchenEventType | 'kitchen.station_saved'>): Promise<void> {
    if (event.type === 'kitchen.station_saved') {
      this.markAllStations();
      return;
    }
    const { ticketId, station, status } = event.payload;
    this.markDirty(station);
    // A closed ticket leaves the screens: nothing to read. Should a later event reopen it (a
    // recall), that event publishes it again, so the screens end on the ticket's last state.
    if (!isOpen(status)) return this.clearTicket(station, ticketId);
    // A new (or moved) ticket travels in its event as its rows read at that commit (a later change
    // in the same batch publishes after it): every confirm's tickets reach the screens without a read.
    const ticket = event.payload.ticket ?? loadTicket(this.ctx.db, ticketId);
    if (ticket) await this.publishTicket(ticket);
  }

  private clearTicket(station: string, ticketId: string): Promise<void> {
    return this.ctx.mqtt.publish(this.topics.ticket(station, ticketId), Buffer.alloc(0), { retain: true, qos: 1 });
  }

  publishTicket(ticket: KitchenTicket): Promise<void> {
    const topic = this.topics.ticket(ticket.station, ticket.ticketId);
    return isOpen(ticket.status) ? this.ctx.mqtt.publish(topic, ticket, { retain: true, qos: 1 }) : this.clearTicket(ticket.station, ticket.ticketId);
  }

  /** Publishes every open ticket, clears every ticket closed since the last rebuild, refreshes summaries. */
  async rebuild(): Promise<{ published: number; cleared: number }> {
    const { db } = this.ctx;
    const startedAt = this.ctx.clock.now();
    const marker = stmt(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(SYNC_MARKER) as string | undefined;
    const since = marker ? new Date(Date.parse(marker) - MARKER_SLACK_MS).toISOString() : '';
    const closed = stmt(db, CLOSED_SINCE).all({ since }) as { id: string; station: string }[];
    const open = allOpenTickets(db);
    const writes: Promise<void>[] = [];
    for (const c of closed) writes.push(this.clearTicket(c.station, c.id));
    for (const t of open) writes.push(this.publishTicket(t));
    this.markAllStations();
    await Promise.all(writes);
    await this.flushSummaries();
    // Written only after every retained write went out: a crash before this line replays the same window.
    stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(SYNC_MARKER, startedAt.toISOString());
    return { published: open.length, cleared: closed.length };
  }

  private markAllStations(): void {
    const codes = stmt(this.ctx.db, 'SELECT code FROM kitchen_stations UNION SELECT DISTINCT station FROM kitchen_tickets WHERE status IN (\'OPEN\', \'IN_PROGRESS\')')
      .pluck()
      .all() as string[];
    for (const code of codes) this.markDirty(code);
  }

  private markDirty(station: string): void {
    this.dirtyStations.add(station);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setTimeout(() => void this.flushSummaries().catch((err) => this.ctx.logger.error({ err }, 'kds summary publish failed')), SUMMARY_DELAY_MS).unref();
  }

  private async flushSummaries(): Promise<void> {
    this.flushScheduled = false;
    // Expo counts every station, so any change reaches it.
    for (const expo of listStations(this.ctx.db).filter((s) => s.isExpo)) this.dirtyStations.add(expo.code);
    const stations = [...this.dirtyStations];
    this.dirtyStations.clear();
    const now = this.ctx.clock.now();
    await Promise.all(
      stations.flatMap((station) => [
        this.ctx.mqtt.publish(this.topics.allday(station), allDayCounts(this.ctx.db, station, now), { retain: true, qos: 1 }),
        this.ctx.mqtt.publish(this.topics.recent(station), recentBumped(this.ctx.db, station, now), { retain: true, qos: 1 }),
      ]),
    );
  }
}
