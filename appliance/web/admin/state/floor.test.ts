import { describe, expect, it } from 'vitest';
import { cellAfterArrow, cellAt, cellsOf, FLOOR_GRID } from './floor';

describe('floor editor grid', () => {
  it('keeps saved cells and lays unplaced tables on the next free cells in reading order', () => {
    const cells = cellsOf([
      { id: 'a', sectionId: 's', label: '1', capacity: 4, status: 'FREE', gridCol: 0, gridRow: 0 },
      { id: 'b', sectionId: 's', label: '2', capacity: 4, status: 'FREE', gridCol: null, gridRow: null },
      { id: 'c', sectionId: 's', label: '3', capacity: 2, status: 'FREE', gridCol: 2, gridRow: 0 },
      { id: 'd', sectionId: 's', label: '4', capacity: 2, status: 'FREE' },
    ]);
    expect(Object.fromEntries([...cells].map(([id, c]) => [id, [c.gridCol, c.gridRow, c.placed]]))).toEqual({ a: [0, 0, true], b: [1, 0, false], c: [2, 0, true], d: [3, 0, false] });
  });

  it('turns a pointer position into a cell inside the grid, and arrows into the neighbour cell', () => {
    expect(cellAt(130, 61, 50, 60)).toEqual({ gridCol: 2, gridRow: 1 });
    expect(cellAt(-20, 99_999, 50, 60)).toEqual({ gridCol: 0, gridRow: FLOOR_GRID.rows - 1 });
    expect(cellAfterArrow({ gridCol: 2, gridRow: 1 }, 'ArrowUp')).toEqual({ gridCol: 2, gridRow: 0 });
    expect(cellAfterArrow({ gridCol: 0, gridRow: 0 }, 'ArrowLeft')).toBeNull();
    expect(cellAfterArrow({ gridCol: 0, gridRow: 0 }, 'Enter')).toBeNull();
  });
});
