import type { Context } from 'hono';
import { z } from 'zod';
import { RESTART_TARGETS } from '../../contract/events/system.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { AppError, notFound } from './errors.js';
import type { AppEnv } from './http/env.js';
import { ok } from './http/envelope.js';
import { requirePermission } from './http/permissions.js';
import { readJson } from './http/validation.js';
import type { ModuleContext } from './module.js';

export type RestartTarget = (typeof RESTART_TARGETS)[number];
export type Subsystem = Exclude<RestartTarget, 'appliance'>;

/**
 * The subsystems a module can stop and start again on its own, without the rest of the store
 * noticing (a stuck print queue, a replication loop sleeping through a long back-off, the fiscal
 * emitter's retry timer). Modules add theirs in `start`, once the subsystem runs.
 */
export class RestartableSubsystems {
  private readonly restarts = new Map<Subsystem, () => Promise<void>>();

  add(name: Subsystem, restart: () => Promise<void>): void {
    this.restarts.set(name, restart);
  }

  names(): Subsystem[] {
    return RESTART_TARGETS.filter((name): name is Subsystem => name !== 'appliance' && this.restarts.has(name));
  }

  find(name: Subsystem): (() => Promise<void>) | undefined {
    return this.restarts.get(name);
  }
}

const restartBody = lazySchema(() => z.object({ target: z.enum(RESTART_TARGETS) }));
const answers = () => import('./service-restart-answers.js');

/** Journals who restarted what (the audit trail) before anything is restarted. */
function journalRestart(ctx: ModuleContext, c: Context<AppEnv>, target: RestartTarget) {
  return ctx.commands.run(
    'system.restart',
    (tx) => tx.emit({ type: 'system.restart_requested', aggregateType: 'appliance', aggregateId: target, payload: { target } }),
    { actor: c.get('actor'), correlationId: c.get('correlationId') },
  );
}

/**
 * The service dashboard's restarts. The whole appliance restarts in place, as a restored backup
 * does (main.ts): every module stops and starts again on the same ports, so terminals reconnect by
 * themselves; a restart that fails ends the process for the supervisor (systemd) to start afresh.
 */
export function registerServiceRestartRoutes(ctx: ModuleContext, subsystems: RestartableSubsystems, applianceRestarts: boolean): void {
  ctx.api.get(
    '/service/restarts',
    routeDoc({ tag: 'system', summary: 'What the service dashboard can restart here: the running subsystems, and whether the whole appliance restarts in place', response: () => answers().then((a) => a.restartOptionsAnswer) }),
    requirePermission('service.restart'),
    (c) => ok(c, { subsystems: subsystems.names(), appliance: applianceRestarts }),
  );
  ctx.api.post(
    '/service/restarts',
    routeDoc({
      tag: 'system',
      summary: 'Restart one subsystem (answers once it runs again) or the whole appliance (answers 202, then restarts)',
      body: restartBody,
      response: () => answers().then((a) => a.restartAnswer),
      errors: { 404: ['SERVICE_SUBSYSTEM_NOT_RUNNING'], 503: ['RESTART_NOT_SUPPORTED'] },
    }),
    requirePermission('service.restart'),
    async (c) => {
      const { target } = await readJson(c, restartBody);
      if (target === 'appliance') {
        if (!applianceRestarts) throw new AppError('RESTART_NOT_SUPPORTED', 503);
        await journalRestart(ctx, c, target);
        ctx.requestRestart('service-dashboard');
        ctx.logger.warn({ target, by: c.get('actor')?.id }, 'restart requested from the service dashboard');
        return ok(c, { target, restarting: true }, 202);
      }
      const restart = subsystems.find(target);
      if (!restart) throw notFound('SERVICE_SUBSYSTEM_NOT_RUNNING', { target });
      await journalRestart(ctx, c, target);
      ctx.logger.warn({ target, by: c.get('actor')?.id }, 'subsystem restart requested from the service dashboard');
      await restart();
      return ok(c, { target, restarting: false });
    },
  );
}
