import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const tableStatus = lazySchema(() => z.enum(['FREE', 'OCCUPIED', 'RESERVED', 'CLOSING']));

export const diningTableSchema = lazySchema(() => z.object({
  id: z.string(),
  sectionId: z.string(),
  label: z.string(),
  capacity: z.number().int(),
  seats: z.number().int(),
  status: tableStatus,
  waiterId: z.string().nullable(),
  currentTabId: z.string().nullable(),
  sortOrder: z.number().int(),
  updatedAt: z.string(),
  /** The table's cell on its section's floor grid; null until placed, absent on tables journaled before the floor editor. */
  gridCol: z.number().int().nullable().optional(),
  gridRow: z.number().int().nullable().optional(),
}));

const sectionSchema = lazySchema(() => z.object({ id: z.string(), layoutId: z.string(), name: z.string(), sortOrder: z.number().int() }));

export const layoutSchema = lazySchema(() => z.object({
  id: z.string(),
  name: z.string(),
  sections: z.array(sectionSchema.extend({ tables: z.array(diningTableSchema) })),
}));

const tab = {
  tabId: z.string(),
  status: z.enum(['OPEN', 'CLOSING', 'CLOSED', 'MERGED']),
  tableIds: z.array(z.string()),
  orderIds: z.array(z.string()),
};

export const tableEvents = [
  defineEvent('tables.layout_created', 'table_layout', () => z.object({ layout: layoutSchema }), 'A floor plan was created with its sections and tables.'),
  defineEvent('tables.table_updated', 'table', () => z.object({ table: diningTableSchema }), "A table's label, capacity, seats or waiter changed."),
  defineEvent('tables.section_added', 'table_layout', () => z.object({ section: sectionSchema }), 'A section (salão, varanda, …) was added to a floor layout.'),
  defineEvent('tables.table_added', 'table', () => z.object({ table: diningTableSchema }), 'A table was added to a section of the floor.'),
  defineEvent(
    'tables.table_placed',
    'table',
    () => z.object({ tableId: z.string(), sectionId: z.string(), gridCol: z.number().int(), gridRow: z.number().int() }),
    'A table was moved on the floor grid (or to another section) in the floor editor.',
  ),
  defineEvent('tables.status_changed', 'table', () => z.object({ tableId: z.string(), status: tableStatus }), 'A table was reserved or freed without a tab.'),
  defineEvent('tables.tab_opened', 'tab', () => z.object({ ...tab, guests: z.number().int().nullable() }), 'A tab opened on a table around its order.'),
  defineEvent(
    'tables.tab_transferred',
    'tab',
    () => z.object({ ...tab, fromTableId: z.string(), toTableId: z.string() }),
    'A tab moved to another table.',
  ),
  defineEvent(
    'tables.tabs_merged',
    'tab',
    // guests: both tables' guests, the joined bill's count (absent on merges journaled before it was kept).
    () => z.object({ ...tab, sourceTabId: z.string(), guests: z.number().int().nullable().optional() }),
    'Another tab was merged into this one; its guests are now counted on it.',
  ),
  defineEvent(
    'tables.tab_order_added',
    'tab',
    () => z.object({ ...tab, orderId: z.string() }),
    'A new order joined the tab: the guests ordered more after every order of the tab was paid.',
  ),
  defineEvent('tables.bill_requested', 'tab', () => z.object(tab), 'The table asked for the bill (tab CLOSING).'),
  defineEvent(
    'tables.bill_reopened',
    'tab',
    () => z.object(tab),
    'The table ordered again (a round, lines moved onto it) after asking for the bill: the tab is OPEN again and its printed pré-conta no longer the bill.',
  ),
  defineEvent(
    'tables.service_charge_waived',
    'tab',
    () => z.object({ tabId: z.string(), waived: z.boolean() }),
    'The guests declined the service charge for this tab (waived: true), or accepted it again (false); a deliberate action at the table or the till.',
  ),
  defineEvent(
    'tables.service_charge_collected',
    'tab',
    () =>
      z.object({
        tabId: z.string(),
        orderId: z.string(),
        paymentId: z.string(),
        businessDate: z.string(),
        method: z.string(),
        cashierSessionId: z.string().nullable(),
        serviceChargeBp: z.number().int(),
        amountCents: z.number().int(),
      }),
    "A payment of the tab collected its share of the service charge (the staff's, kept apart from the order's goods and its NFC-e).",
  ),
  defineEvent('tables.tab_closed', 'tab', () => z.object({ ...tab, freedTableIds: z.array(z.string()) }), 'The tab closed and freed its tables.'),
] as const;
