import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProfiles, findProfile } from '../../profiles/loader.js';
import type { PrinterProfile } from '../../profiles/schema.js';
import { DevicePrinter } from '../device-printer.js';
import { documentText, type PrintDocument } from '../document.js';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyph } from './bitmap-font.js';
import { customerReceipt } from '../templates/customer-receipt.js';
import { sampleReceipt } from '../templates/sample-data.js';
import { TcpTransport } from '../transports/tcp-transport.js';
import { VirtualPrinterServer } from './server.js';

// jsqr is CommonJS with exports.default; under NodeNext the default import is the exports object.


/** Normal-size lines of a document with their weight, in print order (double-size lines are left out). */
function normalSizeLines(doc: PrintDocument): Array<{ text: string; bold: boolean }> {
  const out: Array<{ text: string; bold: boolean }> = [];
  let size = 1;
  let bold = false;
  let text = '';
  for (const op of doc.ops) {
    if (op.op === 'size') size = op.width * op.height;
    else if (op.op === 'bold') bold = op.on;
    else if (op.op === 'text') text += op.text;
    else if (op.op === 'newline') {
      if (size === 1 && text.trim()) out.push({ text, bold });
      text = '';
    }
  }
  return out;
}

/**
 * Reads the PNG back: finds the row where `text` is drawn glyph by glyph (left, centred or right
 * aligned), at or below `fromY`. Returns that row or -1. Pixels are compared exactly, so a wrong
 * code page (a '?' or a box instead of 'ã') makes the line unreadable.
 */
function locateLine(png: PNG, text: string, bold: boolean, fromY: number, margin: number, dots: number): number {
  const width = [...text].length * GLYPH_WIDTH;
  const xs = [margin, margin + Math.floor((dots - width) / 2), margin + dots - width];
  const chars = [...text];
  const at = (c: number, gx: number) => c >= 0 && c < chars.length && glyph(chars[c])[gx] === 1;
  const expected = new Uint8Array(width * GLYPH_HEIGHT);
  for (let dy = 0; dy < GLYPH_HEIGHT; dy++) {
    for (let dx = 0; dx < width; dx++) {
      const col = Math.floor(dx / GLYPH_WIDTH);
      const gx = dx - col * GLYPH_WIDTH;
      const row = dy * GLYPH_WIDTH;
      // Bold is a one-dot smear to the right, which can spill from the previous cell.
      const smear = bold && (gx > 0 ? at(col, row + gx - 1) : at(col - 1, row + GLYPH_WIDTH - 1));
      expected[dy * width + dx] = at(col, row + gx) || smear ? 1 : 0;
    }
  }
  const ink = (x: number, y: number) => (png.data[(y * png.width + x) * 4] < 128 ? 1 : 0);
  for (let y = fromY; y + GLYPH_HEIGHT <= png.height; y++) {
    for (const x0 of xs) {
      let same = true;
      for (let dy = 0; dy < GLYPH_HEIGHT && same; dy++) for (let dx = 0; dx < width && same; dx++) same = ink(x0 + dx, y + dy) === expected[dy * width + dx];
      if (same) return y;
    }
  }
  return -1;
}

const outDir = mkdtempSync(join(tmpdir(), 'virtual-printer-acceptance-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('acceptance: a 40-line Portuguese receipt with a QR code on the virtual printer', () => {
  it('yields a PNG whose QR decodes and a UTF-8 text matching the input', async () => {
    const profile = findProfile(loadProfiles(), 'epson-tm-t20') as PrinterProfile;
    const moreItems = ['Pão de ló', 'Feijoada completa', 'Moqueca de camarão', 'Caipirinha de limão', 'Guaraná Antártica', 'Mousse de maracujá', 'Bolo de fubá', 'Pastel de palmito'].map(
      (name, i) => ({ name, quantity: i + 1, unit: 'UNIT' as const, unitPriceCents: 990 + i * 100, totalCents: (i + 1) * (990 + i * 100) }),
    );
    const receipt = customerReceipt(
      { ...sampleReceipt, items: [...sampleReceipt.items, ...moreItems] },
      { columns: profile.printer.columns.fontA, timeZone: 'America/Sao_Paulo' },
    );
    const expectedLines = documentText(receipt);
    expect(expectedLines.length).toBeGreaterThanOrEqual(40);
    expect(expectedLines.join('\n')).toMatch(/ã.*ç|ç.*ã/s);

    const server = new VirtualPrinterServer({ outDir, dotsPerLine: profile.printer.dotsPerLine });
    const port = await server.start();
    try {
      const printer = new DevicePrinter({ id: 'caixa', spec: profile.printer, transport: new TcpTransport({ host: '127.0.0.1', port }) });
      await printer.print(receipt);
      const [job] = await server.recorder.waitForJobs(1);

      const text = readFileSync(job.txtPath!, 'utf8');
      expect(text.split('\n').filter((l) => l !== '[CUT]' && l !== '')).toEqual(expectedLines.filter((l) => l !== ''));
      expect(text).toContain('Conceição Araújo');
      expect(text).toContain('0,350 kg Pão francês');

      const png = PNG.sync.read(readFileSync(job.pngPath!));
      expect(png.width).toBe(profile.printer.dotsPerLine + 32);
      // Every text row is 30 dots high, so 40+ lines make a long strip of paper.
      expect(png.height).toBeGreaterThan(40 * 30);
      // Every normal-size line is on the paper, in order, drawn with the right glyphs.
      let y = 0;
      for (const line of normalSizeLines(receipt)) {
        const found = locateLine(png, line.text, line.bold, y, 16, profile.printer.dotsPerLine);
        expect(found, `line not found in PNG: ${line.text}`).toBeGreaterThanOrEqual(0);
        y = found + GLYPH_HEIGHT;
      }
      expect(normalSizeLines(receipt).length).toBeGreaterThanOrEqual(35);
      // The comparison tells accents apart: the same line without them is not on the paper.
      expect(locateLine(png, 'Cliente: Conceição Araújo', false, 0, 16, profile.printer.dotsPerLine)).toBeGreaterThan(0);
      expect(locateLine(png, 'Cliente: Conceicao Araujo', false, 0, 16, profile.printer.dotsPerLine)).toBe(-1);

      const qr = jsQRModule.default(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(qr?.data).toBe(sampleReceipt.qrCode!.data);
    } finally {
      await server.stop();
    }
  });
});
