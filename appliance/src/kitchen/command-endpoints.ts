import { z } from 'zod';
import { AppError } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { parseWith, readJson, readParam } from '../kernel/http/validation.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Actor } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { assertStationAccess } from './access.js';
import { kdsTopics } from './publisher.js';
import type { KitchenCommand, KitchenCommandResult } from './types.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

export const kitchenCommandSchema = lazySchema(() => z.object({
  ticketId: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64).optional(),
  action: z.enum(['start', 'bump', 'recall', 'void']),
}));

/** Runs one KDS command inside a transaction: `applyKitchenCommand`, or a workflow wrapping it. */
export type KitchenCommandExecutor = (tx: CommandTx, station: string, command: KitchenCommand) => KitchenCommandResult;

/**
 * The two ways a command reaches the kitchen: MQTT `store/{id}/kds/{station}/commands` (from the
 * screens; the broker ACL already limits a KDS device to its stations) and HTTP
 * `POST /api/v1/kds/{station}/commands`. Registered by the kitchen-command workflow so both run the
 * same executor, which also moves the order along.
 */
export function registerKitchenCommandEndpoints(ctx: ModuleContext, execute: KitchenCommandExecutor): void {
  const topics = kdsTopics(ctx.config.storeId);

  ctx.api.post('/kds/:station/commands', routeDoc({ tag: 'kitchen', summary: 'A KDS command: start, bump, recall or void a ticket or item (same as the MQTT command topic)', body: kitchenCommandSchema, response: () => import('./answers.js').then((a) => a.kitchenCommandAnswer), errors: { 403: ['KITCHEN_VOID_MANAGER_ONLY'] } }), requirePermission('kds.operate'), async (c) => {
    const station = readParam(c, 'station');
    assertStationAccess(ctx.db, c.get('actor'), station);
    const command = await readJson(c, kitchenCommandSchema);
    return runCommand(c, 'kitchen.command', (tx) => execute(tx, station, command));
  });

  ctx.mqtt.handle(topics.commands, async (topic, payload, principal) => {
    const station = topic.split('/')[3];
    const actor: Actor = { type: principal.kind, id: principal.id, role: principal.role, deviceKind: principal.deviceKind, stations: principal.stations };
    let command: KitchenCommand | undefined;
    try {
      command = parseWith(kitchenCommandSchema, JSON.parse(payload.toString('utf8')));
      assertStationAccess(ctx.db, actor, station);
      await ctx.commands.run('kitchen.command', (tx) => execute(tx, station, command!), { actor, correlationId: newId() });
    } catch (error) {
      const code = error instanceof AppError ? error.code : error instanceof SyntaxError ? 'MALFORMED_JSON' : 'INTERNAL_ERROR';
      const message = ctx.messages.t(error instanceof AppError ? error.messageKey : code, error instanceof AppError ? error.params : {});
      ctx.logger.warn({ station, principal: principal.id, command, code }, 'kds command refused');
      await ctx.mqtt.publish(topics.errors(station), { ticketId: command?.ticketId ?? null, action: command?.action ?? null, code, message }, { qos: 0 });
      if (code === 'INTERNAL_ERROR') throw error;
    }
  });
}
