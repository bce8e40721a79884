import { FLOOR_GRID } from '../../../contract/floor-grid';

/** The floor as `/table-layouts` answers it (`docs/api.md`, "Tables"). */
export interface FloorTable {
  id: string;
  sectionId: string;
  label: string;
  capacity: number;
  status: string;
  gridCol?: number | null;
  gridRow?: number | null;
}
export interface FloorSection {
  id: string;
  name: string;
  tables: FloorTable[];
}
export interface FloorLayout {
  id: string;
  name: string;
  sections: FloorSection[];
}
export interface Cell {
  gridCol: number;
  gridRow: number;
}

export { FLOOR_GRID };

export const cellKey = (c: Cell) => `${c.gridCol}:${c.gridRow}`;

/** The first free cell in reading order, skipping `taken`; null on a full grid. */
export function firstFreeCell(taken: ReadonlySet<string>): Cell | null {
  for (let gridRow = 0; gridRow < FLOOR_GRID.rows; gridRow++) {
    for (let gridCol = 0; gridCol < FLOOR_GRID.columns; gridCol++) {
      if (!taken.has(cellKey({ gridCol, gridRow }))) return { gridCol, gridRow };
    }
  }
  return null;
}

/**
 * Where each table of a section shows: its saved cell, or (never placed yet) the next free cell in
 * reading order, so tables created before the floor editor appear and can be dragged into place.
 */
export function cellsOf(tables: readonly FloorTable[]): Map<string, Cell & { placed: boolean }> {
  const cells = new Map<string, Cell & { placed: boolean }>();
  const taken = new Set<string>();
  for (const t of tables) {
    if (t.gridCol == null || t.gridRow == null) continue;
    cells.set(t.id, { gridCol: t.gridCol, gridRow: t.gridRow, placed: true });
    taken.add(cellKey({ gridCol: t.gridCol, gridRow: t.gridRow }));
  }
  for (const t of tables) {
    if (cells.has(t.id)) continue;
    const free = firstFreeCell(taken) ?? { gridCol: 0, gridRow: 0 };
    cells.set(t.id, { ...free, placed: false });
    taken.add(cellKey(free));
  }
  return cells;
}

/** The cell under a point of the grid (pixels from its top-left corner), kept inside the grid. */
export function cellAt(x: number, y: number, cellWidth: number, cellHeight: number): Cell {
  const clamp = (value: number, max: number) => Math.min(max - 1, Math.max(0, Math.floor(value)));
  return { gridCol: clamp(x / cellWidth, FLOOR_GRID.columns), gridRow: clamp(y / cellHeight, FLOOR_GRID.rows) };
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The cell an arrow key moves to (null for another key or the grid's edge). */
export function cellAfterArrow(cell: Cell, keyName: string): Cell | null {
  const step = ARROWS[keyName];
  if (!step) return null;
  const next = { gridCol: cell.gridCol + step[0], gridRow: cell.gridRow + step[1] };
  const inside = next.gridCol >= 0 && next.gridRow >= 0 && next.gridCol < FLOOR_GRID.columns && next.gridRow < FLOOR_GRID.rows;
  return inside ? next : null;
}
