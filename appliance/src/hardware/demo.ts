import type { DeviceProfile } from '../devices/profiles/schema.js';
import type { ModuleContext } from '../kernel/module.js';
import type { HardwareInput } from './model.js';
import { configureHardware } from './registry.js';

/** 1.234 kg of salad on the demo scale, so the weight route answers something worth reading. */
export const DEMO_HARDWARE: HardwareInput[] = [
  { id: 'balanca-1', kind: 'scale', name: 'Balança do buffet (virtual)', profileId: 'toledo-prix-6', transport: { type: 'virtual', grams: 1234 } },
  { id: 'leitor-1', kind: 'scanner', name: 'Leitor do caixa 1 (virtual)', profileId: 'zebra-ds2208', transport: { type: 'virtual' } },
  { id: 'display-1', kind: 'customer-display', name: 'Display do cliente do caixa 1 (virtual)', profileId: 'partner-tech-cd-7220', transport: { type: 'virtual' } },
];

export async function seedDemoHardware(ctx: ModuleContext, profiles: DeviceProfile[]): Promise<void> {
  await ctx.commands.run(
    'hardware.seed_demo',
    (tx) => {
      for (const device of DEMO_HARDWARE) configureHardware(tx, device, profiles);
    },
    { actor: { type: 'system', id: 'demo-seed' } },
  );
}
