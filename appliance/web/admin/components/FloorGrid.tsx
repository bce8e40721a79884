import { useRef, useState } from 'preact/hooks';
import { type Cell, cellAfterArrow, cellAt, cellsOf, FLOOR_GRID, type FloorTable } from '../state/floor';
import { t } from '../texts';

interface Props {
  tables: FloorTable[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Saves the table on the cell; the grid shows it there meanwhile and goes back if the save fails. */
  onPlace: (table: FloorTable, cell: Cell) => Promise<boolean>;
}

interface Drag {
  id: string;
  pointerId: number;
  /** Where in the table the pointer took hold, so the table does not jump under it. */
  dx: number;
  dy: number;
  x: number;
  y: number;
}

/**
 * One section's floor: tables on a grid of cells, dragged with the pointer (mouse, pen or touch:
 * pointer events with capture) or moved with the arrow keys once selected.
 */
export function FloorGrid({ tables, selectedId, onSelect, onPlace }: Props) {
  const grid = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [pending, setPending] = useState<Record<string, Cell>>({});
  const cells = cellsOf(tables);
  const cellSize = () => {
    const box = grid.current!.getBoundingClientRect();
    return { box, width: box.width / FLOOR_GRID.columns, height: box.height / FLOOR_GRID.rows };
  };
  const place = async (table: FloorTable, cell: Cell) => {
    setPending((p) => ({ ...p, [table.id]: cell }));
    await onPlace(table, cell);
    setPending(({ [table.id]: _done, ...rest }) => rest);
  };
  const down = (table: FloorTable, event: PointerEvent) => {
    const target = event.currentTarget as HTMLElement;
    const rect = target.getBoundingClientRect();
    const { box } = cellSize();
    target.setPointerCapture(event.pointerId);
    onSelect(table.id);
    setDrag({ id: table.id, pointerId: event.pointerId, dx: event.clientX - rect.left, dy: event.clientY - rect.top, x: rect.left - box.left, y: rect.top - box.top });
  };
  const move = (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const { box } = cellSize();
    setDrag({ ...drag, x: event.clientX - box.left - drag.dx, y: event.clientY - box.top - drag.dy });
  };
  const up = (table: FloorTable, event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const { width, height } = cellSize();
    // The table lands on the cell under its centre.
    const cell = cellAt(drag.x + width / 2, drag.y + height / 2, width, height);
    setDrag(null);
    const from = cells.get(table.id)!;
    if (from.placed && from.gridCol === cell.gridCol && from.gridRow === cell.gridRow) return;
    void place(table, cell);
  };
  const key = (table: FloorTable, event: KeyboardEvent) => {
    const next = cellAfterArrow(pending[table.id] ?? cells.get(table.id)!, event.key);
    if (!next) return;
    event.preventDefault();
    void place(table, next);
  };
  return (
    <div class="floor-grid" ref={grid} style={{ '--cols': FLOOR_GRID.columns, '--rows': FLOOR_GRID.rows }} role="application" aria-label={t('ADMIN_FLOOR_GRID_HINT')}>
      {tables.map((table) => {
        const cell = pending[table.id] ?? cells.get(table.id)!;
        const dragging = drag?.id === table.id;
        const style = dragging
          ? { left: `${drag.x}px`, top: `${drag.y}px` }
          : { left: `calc(${cell.gridCol} * 100% / var(--cols))`, top: `calc(${cell.gridRow} * 100% / var(--rows))` };
        const classes = ['floor-table', selectedId === table.id ? 'selected' : '', cells.get(table.id)!.placed || pending[table.id] ? '' : 'unplaced', dragging ? 'dragging' : ''];
        return (
          <button
            key={table.id}
            type="button"
            class={classes.filter(Boolean).join(' ')}
            style={style}
            data-table={table.label}
            data-cell={`${cell.gridCol},${cell.gridRow}`}
            aria-pressed={selectedId === table.id}
            aria-label={t('ADMIN_FLOOR_TABLE_ARIA', { label: table.label, capacity: table.capacity, col: cell.gridCol + 1, row: cell.gridRow + 1 })}
            onPointerDown={(e) => down(table, e)}
            onPointerMove={move}
            onPointerUp={(e) => up(table, e)}
            onPointerCancel={() => setDrag(null)}
            onFocus={() => onSelect(table.id)}
            onKeyDown={(e) => key(table, e)}
          >
            <strong>{table.label}</strong>
            <small>{t('ADMIN_FLOOR_SEATS', { n: table.capacity })}</small>
          </button>
        );
      })}
    </div>
  );
}
