import { computed, signal } from '@preact/signals';
import { foodReady } from './alert';
import { api } from './session';

export interface TableInfo {
  id: string;
  sectionId: string;
  label: string;
  seats: number;
  status: 'FREE' | 'OCCUPIED' | 'RESERVED' | 'CLOSING';
  currentTabId: string | null;
  updatedAt: string;
}

export interface TabItem {
  itemId: string;
  name: string;
  quantity: number;
  options: { name: string }[];
  notes: string | null;
  seat: number | null;
  round: number;
  status: 'PENDING' | 'CONFIRMED' | 'PREPARING' | 'READY' | 'DELIVERED' | 'CANCELLED';
  totalCents: number;
}

interface TabOrder {
  id: string;
  status: string;
  totalCents: number;
  updatedAt: string;
  items: TabItem[];
}

export interface TabView {
  id: string;
  status: 'OPEN' | 'CLOSING' | 'CLOSED' | 'MERGED';
  primaryOrderId: string;
  guests: number | null;
  tableIds: string[];
  orders: TabOrder[];
  /** The label of the table each line was ordered at: joined tables each keep their own seats (the phone reads seats alone without it). */
  lineTables?: Record<string, string>;
  totalCents: number;
  /** What the till took so far. */
  paidCents: number;
  /** The store's service charge rate (1000 = 10 %), whether the guests declined it, its amount on the whole bill, what was collected of it. */
  serviceChargeBp: number;
  serviceChargeWaived: boolean;
  serviceChargeCents: number;
  serviceChargePaidCents: number;
}

interface Section {
  id: string;
  name: string;
  tables: TableInfo[];
}

/** What the floor plan shows for a table, from its status and its tab's kitchen state. */
export type FloorStatus = 'FREE' | 'RESERVED' | 'OCCUPIED' | 'WAITING' | 'READY' | 'BILL' | 'CLOSING';

export const sections = signal<Section[]>([]);
export const tabs = signal<ReadonlyMap<string, TabView>>(new Map());
export const tables = computed(() => sections.value.flatMap((s) => s.tables));

export const liveItems = (tab: TabView) => tab.orders.flatMap((o) => o.items).filter((i) => i.status !== 'CANCELLED');

export function floorStatus(table: TableInfo, tab: TabView | undefined): { status: FloorStatus; sinceMs: number } {
  const tableSince = Date.parse(table.updatedAt);
  if (!tab || table.status === 'FREE' || table.status === 'RESERVED') return { status: table.status === 'RESERVED' ? 'RESERVED' : 'FREE', sinceMs: tableSince };
  // The table's last change: a round sent, a bump in the kitchen, the bill asked for.
  const sinceMs = Math.max(tableSince, ...tab.orders.map((o) => Date.parse(o.updatedAt)));
  if (table.status === 'CLOSING') return { status: tab.paidCents > 0 ? 'CLOSING' : 'BILL', sinceMs };
  const items = liveItems(tab);
  if (items.some((i) => i.status === 'READY')) return { status: 'READY', sinceMs };
  if (items.some((i) => i.status === 'CONFIRMED' || i.status === 'PREPARING')) return { status: 'WAITING', sinceMs };
  return { status: 'OCCUPIED', sinceMs };
}

const fetchTab = async (tabId: string) => (await api.get('/api/v1/tabs/{id}', { params: { path: { id: tabId } } })) as TabView;

function tableOfTab(tabId: string): TableInfo | undefined {
  return tables.value.find((t) => t.currentTabId === tabId);
}

const fetchSections = async () => ((await api.get('/api/v1/table-layouts')) as { sections: Section[] }[]).flatMap((l) => l.sections);

/**
 * The floor from HTTP: every table and the tab of each occupied one (at login and after every
 * reconnect). Food that became ready while the phone was away (a Wi-Fi drop: the events of that
 * time are gone) is announced as if it had just happened; at login there is nothing to compare.
 */
export async function loadFloor(): Promise<void> {
  const all = await fetchSections();
  const open = all.flatMap((s) => s.tables).flatMap((t) => (t.currentTabId ? [t.currentTabId] : []));
  const fetched = await Promise.all([...new Set(open)].map(fetchTab));
  const beforeTables = tables.value;
  const beforeTabs = tabs.value;
  sections.value = all;
  tabs.value = new Map(fetched.map((tab) => [tab.id, tab]));
  for (const table of tables.value) {
    const was = beforeTables.find((t) => t.id === table.id);
    const tab = table.currentTabId ? tabs.value.get(table.currentTabId) : undefined;
    const oldTab = was?.currentTabId ? beforeTabs.get(was.currentTabId) : undefined;
    if (!was || !tab || !oldTab) continue;
    if (floorStatus(was, oldTab).status !== 'READY' && floorStatus(table, tab).status === 'READY') foodReady(table.label);
  }
}

/** Reads one tab again after a change; tells the waiter when its food just became ready. */
export async function refreshTab(tabId: string): Promise<TabView> {
  const fresh = await fetchTab(tabId);
  const before = tabs.value.get(tabId);
  const next = new Map(tabs.value);
  if (fresh.status === 'CLOSED' || fresh.status === 'MERGED') next.delete(tabId);
  else next.set(tabId, fresh);
  tabs.value = next;
  const table = tableOfTab(tabId);
  if (table && before && floorStatus(table, before).status !== 'READY' && floorStatus(table, fresh).status === 'READY') foodReady(table.label);
  return fresh;
}

/** The tables' statuses again (a tab opened, moved, merged, asked for the bill or closed). */
export async function refreshTables(): Promise<void> {
  sections.value = await fetchSections();
}

export function tabOfOrder(orderId: string): string | undefined {
  for (const tab of tabs.value.values()) if (tab.orders.some((o) => o.id === orderId)) return tab.id;
  return undefined;
}
