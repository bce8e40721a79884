import { z } from 'zod';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { parseWith, readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { assertStationAccess } from './access.js';
import { findStation, listStations, saveStation } from './stations.js';
import { allDayCounts, recentBumped } from './summaries.js';
import { openTickets } from './tickets.js';
import { safeText } from '../kernel/safe-text.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const stationBody = lazySchema(() => z.object({
  name: safeText(60),
  capacity: z.number().int().min(0).max(1000),
  categories: z.array(z.string().min(1).max(64)).max(500).default([]),
  hasScreen: z.boolean().default(true),
  isExpo: z.boolean().default(false),
  isDefault: z.boolean().default(false),
  warnAfterSeconds: z.number().int().min(30).max(7200).default(300),
  lateAfterSeconds: z.number().int().min(30).max(7200).default(480),
  sortOrder: z.number().int().min(0).max(1000).default(0),
  active: z.boolean().default(true),
}));
const stationCode = lazySchema(() => z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/));
const stationParams = lazySchema(() => z.object({ code: stationCode }));

export function registerKitchenRoutes(ctx: ModuleContext): void {
  ctx.api.get('/kds/stations', routeDoc({ tag: 'kitchen', summary: 'Kitchen stations', response: () => import('./answers.js').then((a) => z.array(a.stationAnswer)) }), requirePermission('kds.operate'), (c) => ok(c, listStations(ctx.db, true)));

  ctx.api.put('/kds/stations/:code', routeDoc({ tag: 'kitchen', summary: 'Create or replace a kitchen station', params: stationParams, body: stationBody, response: () => import('./answers.js').then((a) => a.stationAnswer) }), requirePermission('catalog.write'), async (c) => {
    const code = parseWith(stationCode, readParam(c, 'code'));
    const body = await readJson(c, stationBody);
    return runCommand(c, 'kitchen.station_save', (tx) => {
      const station = { code, ...body };
      saveStation(tx.db, station);
      tx.emit({ type: 'kitchen.station_saved', aggregateType: 'kitchen_station', aggregateId: station.code, payload: { station } });
      return findStation(tx.db, station.code);
    });
  });

  ctx.api.get('/kds/:station/tickets', routeDoc({ tag: 'kitchen', summary: 'The open tickets of a station', response: () => import('./answers.js').then((a) => a.openTicketsAnswer), errors: { 403: ['KDS_STATION_FORBIDDEN'] } }), requirePermission('kds.operate'), (c) => {
    const station = readParam(c, 'station');
    assertStationAccess(ctx.db, c.get('actor'), station);
    return ok(c, openTickets(ctx.db, station));
  });

  ctx.api.get('/kds/:station/allday', routeDoc({ tag: 'kitchen', summary: 'All-day counts of what a station still has to make', response: () => import('./answers.js').then((a) => a.allDayAnswer) }), requirePermission('kds.operate'), (c) => {
    const station = readParam(c, 'station');
    assertStationAccess(ctx.db, c.get('actor'), station);
    return ok(c, allDayCounts(ctx.db, station, ctx.clock.now()));
  });

  ctx.api.get('/kds/:station/recent', routeDoc({ tag: 'kitchen', summary: 'Tickets a station bumped recently (for recall)', response: () => import('./answers.js').then((a) => a.recentTicketsAnswer) }), requirePermission('kds.operate'), (c) => {
    const station = readParam(c, 'station');
    assertStationAccess(ctx.db, c.get('actor'), station);
    return ok(c, recentBumped(ctx.db, station, ctx.clock.now()));
  });
}
