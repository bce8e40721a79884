import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';
import { keepPhoto, UnusedPhotos } from './product-image.js';

describe('product photos', () => {
  let app: TestAppliance;
  let auth: string;
  const upload = (productId: string, bytes: Uint8Array, type = 'image/jpeg') =>
    fetch(`${app.baseUrl}/api/v1/products/${productId}/photo`, { method: 'PUT', headers: { 'content-type': type, authorization: auth }, body: new Uint8Array(bytes) });
  const stored = () => readdirSync(join(app.dataDir, 'catalog-images'));
  /** A landscape camera photo: wider than tall, so the square crop is visible in the output. */
  const cameraPhoto = (colour: string) => sharp({ create: { width: 1600, height: 1000, channels: 3, background: colour } }).jpeg().toBuffer();

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    const json = { 'content-type': 'application/json', authorization: auth };
    await fetch(`${app.baseUrl}/api/v1/categories`, { method: 'POST', headers: json, body: JSON.stringify({ id: 'lanches', name: 'Lanches' }) });
    await fetch(`${app.baseUrl}/api/v1/products`, { method: 'POST', headers: json, body: JSON.stringify({ id: 'x-salada', categoryId: 'lanches', sku: 'XS', name: 'X-Salada', type: 'SIMPLE', priceCents: 2490 }) });
  });
  afterAll(() => app.close());

  it('resizes an upload once to a 480 px WebP square, served without credentials and cached forever', async () => {
    const res = await upload('x-salada', await cameraPhoto('#c0392b'));
    expect(res.status).toBe(200);
    const { photoUrl } = (await res.json()).data;
    expect(photoUrl).toMatch(/^\/catalog-images\/[0-9a-f]{16}\.webp$/);
    const served = await fetch(`${app.baseUrl}${photoUrl}`);
    expect([served.status, served.headers.get('content-type'), served.headers.get('cache-control')]).toEqual([200, 'image/webp', 'public, max-age=31536000, immutable']);
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 480, 480]);
    const product = (await (await fetch(`${app.baseUrl}/api/v1/products/x-salada`, { headers: { authorization: auth } })).json()).data;
    expect(product.photoUrl).toBe(photoUrl);
    const event = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'catalog.product_photo_changed'").pluck().get() as string;
    expect(JSON.parse(event)).toEqual({ productId: 'x-salada', photoUrl });
  });

  it('a new photo replaces the old file; removing it leaves none', async () => {
    const before = stored();
    const res = await upload('x-salada', await sharp({ create: { width: 300, height: 900, channels: 4, background: '#2e86de' } }).png().toBuffer(), 'image/png');
    const { photoUrl } = (await res.json()).data;
    expect(stored()).toEqual([photoUrl.split('/').pop()]);
    expect(before).not.toEqual(stored());
    const removed = await fetch(`${app.baseUrl}/api/v1/products/x-salada/photo`, { method: 'DELETE', headers: { authorization: auth } });
    expect((await removed.json()).data).toEqual({ id: 'x-salada', photoUrl: null });
    expect(stored()).toEqual([]);
    expect((await fetch(`${app.baseUrl}${photoUrl}`)).status).toBe(404);
  });

  it('refuses what is not a photo in pt-BR, and keeps nothing of it', async () => {
    const text = await upload('x-salada', new TextEncoder().encode('not an image'), 'text/plain');
    expect([text.status, (await text.json()).error.code]).toEqual([415, 'PRODUCT_PHOTO_MEDIA_TYPE']);
    const broken = await upload('x-salada', new TextEncoder().encode('\xff\xd8 not really a jpeg'));
    const body = await broken.json();
    expect([broken.status, body.error.code, body.error.message]).toEqual([422, 'PRODUCT_PHOTO_INVALID', 'Não foi possível ler a imagem: envie outra foto (JPEG, PNG ou WebP).']);
    expect((await upload('nao-existe', await cameraPhoto('#000'))).status).toBe(404);
    expect(existsSync(join(app.dataDir, 'catalog-images')) ? stored() : []).toEqual([]);
    expect((await fetch(`${app.baseUrl}/catalog-images/..%2Fstore.db`)).status).toBe(404);
  });

  it('keeps a photo an upload still holds, and removes none before the change that dropped it is on storage', async () => {
    const file = keepPhoto(app.dataDir, Buffer.from('a photo no product names yet'));
    let onStorage!: () => void;
    // The store's fsync held: what the database says may still be taken back by a power cut.
    const photos = new UnusedPhotos(app.ctx.db, app.dataDir, () => new Promise<void>((resolve) => (onStorage = resolve)));
    const release = photos.hold(file);
    await photos.remove();
    expect(stored()).toContain(file);
    release();
    const removing = photos.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stored()).toContain(file);
    onStorage();
    await removing;
    expect(stored()).not.toContain(file);
  });
});
