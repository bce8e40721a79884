import { describe, expect, it } from 'vitest';
import { schedulePrepSync, type BusyInterval, type ScheduleItem } from './prep-sync.js';

const item = (itemId: string, station: string, prepSeconds: number, slots = 1): ScheduleItem => ({ itemId, station, prepSeconds, slots });

interface Case {
  name: string;
  items: ScheduleItem[];
  capacity?: Record<string, number>;
  busy?: BusyInterval[];
  /** itemId → [start delay, wait, due] in seconds from now. */
  expected: Record<string, [number, number, number]>;
  finish: number;
}

const cases: Case[] = [
  { name: 'a single item starts now', items: [item('burger', 'GRILL', 600)], expected: { burger: [0, 0, 600] }, finish: 600 },
  {
    name: 'shorter items wait longest − own prep so all finish together',
    items: [item('fries', 'FRYER', 240), item('burger', 'GRILL', 600), item('salad', 'COLD', 120)],
    expected: { fries: [360, 0, 600], burger: [0, 0, 600], salad: [480, 0, 600] },
    finish: 600,
  },
  {
    name: 'a drink with no prep time is released at the finish',
    items: [item('burger', 'GRILL', 600), item('soda', 'ASSEMBLY', 0)],
    expected: { burger: [0, 0, 600], soda: [600, 0, 600] },
    finish: 600,
  },
  {
    name: 'a full station delays its item and the rest of the order follows',
    items: [item('burger', 'GRILL', 600), item('fries', 'FRYER', 240)],
    capacity: { GRILL: 2 },
    busy: [{ station: 'GRILL', start: -100, end: 300, slots: 2 }],
    expected: { burger: [300, 300, 900], fries: [660, 300, 900] },
    finish: 900,
  },
  {
    name: 'free capacity at the station means no wait',
    items: [item('burger', 'GRILL', 600), item('fries', 'FRYER', 240)],
    capacity: { GRILL: 3 },
    busy: [{ station: 'GRILL', start: -100, end: 300, slots: 2 }],
    expected: { burger: [0, 0, 600], fries: [360, 0, 600] },
    finish: 600,
  },
  {
    name: 'a later booking on the station pushes the item past it',
    items: [item('burger', 'GRILL', 600), item('fries', 'FRYER', 240)],
    capacity: { FRYER: 1 },
    busy: [{ station: 'FRYER', start: 100, end: 400, slots: 1 }],
    expected: { burger: [40, 40, 640], fries: [400, 40, 640] },
    finish: 640,
  },
  {
    name: 'two items of one order on a one-slot grill cook one after the other; the first is held',
    items: [item('burger', 'GRILL', 600), item('fries', 'FRYER', 300), item('steak', 'GRILL', 600)],
    capacity: { GRILL: 1, FRYER: 1 },
    expected: { burger: [0, 0, 600], fries: [900, 600, 1200], steak: [600, 600, 1200] },
    finish: 1200,
  },
  {
    name: 'a line wider than the station is capped to the station and still scheduled',
    items: [item('wings', 'FRYER', 300, 10)],
    capacity: { FRYER: 4 },
    busy: [{ station: 'FRYER', start: 0, end: 120, slots: 1 }],
    expected: { wings: [120, 120, 420] },
    finish: 420,
  },
  {
    name: 'slots add up: three patties do not fit beside six on an eight-patty grill',
    items: [item('triple', 'GRILL', 480, 3), item('onion-rings', 'FRYER', 180)],
    capacity: { GRILL: 8 },
    busy: [
      { station: 'GRILL', start: -60, end: 200, slots: 6 },
      { station: 'GRILL', start: -30, end: 90, slots: 1 },
    ],
    expected: { triple: [200, 200, 680], 'onion-rings': [500, 200, 680] },
    finish: 680,
  },
  {
    name: 'busy intervals on other stations do not matter',
    items: [item('salad', 'COLD', 120)],
    capacity: { COLD: 1 },
    busy: [{ station: 'GRILL', start: 0, end: 900, slots: 5 }],
    expected: { salad: [0, 0, 120] },
    finish: 120,
  },
];

describe('prep-sync schedule', () => {
  it.each(cases)('$name', ({ items, capacity = {}, busy = [], expected, finish }) => {
    const schedule = schedulePrepSync({ items, capacity, busy });
    expect(schedule.finishSeconds).toBe(finish);
    expect(Object.fromEntries(schedule.items.map((s) => [s.itemId, [s.startDelaySeconds, s.waitSeconds, s.dueSeconds]]))).toEqual(expected);
  });

  it('keeps the input order of items in its answer', () => {
    const schedule = schedulePrepSync({ items: [item('a', 'X', 10), item('b', 'X', 50), item('c', 'Y', 30)], capacity: {}, busy: [] });
    expect(schedule.items.map((s) => s.itemId)).toEqual(['a', 'b', 'c']);
  });

  it('answers an empty order with an empty schedule', () => {
    expect(schedulePrepSync({ items: [], capacity: {}, busy: [] })).toEqual({ finishSeconds: 0, items: [] });
  });

  it('never overfills a station and never starts before now (random orders)', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const stations = ['A', 'B', 'C'];
      const capacity = { A: 1 + rand(3), B: 1 + rand(3), C: 1 + rand(3) } as Record<string, number>;
      const busy = Array.from({ length: rand(4) }, () => {
        const start = rand(600) - 300;
        return { station: stations[rand(3)], start, end: start + 1 + rand(600), slots: 1 };
      }).filter((b) => b.slots <= capacity[b.station]);
      const items = Array.from({ length: 1 + rand(5) }, (_, i) => item(`i${i}`, stations[rand(3)], rand(900), 1));
      const schedule = schedulePrepSync({ items, capacity, busy });
      const planned = [...busy, ...schedule.items.map((s, i) => ({ station: s.station, start: s.startDelaySeconds, end: s.dueSeconds, slots: items[i].slots }))];
      for (const s of schedule.items) {
        expect(s.startDelaySeconds).toBeGreaterThanOrEqual(0);
        expect(s.dueSeconds).toBeLessThanOrEqual(schedule.finishSeconds);
        for (const t of planned.filter((p) => p.station === s.station).map((p) => p.start).filter((t) => t >= s.startDelaySeconds && t < s.dueSeconds).concat(s.startDelaySeconds)) {
          const load = planned.filter((p) => p.station === s.station && p.start <= t && t < p.end).reduce((n, p) => n + p.slots, 0);
          if (s.dueSeconds > s.startDelaySeconds) expect(load).toBeLessThanOrEqual(capacity[s.station]);
        }
      }
    }
  });
});
