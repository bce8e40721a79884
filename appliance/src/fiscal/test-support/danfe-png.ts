import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { decodeCode128 } from '../danfe/code128.js';
import { runProcess } from '../shared/xmllint.js';

/**
 * Renders page 1 of a PDF to `<outPrefix>.png` with poppler's pdftoppm at `dpi`, optionally only
 * its top `topPoints` (same origin, so page coordinates still hold); returns the PNG path.
 */
export async function renderFirstPage(pdfFile: string, outPrefix: string, dpi: number, topPoints?: number): Promise<string> {
  const crop = topPoints ? ['-x', '0', '-y', '0', '-W', String(Math.ceil((595.28 * dpi) / 72)), '-H', String(Math.ceil((topPoints * dpi) / 72))] : [];
  const result = await runProcess('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', ...crop, '-singlefile', pdfFile, outPrefix]);
  if (result.code !== 0) throw new Error(`pdftoppm failed: ${result.output}`);
  return `${outPrefix}.png`;
}

/**
 * Reads the access-key barcode of a DANFE page rendered at `dpi`: one pixel row through the
 * middle of the bars (the box right of the DANFE title, 4 to 38 pt below the top of the
 * identification block), bar and space runs scaled to modules, decoded as Code 128 (subset C, A for letters).
 */
export function readDanfeBarcode(pngFile: string, dpi: number, box: { x: number; y: number; width: number }): string {
  const png = PNG.sync.read(readFileSync(pngFile));
  const scale = dpi / 72;
  const y = Math.round((box.y + 21) * scale);
  const dark = (x: number) => png.data[(y * png.width + x) * 4] < 128;
  const from = Math.round((box.x + 2) * scale);
  const to = Math.round((box.x + box.width - 2) * scale);
  const runs: number[] = [];
  let x = from;
  while (x < to && !dark(x)) x++;
  let end = to;
  while (end > x && !dark(end - 1)) end--;
  for (let state = true; x < end; state = !state) {
    let length = 0;
    while (x < end && dark(x) === state) {
      length++;
      x++;
    }
    runs.push(length);
  }
  const total = runs.reduce((a, b) => a + b, 0);
  // The symbol is 11 modules per symbol plus 13 for stop: modules = (runs.length - 7) / 6 * 11 + 13.
  const modules = ((runs.length - 7) / 6) * 11 + 13;
  return decodeCode128(runs.map((r) => Math.max(1, Math.round((r * modules) / total))));
}
