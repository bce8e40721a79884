import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

/** What a QR code PNG says, read as a phone camera would (null when no code is found). */
export function readQrPng(bytes: Buffer): string | null {
  const png = PNG.sync.read(bytes);
  return jsQRModule.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
