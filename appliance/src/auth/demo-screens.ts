import type { ModuleContext } from '../kernel/module.js';
import type { DeviceKind } from './permissions.js';
import { registerDevice, reissuePairingCode } from './devices/device-commands.js';
import type { DeviceRow } from './devices/device-store.js';

/** The demo store's screens, each registered and waiting for a browser to pair with it. */
const DEMO_SCREENS: readonly { name: string; kind: DeviceKind; stations?: string[]; page: string }[] = [
  { name: 'KDS Cozinha (demonstração)', kind: 'KDS', stations: ['GRILL', 'FRYER', 'COLD', 'ASSEMBLY', 'EXPO'], page: '/kds' },
  { name: 'Painel de pedidos (demonstração)', kind: 'CUSTOMER_DISPLAY', page: '/painel' },
  { name: 'Tela do cliente (demonstração)', kind: 'CUSTOMER_DISPLAY', page: '/cliente' },
  { name: 'Totem (demonstração)', kind: 'KIOSK', page: '/totem' },
  { name: 'Celular do garçom (demonstração)', kind: 'WAITER_TABLET', page: '/garcom' },
];
const system = { actor: { type: 'system' as const, id: 'demo-seed' } };

export async function seedDemoScreens(ctx: ModuleContext): Promise<void> {
  for (const screen of DEMO_SCREENS) {
    await ctx.commands.run('auth.register_device', (tx) => registerDevice(tx, { name: screen.name, kind: screen.kind, stations: screen.stations ?? [] }), system);
  }
}

/**
 * The demo screens are registered but wait for a browser to pair with them. Pairing codes expire,
 * so a demo screen not paired yet gets a fresh code at every start, printed for the newcomer.
 */
export async function announceDemoScreenPairing(ctx: ModuleContext): Promise<void> {
  for (const screen of DEMO_SCREENS) {
    const device = ctx.db.prepare('SELECT * FROM devices WHERE name = ? AND kind = ?').get(screen.name, screen.kind) as DeviceRow | undefined;
    if (!device || device.status !== 'PENDING') continue;
    const { pairingCode } = await ctx.commands.run('auth.reissue_pairing', (tx) => reissuePairingCode(tx, device.id), system);
    ctx.logger.warn({ deviceId: device.id, pairingCode, page: screen.page }, `demo screen waiting to be paired: open ${screen.page} and enter the pairing code`);
  }
}
