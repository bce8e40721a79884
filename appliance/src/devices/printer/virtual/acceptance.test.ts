import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProfiles, findProfile } from '../../profiles/loader.js';
import type { PrinterProfile } from '../../profiles/schema.js';
import { DevicePrinter } from '../device-printer.js';
import { documentText } from '../document.js';
import { customerReceipt } from '../templates/customer-receipt.js';
import { sampleReceipt } from '../templates/sample-data.js';
import { TcpTransport } from '../transports/tcp-transport.js';
import { VirtualPrinterServer } from './server.js';

// jsqr is CommonJS with exports.default; under NodeNext the default import is the exports object.


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
      const qr = jsQRModule.default(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(qr?.data).toBe(sampleReceipt.qrCode!.data);
    } finally {
      await server.stop();
    }
  });
});
