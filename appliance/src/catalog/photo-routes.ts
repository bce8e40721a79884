import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { PHOTO_FILE_NAME, PHOTO_MEDIA_TYPES, photoDir, storeUploadedPhoto, UnusedPhotos } from './product-image.js';
import { setProductPhoto } from './products.js';
import { getProduct } from './queries.js';

/**
 * Product photos: uploaded by the back office as the image bytes themselves, resized once, and
 * served without credentials (a menu photo is no secret) to the POS, kiosk and waiter apps.
 */
export function registerPhotoRoutes(ctx: ModuleContext): void {
  const write = requirePermission('catalog.write');
  const dataDir = ctx.config.dataDir;
  const unusedPhotos = new UnusedPhotos(ctx.db, dataDir, () => ctx.commands.durable());

  ctx.api.put(
    '/products/:id/photo',
    routeDoc({
      tag: 'catalog',
      summary: 'Upload the product photo (JPEG, PNG or WebP bytes as the body): stored as a 480 px square WebP',
      response: () => import('./answers.js').then((a) => a.photoAnswer),
      errors: { 404: ['PRODUCT_NOT_FOUND'], 415: ['PRODUCT_PHOTO_MEDIA_TYPE'], 422: ['PRODUCT_PHOTO_INVALID'] },
    }),
    write,
    async (c) => {
      const id = readParam(c, 'id');
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (!(PHOTO_MEDIA_TYPES as readonly string[]).includes(type)) throw new AppError('PRODUCT_PHOTO_MEDIA_TYPE', 415);
      if (!getProduct(ctx.db, id)) throw notFound('PRODUCT_NOT_FOUND', { id });
      const stored = await storeUploadedPhoto(dataDir, new Uint8Array(await c.req.arrayBuffer()));
      const release = unusedPhotos.hold(stored.file);
      try {
        return await runCommand(c, 'catalog.product_photo_set', (tx) => {
          const product = setProductPhoto(tx, id, stored.file);
          return { id: product.id, photoUrl: product.photoUrl };
        });
      } finally {
        release();
        await unusedPhotos.remove();
      }
    },
  );

  ctx.api.delete('/products/:id/photo', routeDoc({ tag: 'catalog', summary: 'Remove the product photo', response: () => import('./answers.js').then((a) => a.photoAnswer), errors: { 404: ['PRODUCT_NOT_FOUND'] } }), write, async (c) => {
    const id = readParam(c, 'id');
    try {
      return await runCommand(c, 'catalog.product_photo_remove', (tx) => {
        const product = setProductPhoto(tx, id, null);
        return { id: product.id, photoUrl: product.photoUrl };
      });
    } finally {
      await unusedPhotos.remove();
    }
  });

  ctx.root.get(
    '/catalog-images/:name',
    routeDoc({ tag: 'catalog', summary: 'A product photo (WebP), named by its content hash: cached forever', produces: 'image/webp', security: [], errors: { 404: ['ROUTE_NOT_FOUND'] } }),
    async (c) => {
      const name = c.req.param('name');
      if (!PHOTO_FILE_NAME.test(name)) throw notFound('ROUTE_NOT_FOUND');
      const body = await readFile(join(photoDir(dataDir), name)).catch(() => null);
      if (!body) throw notFound('ROUTE_NOT_FOUND');
      return c.body(new Uint8Array(body), 200, { 'content-type': 'image/webp', 'cache-control': 'public, max-age=31536000, immutable' });
    },
  );
}
