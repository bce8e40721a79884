import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../kernel/errors.js';
import type { Db } from '../kernel/db/open.js';

/** The photo formats a phone or a camera hands the manager; anything else is refused before decoding. */
export const PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The one size every app shows (POS grid, kiosk, waiter phone): a square WebP, resized once at upload. */
export const PHOTO_SIZE_PX = 480;
const PHOTO_QUALITY = 80;
/** What decides the stored bytes of a source besides the source itself (a cache of renderings keys on it). */
export const PHOTO_ENCODING = `webp q${PHOTO_QUALITY} ${PHOTO_SIZE_PX}px cover attention`;
/** A decompression bomb stops at this many source pixels instead of filling the mini-PC's memory. */
const MAX_SOURCE_PIXELS = 40_000_000;
export const PHOTO_FILE_NAME = /^[0-9a-f]{16}\.webp$/;

export const photoDir = (dataDir: string) => join(dataDir, 'catalog-images');
export const photoUrl = (file: string) => `/catalog-images/${file}`;

export interface StoredPhoto {
  file: string;
  bytes: number;
  width: number;
  height: number;
}

const asciiBytes = (text: string) => [...text].map((char) => char.charCodeAt(0));
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A WebP is a RIFF container (`RIFF`, its size in 4 bytes) of form type `WEBP`. */
const RIFF_SIGNATURE = asciiBytes('RIFF');
const WEBP_FORM_TYPE = asciiBytes('WEBP');

const hasBytesAt = (source: Uint8Array, offset: number, expected: readonly number[]) => expected.every((byte, i) => source[offset + i] === byte);

/** Whether the bytes are a JPEG, a PNG or a WebP, whatever their label says. */
function isPhotoFormat(source: Uint8Array): boolean {
  const webp = hasBytesAt(source, 0, RIFF_SIGNATURE) && hasBytesAt(source, 8, WEBP_FORM_TYPE);
  return webp || hasBytesAt(source, 0, JPEG_SIGNATURE) || hasBytesAt(source, 0, PNG_SIGNATURE);
}

/**
 * Stores a photo uploaded by a person. libvips picks its decoder from the bytes, not from the
 * Content-Type: an SVG or any other of the formats it reads, labelled image/png, would be decoded
 * too. Only the three photo formats reach it.
 */
export async function storeUploadedPhoto(dataDir: string, source: Uint8Array): Promise<StoredPhoto> {
  if (!isPhotoFormat(source)) throw new AppError('PRODUCT_PHOTO_INVALID', 422);
  return storePhoto(dataDir, source);
}

/**
 * Decodes an image, crops it to a centred square of PHOTO_SIZE_PX and stores it as WebP under a
 * name made of its content hash (so the apps may cache it forever). Any format libvips reads is
 * decoded: an upload goes through `storeUploadedPhoto`, only the demo's own drawings (SVG) come
 * here directly. sharp is loaded on the first photo: a store that never uploads one never pays for
 * libvips.
 */
export async function storePhoto(dataDir: string, source: Uint8Array): Promise<StoredPhoto> {
  const { default: sharp } = await import('sharp');
  let output: { data: Buffer; info: { width: number; height: number } };
  try {
    output = await sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS, failOn: 'error' })
      .rotate()
      .resize(PHOTO_SIZE_PX, PHOTO_SIZE_PX, { fit: 'cover', position: 'attention' })
      .webp({ quality: PHOTO_QUALITY })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new AppError('PRODUCT_PHOTO_INVALID', 422);
  }
  const file = keepPhoto(dataDir, output.data);
  return { file, bytes: output.data.length, width: output.info.width, height: output.info.height };
}

/** Stores an already encoded photo under the name of its content hash; returns that name. */
export function keepPhoto(dataDir: string, webp: Buffer): string {
  const file = `${createHash('sha256').update(webp).digest('hex').slice(0, 16)}.webp`;
  mkdirSync(photoDir(dataDir), { recursive: true, mode: 0o700 });
  writeFileSync(join(photoDir(dataDir), file), webp, { mode: 0o600 });
  return file;
}

/**
 * Removes stored photos no product names any more (a replaced or removed photo). A photo stored by
 * an upload whose command has not committed yet is held: a clean-up running beside it would take it
 * from under the product about to name it. A file goes only once the change that stopped naming it
 * is on stable storage: with group-fsync a commit is visible a moment before, and a power cut then
 * would bring back a product naming a file that is gone.
 */
export class UnusedPhotos {
  private readonly held = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
    private readonly durable: () => Promise<void>,
  ) {}

  /** Keeps `file` until the returned release, whatever the database says meanwhile. */
  hold(file: string): () => void {
    this.held.set(file, (this.held.get(file) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(file) ?? 1) - 1;
      if (left > 0) this.held.set(file, left);
      else this.held.delete(file);
    };
  }

  async remove(): Promise<void> {
    const unused = this.unused();
    if (unused.length === 0) return;
    await this.durable();
    // Unused both before and after the wait: a product that named one meanwhile keeps it.
    const stillUnused = new Set(this.unused());
    for (const file of unused) if (stillUnused.has(file)) rmSync(join(photoDir(this.dataDir), file), { force: true });
  }

  private unused(): string[] {
    const dir = photoDir(this.dataDir);
    if (!existsSync(dir)) return [];
    const used = new Set(this.db.prepare('SELECT photo_file FROM products WHERE photo_file IS NOT NULL').pluck().all() as string[]);
    return readdirSync(dir).filter((file) => PHOTO_FILE_NAME.test(file) && !used.has(file) && !this.held.has(file));
  }
}
