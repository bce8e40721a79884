import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import type { Align } from '../document.js';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyph } from './bitmap-font.js';
import type { JobBlock, ParsedJob, TextRun } from './job-model.js';

export interface RenderOptions {
  /** Printable dots per line: 576 for 80 mm at 203 dpi, 512 for TM-T88 at 180 dpi, 384 for 58 mm. */
  dotsPerLine?: number;
  margin?: number;
}

/** Font B cells on Epson printers are 9x17 dots; we scale the Font A glyphs to that box. */
const FONT_B = { width: 9, height: 17 };
const LINE_GAP = 6;

/**
 * One byte per dot (0 black, 255 paper), written as an 8-bit grayscale PNG with no row filter:
 * thermal paper has two shades, so RGBA and pngjs's per-row filter search (five trial filters per
 * row) only cost time — ≈ 100 ms of CPU per receipt in the demo store's process, ahead of every
 * other job on its event loop — and file size.
 */
class Canvas {
  readonly data: Buffer;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = Buffer.alloc(width * height, 255);
  }
  dot(x: number, y: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    this.data[y * this.width + x] = 0;
  }
  rect(x: number, y: number, w: number, h: number): void {
    for (let dy = 0; dy < h; dy++) for (let dx = 0; dx < w; dx++) this.dot(x + dx, y + dy);
  }
}

type Draw = (canvas: Canvas, top: number) => void;
interface Row {
  height: number;
  draw: Draw;
}

const cellOf = (run: TextRun) => ({
  w: (run.font === 'B' ? FONT_B.width : GLYPH_WIDTH) * run.width,
  h: (run.font === 'B' ? FONT_B.height : GLYPH_HEIGHT) * run.height,
});

function drawChar(canvas: Canvas, char: string, run: TextRun, x: number, baselineTop: number): void {
  const bits = glyph(char);
  const { w, h } = cellOf(run);
  for (let y = 0; y < h; y++) {
    const sy = Math.floor((y * GLYPH_HEIGHT) / h);
    for (let dx = 0; dx < w; dx++) {
      const sx = Math.floor((dx * GLYPH_WIDTH) / w);
      if (bits[sy * GLYPH_WIDTH + sx]) {
        canvas.dot(x + dx, baselineTop + y);
        // Thermal printers make bold by double-striking one dot to the right.
        if (run.bold) canvas.dot(x + dx + 1, baselineTop + y);
      }
    }
  }
  if (run.underline) canvas.rect(x, baselineTop + h - 1, w, 2);
}

function alignOffset(align: Align, used: number, dots: number): number {
  if (align === 'center') return Math.max(0, Math.floor((dots - used) / 2));
  if (align === 'right') return Math.max(0, dots - used);
  return 0;
}

/** Splits a line into physical rows the way a printer wraps at the right margin. */
function textRows(block: Extract<JobBlock, { kind: 'line' }>, dots: number, margin: number): Row[] {
  const rows: Array<Array<{ char: string; run: TextRun }>> = [[]];
  let used = 0;
  for (const run of block.runs) {
    for (const char of run.text) {
      const { w } = cellOf(run);
      if (used + w > dots && rows[rows.length - 1].length > 0) {
        rows.push([]);
        used = 0;
      }
      rows[rows.length - 1].push({ char, run });
      used += w;
    }
  }
  return rows.map((cells) => {
    const height = Math.max(GLYPH_HEIGHT, ...cells.map((c) => cellOf(c.run).h)) + LINE_GAP;
    const width = cells.reduce((n, c) => n + cellOf(c.run).w, 0);
    return {
      height,
      draw: (canvas, top) => {
        let x = margin + alignOffset(block.align, width, dots);
        for (const { char, run } of cells) {
          const { w, h } = cellOf(run);
          drawChar(canvas, char, run, x, top + (height - LINE_GAP - h));
          x += w;
        }
      },
    };
  });
}

function qrRow(block: Extract<JobBlock, { kind: 'qr' }>, dots: number, margin: number): Row {
  const modules = QRCode.create(block.data, { errorCorrectionLevel: block.errorLevel }).modules;
  const size = Math.max(1, block.moduleSize);
  const side = modules.size * size;
  const quiet = 4 * size;
  return {
    height: side + 2 * quiet,
    draw: (canvas, top) => {
      const left = margin + alignOffset(block.align, side, dots);
      for (let y = 0; y < modules.size; y++)
        for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) canvas.rect(left + x * size, top + quiet + y * size, size, size);
    },
  };
}

function cutRow(dots: number, margin: number): Row {
  return {
    height: 40,
    draw: (canvas, top) => {
      for (let x = 0; x < dots + 2 * margin; x += 12) canvas.rect(x, top + 19, 6, 2);
    },
  };
}

/** Renders a parsed job as the printer would put it on paper. */
export function renderJobPng(job: ParsedJob, options: RenderOptions = {}): Buffer {
  const dots = options.dotsPerLine ?? 576;
  const margin = options.margin ?? 16;
  const rows: Row[] = [];
  for (const block of job.blocks) {
    if (block.kind === 'line') rows.push(...textRows(block, dots, margin));
    else if (block.kind === 'qr') rows.push(qrRow(block, dots, margin));
    else if (block.kind === 'feed') rows.push({ height: block.dots, draw: () => undefined });
    else rows.push(cutRow(dots, margin));
  }
  const height = rows.reduce((n, r) => n + r.height, 0) + 2 * margin;
  const canvas = new Canvas(dots + 2 * margin, Math.max(height, 2 * margin + 1));
  let top = margin;
  for (const row of rows) {
    row.draw(canvas, top);
    top += row.height;
  }
  const image = { width: canvas.width, height: canvas.height, data: canvas.data } as PNG;
  return PNG.sync.write(image, { colorType: 0, inputColorType: 0, inputHasAlpha: false, filterType: 0 });
}
