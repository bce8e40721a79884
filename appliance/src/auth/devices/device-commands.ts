import { businessRule, notFound } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { randomCode, randomToken, sha256 } from '../crypto/tokens.js';
import type { DeviceKind } from '../permissions.js';
import { DEVICE_TOKEN_PREFIX, PAIRING_CODE_LENGTH, PAIRING_CODE_TTL_MS, devices, toDevice, type Device, type DeviceRow } from './device-store.js';

export interface DeviceRegistration {
  device: Device;
  pairingCode: string;
}

function newPairingCode(tx: CommandTx): { code: string; expiresAt: string } {
  return { code: randomCode(PAIRING_CODE_LENGTH), expiresAt: new Date(tx.now.getTime() + PAIRING_CODE_TTL_MS).toISOString() };
}

export function registerDevice(tx: CommandTx, input: { name: string; kind: DeviceKind; stations: string[] }): DeviceRegistration {
  if (input.kind === 'KDS' && input.stations.length === 0) throw businessRule('KDS_STATIONS_REQUIRED');
  const id = newId();
  const pairing = newPairingCode(tx);
  tx.db
    .prepare(
      `INSERT INTO devices (id, name, kind, stations, status, pairing_code_hash, pairing_expires_at, created_at, created_by)
       VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)`,
    )
    .run(id, input.name, input.kind, JSON.stringify(input.stations), sha256(pairing.code), pairing.expiresAt, tx.nowIso, tx.actor?.id ?? null);
  tx.emit({
    type: 'auth.device_registered',
    aggregateType: 'device',
    aggregateId: id,
    payload: { deviceId: id, name: input.name, kind: input.kind, stations: input.stations, pairingExpiresAt: pairing.expiresAt },
  });
  return { device: toDevice(devices.find(tx.db, id)!), pairingCode: pairing.code };
}

/** A fresh pairing code for a device that lost its token (or was never paired); the old token stops working. */
export function reissuePairingCode(tx: CommandTx, deviceId: string): DeviceRegistration {
  const row = devices.find(tx.db, deviceId);
  if (!row) throw notFound('DEVICE_NOT_FOUND');
  if (row.status === 'REVOKED') throw businessRule('DEVICE_REVOKED');
  const pairing = newPairingCode(tx);
  tx.db
    .prepare("UPDATE devices SET status = 'PENDING', token_hash = NULL, pairing_code_hash = ?, pairing_expires_at = ? WHERE id = ?")
    .run(sha256(pairing.code), pairing.expiresAt, deviceId);
  tx.emit({ type: 'auth.device_pairing_reissued', aggregateType: 'device', aggregateId: deviceId, payload: { deviceId, pairingExpiresAt: pairing.expiresAt } });
  return { device: toDevice(devices.find(tx.db, deviceId)!), pairingCode: pairing.code };
}

export type PairOutcome = { ok: true; device: Device; deviceToken: string } | { ok: false };

/**
 * Exchanges a one-time pairing code for the long-lived device token (only its hash is kept).
 * Anyone on the network may try, so both outcomes are journaled with the address they came from:
 * a wrong code (returned, not thrown, so the entry commits) and the pairing itself.
 */
export function pairDevice(tx: CommandTx, code: string, address: string | null): PairOutcome {
  const row = tx.db.prepare("SELECT * FROM devices WHERE pairing_code_hash = ? AND status = 'PENDING'").get(sha256(code.trim().toUpperCase())) as
    | DeviceRow
    | undefined;
  if (!row || !row.pairing_expires_at || Date.parse(row.pairing_expires_at) <= tx.now.getTime()) {
    tx.emit({ type: 'auth.device_pairing_failed', aggregateType: 'device', aggregateId: `address:${address ?? 'unknown'}`, payload: { address } });
    return { ok: false };
  }
  const deviceToken = randomToken(DEVICE_TOKEN_PREFIX);
  tx.db
    .prepare("UPDATE devices SET status = 'ACTIVE', token_hash = ?, pairing_code_hash = NULL, pairing_expires_at = NULL, paired_at = ? WHERE id = ?")
    .run(sha256(deviceToken), tx.nowIso, row.id);
  tx.emit({ type: 'auth.device_paired', aggregateType: 'device', aggregateId: row.id, payload: { deviceId: row.id, kind: row.kind, address } });
  return { ok: true, device: toDevice(devices.find(tx.db, row.id)!), deviceToken };
}

export function revokeDevice(tx: CommandTx, deviceId: string): Device {
  const row = devices.find(tx.db, deviceId);
  if (!row) throw notFound('DEVICE_NOT_FOUND');
  if (row.status === 'REVOKED') return toDevice(row);
  tx.db
    .prepare("UPDATE devices SET status = 'REVOKED', token_hash = NULL, pairing_code_hash = NULL, pairing_expires_at = NULL, revoked_at = ? WHERE id = ?")
    .run(tx.nowIso, deviceId);
  tx.emit({ type: 'auth.device_revoked', aggregateType: 'device', aggregateId: deviceId, payload: { deviceId, name: row.name, kind: row.kind } });
  return toDevice(devices.find(tx.db, deviceId)!);
}
