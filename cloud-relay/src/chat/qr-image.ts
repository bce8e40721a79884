import QRCode from 'qrcode';

/**
 * The PNG of a QR code (a PIX charge's copy-and-paste code), drawn at the relay so the store's
 * journal carries the code and not the picture. Error correction M and 8 pixels a module keep a
 * PIX code (about 150 characters) near 400 px, sharp on a phone and a few kilobytes.
 */
export function qrPng(data: string): Promise<Buffer> {
  return QRCode.toBuffer(data, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}
