/**
 * The floor editor's grid of each section: columns × rows of cells, one table per cell. A table's
 * `gridCol`/`gridRow` (tables events and API) count from 0 within it; the appliance and the back
 * office read this one definition.
 */
export const FLOOR_GRID = { columns: 16, rows: 10 } as const;
