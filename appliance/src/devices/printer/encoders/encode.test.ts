import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { loadProfiles, profilesOfKind } from '../../profiles/loader.js';
import { DocumentBuilder, documentText } from '../document.js';
import { encodeDocument } from './encode.js';
import { EscPosParser, type Dialect } from '../virtual/escpos-parser.js';
import { jobLines } from '../virtual/job-model.js';

const printers = profilesOfKind(loadProfiles(), 'printer');
const dialectOf = (commandSet: string): Dialect => (commandSet === 'escbema' ? 'escbema' : commandSet === 'daruma' ? 'daruma' : 'escpos');

function sampleDocument(columns: number) {
  return new DocumentBuilder(columns)
    .align('center')
    .bold(true)
    .size(2, 2)
    .line('PADARIA SÃO JOÃO')
    .size(1, 1)
    .bold(false)
    .align('left')
    .leftRight('Pão de queijo', 'R$ 12,50')
    .line('Açaí com maçã, limão e côco — ótimo!')
    .qr('https://nfce.fazenda.sp.gov.br/qrcode?p=3526', 5, 'M')
    .drawer()
    .cut()
    .build();
}

describe('document encoding per command set', () => {
  it.each(printers.filter((p) => p.printer.commandSet !== 'star').map((p) => [p.id, p] as const))(
    '%s round-trips text, QR, cut and drawer through the matching parser',
    (_id, profile) => {
      const doc = sampleDocument(profile.printer.columns.fontA);
      const bytes = encodeDocument(doc, profile.printer);
      const parser = new EscPosParser({ dialect: dialectOf(profile.printer.commandSet) });
      parser.feed(bytes);
      const job = parser.finish();
      // The em dash is not in any single-byte code page: it prints as '?', exactly as on paper.
      expect(jobLines(job)).toEqual(documentText(doc).map((l) => l.replace('—', '?')));
      expect(job.blocks.filter((b) => b.kind === 'cut')).toHaveLength(1);
      expect(job.drawerKicks).toBe(1);
      expect(job.unknownCommands).toEqual([]);
    },
  );

  it('writes accented letters in the profile code page (CP860 for Epson, byte 0x84 for ã)', () => {
    const epson = printers.find((p) => p.id === 'epson-tm-t20')!;
    const bytes = encodeDocument(new DocumentBuilder(48).line('ã').build(), epson.printer);
    expect(bytes.includes(Buffer.from([0x1b, 0x74, 3]))).toBe(true);
    expect(bytes.includes(iconv.encode('ã', 'cp860'))).toBe(true);
    expect(iconv.encode('ã', 'cp860')).toEqual(Buffer.from([0x84]));
  });

  it('uses ESC/Bema code page numbering (ESC t 4 = CP860) for the Bematech MP-4200', () => {
    const bema = printers.find((p) => p.id === 'bematech-mp-4200')!;
    const bytes = encodeDocument(new DocumentBuilder(48).line('ç').build(), bema.printer);
    expect(bytes.subarray(0, 9)).toEqual(Buffer.from([0x1b, 0x40, 0x1d, 0xf9, 0x20, 0x00, 0x1b, 0x74, 4]));
  });

  it('emits Daruma QR as ESC 0x81 with length counting the two parameter bytes', () => {
    const daruma = printers.find((p) => p.id === 'daruma-fs800')!;
    const bytes = encodeDocument(new DocumentBuilder(48).qr('ABC', 5, 'M').build(), daruma.printer);
    const at = bytes.indexOf(Buffer.from([0x1b, 0x81]));
    expect([...bytes.subarray(at, at + 9)]).toEqual([0x1b, 0x81, 5, 0, 5, 0x4d, 0x41, 0x42, 0x43]);
  });

  it('writes GS ! with width in the high nibble and the profile drawer pulse with ESC p', () => {
    const epson = printers.find((p) => p.id === 'epson-tm-t88')!;
    const bytes = encodeDocument(new DocumentBuilder(42).size(2, 3).drawer().build(), epson.printer);
    expect(bytes.includes(Buffer.from([0x1d, 0x21, 0x12]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x1b, 0x70, 0, 50, 100]))).toBe(true);
  });
});

describe('Star Line mode (no seed model uses it yet)', () => {
  it('selects CP860 with ESC GS t 6, sizes with ESC i and bolds with ESC E / ESC F', () => {
    const tm = printers.find((p) => p.id === 'epson-tm-t20')!;
    const star = { ...tm.printer, commandSet: 'star' as const };
    const bytes = encodeDocument(new DocumentBuilder(48).bold(true).size(2, 2).line('ç').bold(false).build(), star);
    expect(bytes.includes(Buffer.from([0x1b, 0x1d, 0x74, 6]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x1b, 0x69, 1, 1]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x1b, 0x45]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x87, 0x0a]))).toBe(true);
  });
});
