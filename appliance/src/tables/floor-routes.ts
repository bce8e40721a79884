import { z } from 'zod';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { safeText } from '../kernel/safe-text.js';
import { addSection, addTable, placeTable } from './floor-commands.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const cell = () => ({ gridCol: z.number().int().min(0).max(99), gridRow: z.number().int().min(0).max(99) });
const sectionBody = lazySchema(() => z.object({ name: safeText(80) }));
const newTableBody = lazySchema(() => z.object({ sectionId: z.string().min(1).max(64), label: safeText(20), capacity: z.number().int().min(1).max(50), ...cell() }));
const placementBody = lazySchema(() => z.object({ sectionId: z.string().min(1).max(64).optional(), ...cell() }));
const answers = () => import('./answers.js');

/** The back office's floor editor: sections, new tables and where each table stands on the grid. */
export function registerFloorRoutes(ctx: ModuleContext): void {
  ctx.api.post(
    '/table-layouts/:id/sections',
    routeDoc({ tag: 'tables', summary: 'Add a section to a floor layout', body: sectionBody, response: () => answers().then((a) => a.sectionAnswer), status: 201, errors: { 404: ['TABLE_LAYOUT_NOT_FOUND'] } }),
    requirePermission('tables.manage'),
    async (c) => {
      const layoutId = readParam(c, 'id');
      const body = await readJson(c, sectionBody);
      return runCommand(c, 'tables.section_add', (tx) => addSection(tx, layoutId, body.name), 201);
    },
  );
  ctx.api.post(
    '/tables',
    routeDoc({
      tag: 'tables',
      summary: 'Add a table to a section, on a cell of its floor grid',
      body: newTableBody,
      response: () => answers().then((a) => a.tableAnswer),
      status: 201,
      errors: { 404: ['TABLE_SECTION_NOT_FOUND'], 409: ['TABLE_LABEL_TAKEN', 'TABLE_CELL_TAKEN'], 422: ['TABLE_CELL_OUTSIDE_GRID'] },
    }),
    requirePermission('tables.manage'),
    async (c) => {
      const body = await readJson(c, newTableBody);
      return runCommand(c, 'tables.table_add', (tx) => addTable(tx, body), 201);
    },
  );
  ctx.api.put(
    '/tables/:id/placement',
    routeDoc({
      tag: 'tables',
      summary: "Move a table on the floor grid, or to another section's grid",
      body: placementBody,
      response: () => answers().then((a) => a.tableAnswer),
      errors: { 404: ['TABLE_NOT_FOUND', 'TABLE_SECTION_NOT_FOUND'], 409: ['TABLE_CELL_TAKEN'], 422: ['TABLE_CELL_OUTSIDE_GRID'] },
    }),
    requirePermission('tables.manage'),
    async (c) => {
      const id = readParam(c, 'id');
      const body = await readJson(c, placementBody);
      return runCommand(c, 'tables.table_place', (tx) => placeTable(tx, id, body));
    },
  );
}
