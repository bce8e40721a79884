import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';
import { photoDir } from './product-image.js';

/** The demo seed of a fresh store, with the rendering cache given (or none); its photos by product. */
async function seedDemoStore(cacheDir: string | undefined): Promise<{ photos: Map<string, string>; files: Map<string, Buffer> }> {
  const app = await startTestAppliance([catalogModule], { env: { CHEFIA_DEMO_PHOTO_CACHE: cacheDir } });
  try {
    await catalogModule.seedDemo!(app.ctx);
    const rows = app.ctx.db.prepare('SELECT id, photo_file FROM products WHERE photo_file IS NOT NULL').all() as { id: string; photo_file: string }[];
    const dir = photoDir(app.dataDir);
    return {
      photos: new Map(rows.map((row) => [row.id, row.photo_file])),
      files: new Map(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file))])),
    };
  } finally {
    await app.close();
  }
}

describe('demo product photos', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'chefia-demo-photo-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('a store seeded from the rendering cache stores what a store rendering its drawings does', async () => {
    const rendered = await seedDemoStore(undefined);
    expect(rendered.photos.size).toBeGreaterThan(10);

    const filling = await seedDemoStore(cacheDir);
    expect(readdirSync(cacheDir).filter((file) => file.endsWith('.webp'))).toHaveLength(new Set(rendered.photos.values()).size);
    const fromCache = await seedDemoStore(cacheDir);

    for (const seeded of [filling, fromCache]) {
      expect(seeded.photos).toEqual(rendered.photos);
      expect([...seeded.files.keys()].sort()).toEqual([...rendered.files.keys()].sort());
      for (const [file, bytes] of rendered.files) expect(seeded.files.get(file)!.equals(bytes), file).toBe(true);
    }
  });
});
