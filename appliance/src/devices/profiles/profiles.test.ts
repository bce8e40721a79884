import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deviceProfileSchema } from './schema.js';
import { loadProfiles, parseProfileFile, profileFiles, ProfileError, findProfile, PROFILE_SCHEMA_FILE } from './loader.js';
import { profileJsonSchemaText } from './json-schema.js';
import { firmwareProfilesDir } from './repo-root.js';
import { SEED_DEVICE_MODELS } from './seed-models.js';

const tempDirs: string[] = [];
afterEach(() => tempDirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('firmware profiles', () => {
  const files = profileFiles();

  it.each(files.map((f) => [basename(f), f]))('%s validates against the schema', (_name, file) => {
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    const result = deviceProfileSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(parseProfileFile(file).id).toBe(basename(file, '.json'));
  });

  it('has a profile for every seed device model, of the right kind', () => {
    const profiles = loadProfiles();
    for (const seed of SEED_DEVICE_MODELS) {
      const match = profiles.find((p) => p.vendor === seed.vendor && p.model === seed.model);
      expect(match, `${seed.vendor} ${seed.model}`).toBeDefined();
      expect(match!.kind).toBe(seed.kind);
    }
    expect(profiles.length).toBeGreaterThanOrEqual(SEED_DEVICE_MODELS.length);
  });

  it('printers declare a code page that can print Portuguese and column counts for both fonts', () => {
    const printers = loadProfiles().filter((p) => p.kind === 'printer');
    expect(printers.length).toBe(6);
    for (const p of printers) {
      expect(['CP860', 'CP850', 'WPC1252']).toContain(p.printer.codePage);
      expect(p.printer.columns.fontB).toBeGreaterThan(p.printer.columns.fontA);
    }
  });

  it('firmware-profiles/schema.json is the current export of the zod schema', () => {
    const committed = readFileSync(join(firmwareProfilesDir(), PROFILE_SCHEMA_FILE), 'utf8');
    expect(committed).toBe(profileJsonSchemaText());
    expect(JSON.parse(committed).oneOf).toHaveLength(6);
  });

  it('rejects a profile with a bad USB id, naming the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
    tempDirs.push(dir);
    const good = JSON.parse(readFileSync(join(firmwareProfilesDir(), 'epson-tm-t20.json'), 'utf8'));
    good.transports.usb.vendorId = '04B8';
    writeFileSync(join(dir, 'epson-tm-t20.json'), JSON.stringify(good));
    expect(() => loadProfiles(dir)).toThrowError(/epson-tm-t20\.json: transports\.usb\.vendorId/);
  });

  it('rejects an id that differs from the file name and duplicate models', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
    tempDirs.push(dir);
    const good = readFileSync(join(firmwareProfilesDir(), 'elgin-i9.json'), 'utf8');
    writeFileSync(join(dir, 'other-name.json'), good);
    expect(() => loadProfiles(dir)).toThrowError(ProfileError);
    rmSync(join(dir, 'other-name.json'));
    writeFileSync(join(dir, 'elgin-i9.json'), good);
    const copy = JSON.parse(good);
    copy.id = 'elgin-i9-copy';
    writeFileSync(join(dir, 'elgin-i9-copy.json'), JSON.stringify(copy));
    try {
      loadProfiles(dir);
      expect.unreachable('duplicate model must be rejected');
    } catch (err) {
      expect((err as ProfileError).code).toBe('PROFILE_DUPLICATE');
    }
  });

  it('findProfile reports PROFILE_NOT_FOUND for an unknown id', () => {
    expect(() => findProfile(loadProfiles(), 'nope')).toThrowError(/no firmware profile "nope"/);
    expect(findProfile(loadProfiles(), 'epson-tm-t88').vendor).toBe('Epson');
  });
});
