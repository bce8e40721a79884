import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deviceProfileSchema, type DeviceProfile, type DeviceKind } from './schema.js';
import { firmwareProfilesDir } from './repo-root.js';

export const PROFILE_SCHEMA_FILE = 'schema.json';

export class ProfileError extends Error {
  constructor(
    readonly code: 'PROFILE_INVALID' | 'PROFILE_ID_MISMATCH' | 'PROFILE_DUPLICATE' | 'PROFILE_NOT_FOUND',
    message: string,
  ) {
    super(message);
    this.name = 'ProfileError';
  }
}

export function profileFiles(dir: string = firmwareProfilesDir()): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== PROFILE_SCHEMA_FILE)
    .sort()
    .map((name) => join(dir, name));
}

export function parseProfileFile(file: string): DeviceProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ProfileError('PROFILE_INVALID', `${basename(file)}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = deviceProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ProfileError('PROFILE_INVALID', `${basename(file)}: ${issues}`);
  }
  const expectedId = basename(file, '.json');
  if (parsed.data.id !== expectedId) {
    throw new ProfileError('PROFILE_ID_MISMATCH', `${basename(file)}: id "${parsed.data.id}" must equal "${expectedId}"`);
  }
  return parsed.data;
}

export function loadProfiles(dir: string = firmwareProfilesDir()): DeviceProfile[] {
  const profiles = profileFiles(dir).map(parseProfileFile);
  const seen = new Set<string>();
  for (const p of profiles) {
    const key = `${p.vendor}/${p.model}`.toLowerCase();
    if (seen.has(key)) throw new ProfileError('PROFILE_DUPLICATE', `two profiles describe ${p.vendor} ${p.model}`);
    seen.add(key);
  }
  return profiles;
}

export function findProfile(profiles: DeviceProfile[], id: string): DeviceProfile {
  const found = profiles.find((p) => p.id === id);
  if (!found) throw new ProfileError('PROFILE_NOT_FOUND', `no firmware profile "${id}"`);
  return found;
}

export function profilesOfKind<K extends DeviceKind>(
  profiles: DeviceProfile[],
  kind: K,
): Extract<DeviceProfile, { kind: K }>[] {
  return profiles.filter((p): p is Extract<DeviceProfile, { kind: K }> => p.kind === kind);
}
