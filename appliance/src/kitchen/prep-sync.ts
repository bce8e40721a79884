/**
 * Prep-sync scheduling: when should each item of one order start so that the whole order is ready
 * at the same moment? Pure function over seconds relative to "now"; docs/kitchen.md explains it.
 */
export interface ScheduleItem {
  itemId: string;
  station: string;
  prepSeconds: number;
  /** Cooking slots the line takes (e.g. 3 patties on a grill that holds 8). */
  slots: number;
}

/** Work already planned on a station: [start, end) in seconds from now, `slots` wide. */
export interface BusyInterval {
  station: string;
  start: number;
  end: number;
  slots: number;
}

export interface ScheduleInput {
  items: ScheduleItem[];
  /** Concurrent slots per station; a missing or non-positive value means unlimited. */
  capacity: Record<string, number>;
  busy: BusyInterval[];
}

export interface ScheduledItem {
  itemId: string;
  station: string;
  /** Seconds from now until the item should be fired. */
  startDelaySeconds: number;
  /** Delay beyond the pure prep-sync offset (longest prep − own prep), caused by station capacity. */
  waitSeconds: number;
  /** Seconds from now until the item is done. */
  dueSeconds: number;
}

export interface Schedule {
  /** When the last item finishes; every item that could be aligned finishes exactly then. */
  finishSeconds: number;
  items: ScheduledItem[];
}

interface Placed extends BusyInterval {
  index: number;
}

function capacityOf(input: ScheduleInput, station: string): number {
  const cap = input.capacity[station];
  return cap && cap > 0 ? cap : Number.POSITIVE_INFINITY;
}

function slotsOf(item: ScheduleItem, capacity: number): number {
  return Math.max(1, Math.min(item.slots, capacity));
}

/**
 * The stretches of time, sorted and merged, during which the station cannot take `slots` more:
 * a sweep over the busy intervals' start and end points.
 */
function blockedSegments(intervals: BusyInterval[], station: string, capacity: number, slots: number): { start: number; end: number }[] {
  if (capacity === Number.POSITIVE_INFINITY) return [];
  const deltas = new Map<number, number>();
  for (const iv of intervals) {
    if (iv.station !== station || iv.end <= iv.start) continue;
    deltas.set(iv.start, (deltas.get(iv.start) ?? 0) + iv.slots);
    deltas.set(iv.end, (deltas.get(iv.end) ?? 0) - iv.slots);
  }
  const times = [...deltas.keys()].sort((a, b) => a - b);
  const blocked: { start: number; end: number }[] = [];
  let load = 0;
  times.forEach((time, i) => {
    load += deltas.get(time)!;
    const next = times[i + 1];
    if (next === undefined || load + slots <= capacity) return;
    const last = blocked[blocked.length - 1];
    if (last && last.end === time) last.end = next;
    else blocked.push({ start: time, end: next });
  });
  return blocked;
}

/** The earliest start ≥ `ideal` whose [start, start + duration) misses every blocked stretch. A zero-length job needs no slot. */
function earliestStart(intervals: BusyInterval[], station: string, capacity: number, ideal: number, duration: number, slots: number): number {
  if (duration <= 0) return ideal;
  let start = ideal;
  for (const b of blockedSegments(intervals, station, capacity, slots)) {
    if (b.end <= start) continue;
    if (b.start >= start + duration) break;
    start = b.end;
  }
  return start;
}

/** The latest start in [floor, target] that fits; `floor` is known to fit. */
function latestStart(intervals: BusyInterval[], station: string, capacity: number, floor: number, target: number, duration: number, slots: number): number {
  if (duration <= 0) return target;
  let start = target;
  for (const b of blockedSegments(intervals, station, capacity, slots).reverse()) {
    if (b.start >= start + duration) continue;
    if (b.end <= start) break;
    start = b.start - duration;
    if (start <= floor) return floor;
  }
  return start;
}

/**
 * Pass 1 fires every item at `longest − own prep`, or later when its station is full then.
 * Pass 2 moves each item as late as it still fits, up to the order's finish time, so items that
 * were not held up by capacity wait for the ones that were and everything comes out together.
 */
export function schedulePrepSync(input: ScheduleInput): Schedule {
  if (input.items.length === 0) return { finishSeconds: 0, items: [] };
  const longest = Math.max(...input.items.map((i) => i.prepSeconds));
  const order = input.items.map((item, index) => ({ item, index })).sort((a, b) => b.item.prepSeconds - a.item.prepSeconds || a.index - b.index);

  // Only a station's own intervals count for it: split the (possibly long) busy list once, not per item.
  const busyByStation = new Map<string, BusyInterval[]>();
  for (const iv of input.busy) {
    const list = busyByStation.get(iv.station);
    if (list) list.push(iv);
    else busyByStation.set(iv.station, [iv]);
  }
  const busyOf = (station: string): BusyInterval[] => busyByStation.get(station) ?? [];
  const placed: Placed[] = [];
  for (const { item, index } of order) {
    const capacity = capacityOf(input, item.station);
    const slots = slotsOf(item, capacity);
    const start = earliestStart([...busyOf(item.station), ...placed], item.station, capacity, longest - item.prepSeconds, item.prepSeconds, slots);
    placed.push({ station: item.station, start, end: start + item.prepSeconds, slots, index });
  }

  const finish = Math.max(...placed.map((p) => p.end));
  for (const p of placed) {
    const item = input.items[p.index];
    const others = [...busyOf(p.station), ...placed.filter((q) => q !== p)];
    const start = latestStart(others, p.station, capacityOf(input, p.station), p.start, finish - item.prepSeconds, item.prepSeconds, p.slots);
    p.start = start;
    p.end = start + item.prepSeconds;
  }

  const byIndex = [...placed].sort((a, b) => a.index - b.index);
  return {
    finishSeconds: finish,
    items: byIndex.map((p) => {
      const item = input.items[p.index];
      return {
        itemId: item.itemId,
        station: item.station,
        startDelaySeconds: p.start,
        waitSeconds: p.start - (longest - item.prepSeconds),
        dueSeconds: p.end,
      };
    }),
  };
}
