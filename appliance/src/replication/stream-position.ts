import type { Db } from '../kernel/db/open.js';
import { streamSegments, type StreamSegment } from '../kernel/journal/journal-stream.js';

/** Journal events `fromSeq`..`untilSeq` (contiguous seqs), the first at stream position `streamSeq`. */
export interface PendingRun {
  fromSeq: number;
  untilSeq: number;
  streamSeq: number;
}

/** What the relay's high water leaves to send. */
interface Located {
  run: PendingRun | null;
  /** The run's segment, when its place in the stream is still open. */
  placing: StreamSegment | null;
  pending: number;
  /** The relay holds more of the stream than this journal ever had. */
  behind: boolean;
}

/**
 * Maps the journal's seqs to positions in the store's relay stream (`kernel/journal/journal-stream.ts`).
 * Most journals are one run with seq = position. After a restore that could not carry the history,
 * the restored journal's new events are a run whose place is decided here, the first time the
 * relay is known to hold everything before it: right after the relay's high water. Until then the
 * relay may hold events of the store's lost history (a replacement appliance restored from an
 * older backup), and taking their positions would have the relay drop the new events as replays.
 */
export class StreamPosition {
  private segments: StreamSegment[];
  private readonly lastIn;

  constructor(db: Db) {
    this.segments = streamSegments(db);
    this.lastIn = db.prepare('SELECT MAX(seq) FROM journal WHERE seq >= ? AND seq < ?').pluck();
  }

  /** Events the relay does not hold yet, and the seq of the first of them. */
  pending(relayHighWater: number): { events: number; firstSeq: number | null } {
    const { run, pending } = this.locate(this.segments, relayHighWater);
    return { events: pending, firstSeq: run?.fromSeq ?? null };
  }

  /** The next run to send after the relay's high water, null when the relay holds the whole journal or the run is still to be placed. */
  nextRun(relayHighWater: number): PendingRun | null {
    const { run, placing } = this.locate(this.segments, relayHighWater);
    return placing ? null : run;
  }

  /**
   * The runs as they are once the next one to send after the relay's high water has its place;
   * null when nothing changes. A run whose place was open is placed right after the high water,
   * and a new run is opened (then placed) when the relay holds more than this journal ever had, or
   * when `foreign` says the events the relay holds up to its high water are not this journal's:
   * from the first event not known to be at the relay (`acknowledged`, the high water this
   * database last recorded), so a journal the relay has never acknowledged (a new appliance
   * enrolled for a store that had one) is sent after what the relay holds. Should some of those
   * events be at the relay after all, it refuses them (409 DUPLICATE_EVENT_ID) rather than storing
   * them twice.
   *
   * Nothing is written here: the caller saves the result (`saveStreamSegments`) in one
   * transaction, on stable storage before any event goes out under it, then `adopt`s it. A place
   * the relay was sent events under but the store lost (a power cut) would have the store send
   * them again elsewhere in the stream, refused by the relay as duplicates for good.
   */
  placement(relayHighWater: number, acknowledged: number | null, foreign = false): StreamSegment[] | null {
    let segments = this.segments;
    if (foreign || this.locate(segments, relayHighWater).behind) segments = this.withRunOpenedAfter(segments, relayHighWater, acknowledged);
    const { run, placing } = this.locate(segments, relayHighWater);
    if (placing && run) segments = segments.map((segment) => (segment === placing ? { ...segment, streamSeq: run.streamSeq } : segment));
    return segments === this.segments ? null : segments;
  }

  /** The runs as saved, once their transaction committed. */
  adopt(segments: StreamSegment[]): void {
    this.segments = segments;
  }

  /**
   * The journal seq this journal holds at a placed stream position; null when none of its placed
   * runs reaches it (the relay then holds more than this journal, or a run still to be placed).
   */
  journalSeqAt(streamSeq: number): number | null {
    for (let k = 0; k < this.segments.length; k += 1) {
      const segment = this.segments[k];
      if (segment.streamSeq === null || segment.streamSeq > streamSeq) continue;
      const until = k + 1 < this.segments.length ? this.segments[k + 1].fromSeq : Number.MAX_SAFE_INTEGER;
      const last = this.lastIn.get(segment.fromSeq, until) as number | null;
      const seq = segment.fromSeq + (streamSeq - segment.streamSeq);
      if (last !== null && seq <= last) return seq;
    }
    return null;
  }

  /**
   * The relay holds, up to `relayHighWater`, events that are not this journal's: its events from
   * the first one not known to be at the relay (`acknowledged`; all of them when it never recorded
   * one) become a run placed after what the relay holds.
   */
  private withRunOpenedAfter(segments: StreamSegment[], relayHighWater: number, acknowledged: number | null): StreamSegment[] {
    const from = acknowledged === null ? 1 : this.seqAt(segments, Math.min(acknowledged, relayHighWater)) + 1;
    return [...segments.filter((s) => s.fromSeq < from), { fromSeq: from, streamSeq: null }];
  }

  private locate(segments: StreamSegment[], relayHighWater: number): Located {
    let run: PendingRun | null = null;
    let placing: StreamSegment | null = null;
    let pending = 0;
    let streamEnd = 0;
    for (let k = 0; k < segments.length; k += 1) {
      const segment = segments[k];
      const until = k + 1 < segments.length ? segments[k + 1].fromSeq : Number.MAX_SAFE_INTEGER;
      const last = this.lastIn.get(segment.fromSeq, until) as number | null;
      if (last === null) continue;
      // An open run goes right after what the relay holds once everything before it is sent.
      const start: number = segment.streamSeq ?? (run === null ? relayHighWater + 1 : streamEnd + 1);
      streamEnd = start + (last - segment.fromSeq);
      const from = Math.max(segment.fromSeq, segment.fromSeq + relayHighWater + 1 - start);
      if (from > last) continue;
      pending += last - from + 1;
      if (run === null) {
        run = { fromSeq: from, untilSeq: last, streamSeq: start + (from - segment.fromSeq) };
        placing = segment.streamSeq === null ? segment : null;
      }
    }
    // An open run with no event yet is placed when its first event is sent: not behind.
    const open = segments[segments.length - 1].streamSeq === null;
    return { run, placing, pending, behind: run === null && !open && relayHighWater > streamEnd };
  }

  /** The journal seq at a stream position (the last event at or before it). */
  private seqAt(segments: StreamSegment[], streamSeq: number): number {
    let seq = 0;
    for (let k = 0; k < segments.length; k += 1) {
      const segment = segments[k];
      if (segment.streamSeq === null || segment.streamSeq > streamSeq) break;
      const until = k + 1 < segments.length ? segments[k + 1].fromSeq : Number.MAX_SAFE_INTEGER;
      const last = (this.lastIn.get(segment.fromSeq, until) as number | null) ?? segment.fromSeq - 1;
      seq = Math.min(last, segment.fromSeq + (streamSeq - segment.streamSeq));
    }
    return seq;
  }
}
