import { DocumentBuilder, type PrintDocument } from '../devices/printer/document.js';
import type { DanfeNfce } from '../fiscal/index.js';

/** QR module size in dots: a v2 NFC-e URL (~version 10) stays near 25 mm wide on 80 mm paper. */
const QR_MODULE_DOTS = 4;

/**
 * The fiscal module's printer-independent DANFE blocks as a print-queue document. Lines that fit
 * are kept as they are (their column padding matters); longer ones (the spaced access key, the
 * consultation URL) are wrapped instead of being cut by the printer.
 */
export function danfePrintDocument(danfe: DanfeNfce): PrintDocument {
  const b = new DocumentBuilder(danfe.columns);
  for (const block of danfe.blocks) {
    if (block.kind === 'qr') {
      b.align('center').qr(block.data, QR_MODULE_DOTS, 'M').feed(1);
      continue;
    }
    b.align(block.align);
    if (block.bold) b.bold(true);
    if (block.text.length <= danfe.columns) b.line(block.text);
    else b.wrapped(block.text);
    if (block.bold) b.bold(false);
  }
  return b.align('left').feed(3).cut().build();
}
