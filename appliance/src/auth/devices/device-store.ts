import { z } from 'zod';
import { HashedCredentials } from '../crypto/hashed-credentials.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

export const DEVICE_TOKEN_PREFIX = 'chd_';
export const PAIRING_CODE_LENGTH = 10;
export const PAIRING_CODE_TTL_MS = 30 * 60 * 1000;

export interface DeviceRow {
  id: string;
  name: string;
  kind: string;
  stations: string;
  status: 'PENDING' | 'ACTIVE' | 'REVOKED';
  pairing_code_hash: string | null;
  pairing_expires_at: string | null;
  token_hash: string | null;
  created_at: string;
  created_by: string | null;
  paired_at: string | null;
  revoked_at: string | null;
}

export const deviceSchema = lazySchema(() => z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  /** Kitchen stations (KDS) the device serves, upper case. */
  stations: z.array(z.string()),
  status: z.enum(['PENDING', 'ACTIVE', 'REVOKED']),
  pairingExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable(),
  pairedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
}));
export type Device = z.infer<typeof deviceSchema>;

export function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    stations: JSON.parse(row.stations),
    status: row.status,
    pairingExpiresAt: row.status === 'PENDING' ? row.pairing_expires_at : null,
    createdAt: row.created_at,
    createdBy: row.created_by,
    pairedAt: row.paired_at,
    revokedAt: row.revoked_at,
  };
}

/** Enrolled devices: `token_hash` is the SHA-256 of the device token handed over at pairing. */
export const devices = new HashedCredentials<DeviceRow>('devices', 'token_hash');
