export const TABLE_STATUSES = ['FREE', 'OCCUPIED', 'RESERVED', 'CLOSING'] as const;
export type TableStatus = (typeof TABLE_STATUSES)[number];
export type TabStatus = 'OPEN' | 'CLOSING' | 'CLOSED' | 'MERGED';

export interface DiningTable {
  id: string;
  sectionId: string;
  label: string;
  capacity: number;
  seats: number;
  status: TableStatus;
  waiterId: string | null;
  currentTabId: string | null;
  sortOrder: number;
  updatedAt: string;
  /** The table's cell on its section's floor grid (FLOOR_GRID); null until placed. */
  gridCol: number | null;
  gridRow: number | null;
}

export { FLOOR_GRID } from '../../contract/floor-grid.js';

export interface Section {
  id: string;
  layoutId: string;
  name: string;
  sortOrder: number;
  tables: DiningTable[];
}

export interface Layout {
  id: string;
  name: string;
  sections: Section[];
}

export interface Tab {
  id: string;
  status: TabStatus;
  primaryOrderId: string;
  mergedInto: string | null;
  waiterId: string | null;
  guests: number | null;
  openedAt: string;
  closedAt: string | null;
  /** The guests declined the service charge (taxa de serviço) for this tab: payments collect none. */
  serviceChargeWaived: boolean;
  tableIds: string[];
  orderIds: string[];
}

export interface TableRow {
  id: string;
  section_id: string;
  label: string;
  capacity: number;
  seats: number;
  status: TableStatus;
  waiter_id: string | null;
  current_tab_id: string | null;
  sort_order: number;
  updated_at: string;
  grid_col: number | null;
  grid_row: number | null;
}

export function toTable(row: TableRow): DiningTable {
  return {
    id: row.id,
    sectionId: row.section_id,
    label: row.label,
    capacity: row.capacity,
    seats: row.seats,
    status: row.status,
    waiterId: row.waiter_id,
    currentTabId: row.current_tab_id,
    sortOrder: row.sort_order,
    updatedAt: row.updated_at,
    gridCol: row.grid_col,
    gridRow: row.grid_row,
  };
}
