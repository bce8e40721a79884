import { signal } from '@preact/signals';
import { errorText, t } from '../texts';
import { refreshTab, refreshTables, type TabView } from './floor';
import { api } from './session';
import { openTableId, sheet, tell } from './ui';

export type SplitMethod = 'EQUAL' | 'SEAT' | 'ITEMS';
export interface BillPart {
  label: string;
  itemIds: string[];
  amountCents: number;
  /** The part's share of the service charge (0 when the guests declined it). */
  serviceChargeCents: number;
}

/** Items picked on the table screen (to move them to another table). */
export const pickedItems = signal<ReadonlySet<string>>(new Set());

/** Runs a tab change; the API's pt-BR refusal is shown, and the tab and tables are read again. */
async function change(tabId: string | null, run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    await refreshTables();
    if (tabId) await refreshTab(tabId);
    return true;
  } catch (error) {
    tell('error', errorText(error));
    return false;
  }
}

export async function openTab(tableId: string, guests: number): Promise<void> {
  let opened: string | null = null;
  await change(null, async () => {
    opened = ((await api.post('/api/v1/tables/{id}/tab', { params: { path: { id: tableId } }, body: { guests }, idempotencyKey: crypto.randomUUID() })) as TabView).id;
  });
  if (opened) await refreshTab(opened).catch(() => undefined);
}

export async function transferTab(tab: TabView, toTableId: string): Promise<void> {
  const from = openTableId.value;
  if (await change(tab.id, () => api.post('/api/v1/tabs/{id}/transfer', { params: { path: { id: tab.id } }, body: { fromTableId: from, toTableId }, idempotencyKey: crypto.randomUUID() }))) {
    openTableId.value = toTableId;
    sheet.value = null;
  }
}

export async function transferItems(tab: TabView, toTableId: string): Promise<void> {
  const itemIds = [...pickedItems.value];
  if (await change(tab.id, () => api.post('/api/v1/tabs/{id}/transfer-items', { params: { path: { id: tab.id } }, body: { itemIds, toTableId }, idempotencyKey: crypto.randomUUID() }))) {
    pickedItems.value = new Set();
    sheet.value = null;
  }
}

export interface ManagerApproval {
  username: string;
  pin: string;
}

/**
 * The guests give up one dish: it leaves the bill and the kitchen voids it. Once sent it needs a
 * manager's username and PIN (a manager signed in on the phone approves by themselves); the
 * appliance's refusal (wrong PIN, the last dish of the order, already paid) is shown as it says.
 */
export async function cancelItem(tab: TabView, itemId: string, reason: string, manager: ManagerApproval | null): Promise<boolean> {
  const order = tab.orders.find((o) => o.items.some((i) => i.itemId === itemId));
  const item = order?.items.find((i) => i.itemId === itemId);
  if (!order || !item) return false;
  const body = manager ? { reason, managerOverride: manager } : { reason };
  const done = await change(tab.id, () => api.post('/api/v1/orders/{id}/items/{itemId}/cancel', { params: { path: { id: order.id, itemId } }, body, idempotencyKey: crypto.randomUUID() }));
  if (done) {
    pickedItems.value = new Set();
    sheet.value = null;
    tell('info', t('WAITER_ITEM_CANCELLED_NOTICE', { quantity: item.quantity, name: item.name }));
  }
  return done;
}

export async function mergeTable(tab: TabView, otherTableId: string): Promise<void> {
  if (await change(tab.id, () => api.post('/api/v1/tabs/{id}/merge', { params: { path: { id: tab.id } }, body: { tableId: otherTableId }, idempotencyKey: crypto.randomUUID() }))) sheet.value = null;
}

/** A preview of the bill split; changes nothing. The till takes each part as its own tender. */
export async function previewSplit(tab: TabView, method: SplitMethod, parts: number, groups: string[][]): Promise<BillPart[] | null> {
  const body = method === 'EQUAL' ? { method, parts } : method === 'SEAT' ? { method } : { method, groups };
  try {
    return ((await api.post('/api/v1/tabs/{id}/split', { params: { path: { id: tab.id } }, body })) as { parts: BillPart[] }).parts;
  } catch (error) {
    tell('error', errorText(error));
    return null;
  }
}

/** Asks for the bill: the table shows it, the pré-conta prints (again, if asked again) and shows here. */
export async function requestBill(tab: TabView): Promise<void> {
  if (await change(tab.id, () => api.post('/api/v1/tabs/{id}/request-bill', { params: { path: { id: tab.id } }, idempotencyKey: crypto.randomUUID() }))) sheet.value = 'bill';
}

/**
 * The guests decline the service charge (or accept it again): a deliberate, journaled action;
 * later charges at the table (and at the till) follow.
 */
export async function setServiceChargeWaived(tab: TabView, waived: boolean): Promise<boolean> {
  return change(tab.id, () => api.post('/api/v1/tabs/{id}/service-charge', { params: { path: { id: tab.id } }, body: { waived }, idempotencyKey: crypto.randomUUID() }));
}

/** What is still due on the tab: the goods, and the service charge not yet collected (none when declined). */
export function tabDue(tab: TabView): { goodsCents: number; serviceCents: number } {
  const goodsCents = Math.max(0, tab.totalCents - tab.paidCents);
  const serviceCents = tab.serviceChargeWaived || goodsCents === 0 ? 0 : Math.max(0, tab.serviceChargeCents - tab.serviceChargePaidCents);
  return { goodsCents, serviceCents };
}

/** Frees the table once the till settled every order of the tab. */
export async function closeTab(tab: TabView): Promise<void> {
  if (await change(null, () => api.post('/api/v1/tabs/{id}/close', { params: { path: { id: tab.id } }, idempotencyKey: crypto.randomUUID() }))) {
    await refreshTab(tab.id).catch(() => undefined);
    sheet.value = null;
    openTableId.value = null;
  }
}
