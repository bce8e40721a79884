import { loadProfiles } from '../devices/profiles/loader.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import type { ApplianceModule, ModuleContext } from '../kernel/module.js';
import { seedDemoHardware } from './demo.js';
import { DISPLAY_EVENTS, displayLinesFor } from './display-presenter.js';
import { HardwareRuntime } from './hardware-runtime.js';
import { hardwareMessages } from './messages.pt-BR.js';
import { hardwareMigrations } from './migrations.js';
import { registerHardwareRoutes } from './routes.js';
import { scanMessage, scanTopic } from './scan-message.js';

export { ConfiguredCardProvider } from './configured-card-provider.js';
export { HardwareRuntime } from './hardware-runtime.js';
export { HARDWARE_KINDS, type HardwareDevice, type HardwareInput, type HardwareKind, type HardwareTransport } from './model.js';
export { configureHardware, findHardware, listHardware, removeHardware } from './registry.js';
export { readChargeableWeight } from './scale-weight.js';
export { scanTopic, type ScanMessage } from './scan-message.js';

const runtimes = new WeakMap<ModuleContext, HardwareRuntime>();

/** The running drivers of this appliance, or null when the hardware module is not part of it. */
export function hardwareRuntimeOf(ctx: ModuleContext): HardwareRuntime | null {
  return runtimes.get(ctx) ?? null;
}

/**
 * Scales, scanners, customer displays and the TEF terminal configured for this store (printers are
 * the printing module's). Drivers follow the registry table; nothing opens a serial port that an
 * operator did not assign to a device.
 */
export function createHardwareModule(): ApplianceModule {
  let runtime: HardwareRuntime | null = null;
  let profiles: DeviceProfile[] = [];
  return {
    name: 'hardware',
    migrations: hardwareMigrations,
    messages: { 'pt-BR': hardwareMessages },
    register(ctx) {
      profiles = loadProfiles();
      const live = new HardwareRuntime({
        db: ctx.db,
        profiles,
        dataDir: ctx.config.dataDir,
        timeZone: ctx.config.timeZone,
        logger: ctx.logger,
        onScan(scannerId, resolution) {
          const message = scanMessage(scannerId, resolution, ctx.messages);
          ctx.logger.info({ scannerId, code: message.code, result: message.result }, 'barcode scanned');
          ctx.mqtt.publish(scanTopic(ctx.config.storeId, scannerId), message, { qos: 1 }).catch((error) => ctx.logger.warn({ err: error, scannerId }, 'scan not published'));
        },
      });
      // Built now (opening nothing) so payments' start-up recovery already sees the configured TEF terminal.
      live.load();
      runtime = live;
      runtimes.set(ctx, live);
      registerHardwareRoutes(ctx, live, profiles);
      ctx.health.add('hardware', () => {
        const offline = live.offline();
        return { status: Object.keys(offline).length > 0 ? 'degraded' : 'ok', offline };
      });
      ctx.events.subscribe('hardware-sync', 'hardware.*', () => live.sync());
      ctx.events.subscribe('customer-display', DISPLAY_EVENTS, (event) => showOnDisplays(ctx, live, event));
    },
    async seedDemo(ctx) {
      await seedDemoHardware(ctx, profiles);
    },
    async start() {
      await runtime?.start();
    },
    async stop() {
      await runtime?.stop();
      runtime = null;
    },
  };
}

function showOnDisplays(ctx: ModuleContext, runtime: HardwareRuntime, event: Parameters<typeof displayLinesFor>[0]): Promise<void> {
  const lines = displayLinesFor(event, ctx.messages);
  // Each driver queues writes in call order, so calling show() before any await keeps events in order.
  const writes = runtime.displays().map(({ id, display, virtual }) =>
    display.show(lines).then(
      // A virtual display has no glass to look at: the log is where the demo shows it.
      () => (virtual ? ctx.logger.info({ displayId: id, lines }, 'virtual customer display') : ctx.logger.debug({ displayId: id, lines }, 'customer display updated')),
      (error: unknown) => ctx.logger.warn({ err: error, displayId: id }, 'customer display not updated'),
    ),
  );
  return Promise.all(writes).then(() => undefined);
}

export const hardwareModule: ApplianceModule = createHardwareModule();
