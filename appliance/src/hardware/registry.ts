import { realpathSync } from 'node:fs';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import type { Db } from '../kernel/db/open.js';
import { businessRule, conflict, notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { toHardwareDevice, type HardwareDevice, type HardwareInput, type HardwareRow } from './model.js';

export function listHardware(db: Db): HardwareDevice[] {
  return (db.prepare('SELECT * FROM hardware_devices ORDER BY kind, id').all() as HardwareRow[]).map(toHardwareDevice);
}

export function findHardware(db: Db, id: string): HardwareDevice | null {
  const row = db.prepare('SELECT * FROM hardware_devices WHERE id = ?').get(id) as HardwareRow | undefined;
  return row ? toHardwareDevice(row) : null;
}

/** Adds or replaces a configured device after checking it against its firmware profile. */
export function configureHardware(tx: CommandTx, input: HardwareInput, profiles: DeviceProfile[]): HardwareDevice {
  checkAgainstProfile(input, profiles);
  checkConflicts(tx.db, input);
  const previous = findHardware(tx.db, input.id);
  if (previous && previous.kind !== input.kind) throw conflict('HARDWARE_KIND_CHANGE', { id: input.id, kind: previous.kind });
  tx.prepare(
    `INSERT INTO hardware_devices (id, kind, name, profile_id, transport, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, profile_id = excluded.profile_id, transport = excluded.transport, updated_at = excluded.updated_at`,
  ).run(input.id, input.kind, input.name, input.profileId, JSON.stringify(input.transport), tx.nowIso, tx.nowIso);
  const device = findHardware(tx.db, input.id)!;
  tx.emit({ type: 'hardware.configured', aggregateType: 'hardware', aggregateId: device.id, payload: { device } });
  return device;
}

export function removeHardware(tx: CommandTx, id: string): HardwareDevice {
  const device = findHardware(tx.db, id);
  if (!device) throw notFound('HARDWARE_NOT_FOUND', { id });
  tx.prepare('DELETE FROM hardware_devices WHERE id = ?').run(id);
  tx.emit({ type: 'hardware.removed', aggregateType: 'hardware', aggregateId: id, payload: { id, kind: device.kind } });
  return device;
}

function checkAgainstProfile(input: HardwareInput, profiles: DeviceProfile[]): void {
  const profile = profiles.find((p) => p.id === input.profileId);
  const params = { profileId: input.profileId, kind: input.kind };
  if (!profile) throw businessRule('HARDWARE_PROFILE_NOT_FOUND', params, params);
  if (profile.kind !== input.kind) throw businessRule('HARDWARE_PROFILE_KIND_MISMATCH', { ...params, profileKind: profile.kind }, params);
  const transport = input.transport.type;
  if (transport === 'virtual') return;
  if (transport === 'tef-dial' || transport === 'sitef' ? input.kind !== 'tef' : input.kind === 'tef') {
    throw businessRule('HARDWARE_TRANSPORT_NOT_SUPPORTED', { ...params, transport }, params);
  }
  if (transport === 'serial' && !profile.transports.serial) throw businessRule('HARDWARE_PROFILE_NOT_SERIAL', params, params);
  // HID keyboard scanners type into the terminal; the appliance never reads them.
  if (profile.kind === 'scanner' && profile.scanner.mode === 'hid-keyboard') throw businessRule('HARDWARE_PROFILE_NOT_SERIAL', params, params);
}

/**
 * The port a serial path names: a udev link (`/dev/serial/by-id/…`) and the kernel name it points
 * to are one port, which two drivers must not both open. A path not present now stays as written.
 */
function resolvedPort(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function checkConflicts(db: Db, input: HardwareInput): void {
  const others = listHardware(db).filter((d) => d.id !== input.id);
  const { transport } = input;
  if (transport.type === 'serial') {
    const port = resolvedPort(transport.path);
    const holder = others.find((d) => d.transport.type === 'serial' && resolvedPort(d.transport.path) === port);
    if (holder) throw conflict('HARDWARE_PORT_IN_USE', { path: transport.path, deviceId: holder.id });
  }
  // TEF Dial has a single request slot, and payments take cards through one provider.
  if (input.kind === 'tef') {
    const tef = others.find((d) => d.kind === 'tef');
    if (tef) throw conflict('HARDWARE_TEF_ALREADY_CONFIGURED', { deviceId: tef.id });
  }
}
