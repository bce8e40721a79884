import iconv from 'iconv-lite';
import type { PrinterSpec } from '../../profiles/schema.js';
import { ICONV_NAME, codePageSelect } from '../code-pages.js';
import type { PrintDocument } from '../document.js';
import type { CommandWriter } from './command-writer.js';
import { DarumaWriter } from './daruma-writer.js';
import { EscBemaWriter } from './escbema-writer.js';
import { NtpWriter } from './ntp-writer.js';

export type EncoderSpec = Pick<PrinterSpec, 'commandSet' | 'codePage' | 'drawerPulse' | 'cutter' | 'qr' | 'columns'>;

function writerFor(spec: EncoderSpec, columns: number): CommandWriter {
  switch (spec.commandSet) {
    case 'escpos':
    case 'elgin':
      return new NtpWriter('epson', columns);
    case 'star':
      return new NtpWriter('star', columns);
    case 'escbema':
      return new EscBemaWriter();
    case 'daruma':
      return new DarumaWriter();
  }
}

/** Turns a document into the byte stream for one printer model. Pure: same input, same bytes. */
export function encodeDocument(doc: PrintDocument, spec: EncoderSpec): Buffer {
  const writer = writerFor(spec, doc.columns);
  const encoding = ICONV_NAME[spec.codePage];
  writer.init();
  writer.text(codePageSelect(spec.commandSet, spec.codePage));
  for (const op of doc.ops) {
    switch (op.op) {
      case 'text':
        // Composed first: a decomposed "ã" ("a" + combining tilde) has no byte of its own on any code page.
        writer.text(iconv.encode(op.text.normalize('NFC'), encoding));
        break;
      case 'newline':
        writer.newline();
        break;
      case 'bold':
        writer.bold(op.on);
        break;
      case 'size':
        writer.size(op.width, op.height);
        break;
      case 'align':
        writer.align(op.align);
        break;
      case 'font':
        writer.font(op.font);
        break;
      case 'qr':
        // A printer without QR support still gets the payload, so the customer can type the URL.
        if (spec.qr.supported) writer.qr(op.data, Math.min(op.moduleSize, spec.qr.maxModuleSize), op.errorLevel);
        else {
          writer.text(iconv.encode(op.data, encoding));
          writer.newline();
        }
        break;
      case 'feed':
        writer.feed(op.lines);
        break;
      case 'cut':
        if (spec.cutter !== 'none') writer.cut(op.partial && spec.cutter === 'partial');
        else writer.feed(4);
        // node-thermal-printer re-initialises after a cut, which drops the code page; select it again.
        writer.text(codePageSelect(spec.commandSet, spec.codePage));
        break;
      case 'drawer':
        if (spec.drawerPulse) writer.drawer(spec.drawerPulse);
        break;
    }
  }
  return writer.bytes();
}
