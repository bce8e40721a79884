import type { ModuleContext } from '../kernel/module.js';
import { registerDevice, reissuePairingCode } from './devices/device-commands.js';
import type { DeviceRow } from './devices/device-store.js';

const DEMO_KDS_NAME = 'KDS Cozinha (demonstração)';
const DEMO_KDS_STATIONS = ['GRILL', 'FRYER', 'COLD', 'ASSEMBLY', 'EXPO'];
const system = { actor: { type: 'system' as const, id: 'demo-seed' } };

export async function seedDemoKds(ctx: ModuleContext): Promise<void> {
  await ctx.commands.run('auth.register_device', (tx) => registerDevice(tx, { name: DEMO_KDS_NAME, kind: 'KDS', stations: DEMO_KDS_STATIONS }), system);
}

/**
 * The demo KDS is registered but waits for a screen to pair with it. Pairing codes expire, so a demo
 * store that has not been paired yet gets a fresh one at every start, printed for the newcomer.
 */
export async function announceDemoKdsPairing(ctx: ModuleContext): Promise<void> {
  const device = ctx.db.prepare("SELECT * FROM devices WHERE name = ? AND kind = 'KDS'").get(DEMO_KDS_NAME) as DeviceRow | undefined;
  if (!device || device.status !== 'PENDING') return;
  const { pairingCode } = await ctx.commands.run('auth.reissue_pairing', (tx) => reissuePairingCode(tx, device.id), system);
  ctx.logger.warn(
    { deviceId: device.id, pairingCode, page: '/kds' },
    'demo KDS waiting to be paired: open /kds and enter the pairing code',
  );
}
