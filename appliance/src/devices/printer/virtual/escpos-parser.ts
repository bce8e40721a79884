import type { QrErrorLevel } from '../document.js';
import type { JobBlock, ParsedJob, TextRun } from './job-model.js';
import { ALIGNS, DLE, ESC, ESCBEMA_TABLES, ESCPOS_TABLES, ESC_SKIP, FS, GS, GS_SKIP, LF, QR_LEVELS, bemaQr, darumaQr, decodeTable, hex, initialStyle } from './parser-tables.js';
import type { QrSymbol, Style } from './parser-tables.js';

export type Dialect = 'escpos' | 'escbema' | 'daruma';

/** Real-time requests the peer must answer at once: DLE EOT n, Bematech GS 0xF8 '1', Daruma ENQ. */
export type StatusRequest = { kind: 'dle-eot'; n: number } | { kind: 'escbema' } | { kind: 'daruma' };

export interface ParserOptions {
  dialect?: Dialect;
  /** Table in force before any ESC t, i.e. the one set in the printer's setup menu (Daruma has no ESC t). */
  defaultEncoding?: string;
  onStatusRequest?: (request: StatusRequest) => void;
}

/**
 * Streaming parser for the ESC/POS family. Bytes may arrive in any chunking; an incomplete command
 * waits for the next chunk. `onStatusRequest` fires as soon as a real-time request is complete.
 */
export class EscPosParser {
  private pending = Buffer.alloc(0);
  private readonly dialect: Dialect;
  private readonly defaultEncoding: string;
  private readonly onStatusRequest: (request: StatusRequest) => void;
  private style: Style;
  private runs: TextRun[] = [];
  private blocks: JobBlock[] = [];
  private drawerKicks = 0;
  private statusRequests = 0;
  private readonly unknown: string[] = [];
  private qr = { data: '', moduleSize: 3, errorLevel: 'L' as QrErrorLevel };

  constructor(options: ParserOptions = {}) {
    this.dialect = options.dialect ?? 'escpos';
    this.defaultEncoding = options.defaultEncoding ?? (this.dialect === 'daruma' ? 'cp850' : 'cp437');
    this.onStatusRequest = options.onStatusRequest ?? (() => undefined);
    this.style = initialStyle(this.defaultEncoding);
  }

  feed(chunk: Uint8Array): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    let i = 0;
    while (i < this.pending.length) {
      const next = this.step(this.pending, i);
      if (next === null) break;
      i = next;
    }
    this.pending = this.pending.subarray(i);
  }

  finish(): ParsedJob {
    if (this.runs.length > 0) this.flushLine();
    return { blocks: this.blocks, drawerKicks: this.drawerKicks, statusRequests: this.statusRequests, unknownCommands: [...this.unknown] };
  }

  /** True when the paper was just cut: on links without connection boundaries a cut ends a receipt. */
  get endsWithCut(): boolean {
    return this.runs.length === 0 && this.blocks.at(-1)?.kind === 'cut';
  }

  /** Hands over what was printed so far and starts a new job, keeping the printer's modes (as paper does). */
  takeJob(): ParsedJob {
    const job = this.finish();
    this.blocks = [];
    this.drawerKicks = 0;
    this.statusRequests = 0;
    this.unknown.length = 0;
    return job;
  }

  private step(b: Buffer, i: number): number | null {
    const c = b[i];
    if (c === LF) {
      this.flushLine();
      return i + 1;
    }
    if (c === 0x0d || c === 0x00 || c === 0x07 || c === 0x12 || c === 0x14) return i + 1;
    if (c === 0x05 && this.dialect === 'daruma') {
      this.status({ kind: 'daruma' });
      return i + 1;
    }
    if (c === 0x09) {
      this.addText(' '.repeat(8 - (this.currentLength() % 8)));
      return i + 1;
    }
    if (c === DLE) return this.dle(b, i);
    if (c === ESC) return this.esc(b, i);
    if (c === GS) return this.gs(b, i);
    if (c === FS) return this.fs(b, i);
    if (c < 0x20) {
      this.unknown.push(hex([c]));
      return i + 1;
    }
    let end = i;
    while (end < b.length && b[end] >= 0x20) end++;
    const table = decodeTable(this.style.encoding);
    let text = '';
    for (let k = i; k < end; k++) text += table[b[k]];
    this.addText(text);
    return end;
  }

  private dle(b: Buffer, i: number): number | null {
    if (i + 2 >= b.length) return null;
    const fn = b[i + 1];
    if (fn === 0x04) {
      this.status({ kind: 'dle-eot', n: b[i + 2] });
      return i + 3;
    }
    if (fn === 0x14) {
      if (i + 4 >= b.length) return null;
      if (b[i + 2] === 1) this.drawerKicks++;
      return i + 5;
    }
    if (fn === 0x05) return i + 3;
    this.unknown.push(hex([DLE, fn]));
    return i + 2;
  }

  private esc(b: Buffer, i: number): number | null {
    if (i + 1 >= b.length) return null;
    const cmd = b[i + 1];
    const need = (n: number): boolean => i + 1 + n < b.length;
    const arg = (k: number): number => b[i + 1 + k];
    const s = this.style;
    if (this.dialect === 'daruma') {
      if (cmd === 0x6a) return need(1) ? ((s.align = ALIGNS[arg(1)] ?? 'left'), i + 3) : null;
      if (cmd === 0x77) return need(1) ? ((s.height = arg(1) ? 2 : 1), i + 3) : null;
      if (cmd === 0x70) return this.kick(i + 2);
      if (cmd === 0x81) return this.dialectQr(darumaQr(b, i), i);
      if (cmd === 0x46) return (s.bold = false), i + 2;
    }
    if (this.dialect === 'escbema') {
      if (cmd === 0x64) return need(1) ? ((s.height = arg(1) ? 2 : 1), i + 3) : null;
      if (cmd === 0x77) return this.cut(false, i + 2);
      if (cmd === 0x76 || cmd === 0x80) return need(1) ? this.kick(i + 3) : null;
      if (cmd === 0x46) return (s.bold = false), i + 2;
      if (cmd === 0x48) return (s.font = 'A'), i + 2;
      if (cmd === 0x74) return need(1) ? ((s.encoding = ESCBEMA_TABLES[arg(1)] ?? s.encoding), i + 3) : null;
    }
    if (cmd === 0x57 && this.dialect !== 'escpos') return need(1) ? ((s.width = arg(1) ? 2 : 1), i + 3) : null;
    if (cmd === 0x0f && this.dialect !== 'escpos') return (s.font = 'B'), i + 2;
    if (cmd === 0x45 && this.dialect !== 'escpos') {
      // ESC/Bema and Daruma: ESC E turns bold on without a parameter.
      s.bold = true;
      return i + 2;
    }
    switch (cmd) {
      case 0x40:
        this.style = initialStyle(this.defaultEncoding);
        return i + 2;
      case 0x45:
      case 0x47:
        return need(1) ? ((s.bold = (arg(1) & 1) === 1), i + 3) : null;
      case 0x2d:
        return need(1) ? ((s.underline = (arg(1) & 3) !== 0), i + 3) : null;
      case 0x21:
        if (!need(1)) return null;
        s.font = arg(1) & 1 ? 'B' : 'A';
        s.bold = (arg(1) & 0x08) !== 0;
        s.height = arg(1) & 0x10 ? 2 : 1;
        s.width = arg(1) & 0x20 ? 2 : 1;
        s.underline = (arg(1) & 0x80) !== 0;
        return i + 3;
      case 0x61:
        return need(1) ? ((s.align = ALIGNS[arg(1) % 48] ?? 'left'), i + 3) : null;
      case 0x4d:
        return need(1) ? ((s.font = arg(1) % 48 === 1 ? 'B' : 'A'), i + 3) : null;
      case 0x74:
        return need(1) ? ((s.encoding = ESCPOS_TABLES[arg(1)] ?? s.encoding), i + 3) : null;
      case 0x64:
        return need(1) ? this.feedLines(arg(1), i + 3) : null;
      case 0x4a:
        return need(1) ? this.feedDots(arg(1), i + 3) : null;
      case 0x70:
        return need(3) ? this.kick(i + 5) : null;
      case 0x69:
      case 0x6d:
        return this.cut(true, i + 2);
      case 0x2a: {
        if (!need(3)) return null;
        const len = (arg(2) + arg(3) * 256) * (arg(1) < 2 ? 1 : 3);
        return i + 5 + len <= b.length ? i + 5 + len : null;
      }
      case 0x44: {
        const end = b.indexOf(0, i + 2);
        return end === -1 ? null : end + 1;
      }
      default: {
        const skip = ESC_SKIP[cmd];
        if (skip === undefined) this.unknown.push(hex([ESC, cmd]));
        return need(skip ?? 0) ? i + 2 + (skip ?? 0) : null;
      }
    }
  }

  private gs(b: Buffer, i: number): number | null {
    if (i + 1 >= b.length) return null;
    const cmd = b[i + 1];
    const need = (n: number): boolean => i + 1 + n < b.length;
    const arg = (k: number): number => b[i + 1 + k];
    if (this.dialect === 'escbema') {
      if (cmd === 0xf9) return need(2) ? i + 4 : null;
      if (cmd === 0xf8) return need(1) ? (this.status({ kind: 'escbema' }), i + 3) : null;
      if (cmd === 0x6b && need(1) && arg(1) === 0x51) return this.dialectQr(bemaQr(b, i), i);
    }
    switch (cmd) {
      case 0x21:
        if (!need(1)) return null;
        this.style.width = (arg(1) >> 4) + 1;
        this.style.height = (arg(1) & 0x0f) + 1;
        return i + 3;
      case 0x56:
        if (!need(1)) return null;
        if ([0, 1, 48, 49].includes(arg(1))) return this.cut(arg(1) % 48 === 1, i + 3);
        return need(2) ? this.cut(arg(1) % 2 === 0, i + 4) : null;
      case 0x28: {
        if (!need(3)) return null;
        const len = arg(2) + arg(3) * 256;
        const end = i + 5 + len;
        if (end > b.length) return null;
        if (arg(1) === 0x6b) this.functionK(b.subarray(i + 5, end));
        return end;
      }
      case 0x76: {
        if (!need(6)) return null;
        const len = (arg(3) + arg(4) * 256) * (arg(5) + arg(6) * 256);
        return i + 8 + len <= b.length ? i + 8 + len : null;
      }
      case 0x6b: {
        if (!need(1)) return null;
        if (arg(1) <= 6) {
          const end = b.indexOf(0, i + 3);
          return end === -1 ? null : end + 1;
        }
        if (!need(2)) return null;
        return i + 4 + arg(2) <= b.length ? i + 4 + arg(2) : null;
      }
      case 0x72:
      case 0x49:
        return need(1) ? (this.status({ kind: 'dle-eot', n: 1 }), i + 3) : null;
      default: {
        const skip = GS_SKIP[cmd];
        if (skip === undefined) this.unknown.push(hex([GS, cmd]));
        return need(skip ?? 0) ? i + 2 + (skip ?? 0) : null;
      }
    }
  }

  private fs(b: Buffer, i: number): number | null {
    if (i + 1 >= b.length) return null;
    const params: Record<number, number> = { 0x2e: 0, 0x26: 0, 0x70: 2, 0x43: 1, 0x21: 1, 0x2d: 1, 0x53: 2, 0x57: 1 };
    const skip = params[b[i + 1]];
    if (skip === undefined) this.unknown.push(hex([FS, b[i + 1]]));
    return i + 2 + (skip ?? 0) <= b.length ? i + 2 + (skip ?? 0) : null;
  }

  /** GS ( k: the 2D-symbol function; only QR (cn = 0x31) is rendered. */
  private functionK(p: Buffer): void {
    const [cn, fn] = p;
    if (cn !== 0x31) return;
    if (fn === 0x43) this.qr.moduleSize = p[2];
    else if (fn === 0x45) this.qr.errorLevel = QR_LEVELS[p[2] - 48] ?? 'L';
    else if (fn === 0x50) this.qr.data = p.subarray(3).toString('utf8');
    else if (fn === 0x51) this.emitQr(this.qr.data, this.qr.moduleSize, this.qr.errorLevel);
  }

  private dialectQr(symbol: QrSymbol | null, next: number): number | null {
    if (!symbol) return null;
    this.emitQr(symbol.data, symbol.moduleSize, symbol.errorLevel);
    return next + symbol.length;
  }

  private emitQr(data: string, moduleSize: number, errorLevel: QrErrorLevel): void {
    if (this.runs.length > 0) this.flushLine();
    this.blocks.push({ kind: 'qr', align: this.style.align, data, moduleSize, errorLevel });
  }

  private status(request: StatusRequest): void {
    this.statusRequests++;
    this.onStatusRequest(request);
  }

  private kick(next: number): number {
    this.drawerKicks++;
    return next;
  }

  private cut(partial: boolean, next: number): number {
    if (this.runs.length > 0) this.flushLine();
    this.blocks.push({ kind: 'cut', partial });
    return next;
  }

  private feedLines(lines: number, next: number): number {
    if (this.runs.length > 0) this.flushLine();
    if (lines > 0) this.blocks.push({ kind: 'feed', dots: lines * 30 });
    return next;
  }

  private feedDots(dots: number, next: number): number {
    if (this.runs.length > 0) this.flushLine();
    if (dots > 0) this.blocks.push({ kind: 'feed', dots });
    return next;
  }

  private addText(text: string): void {
    const { bold, underline, width, height, font } = this.style;
    const last = this.runs[this.runs.length - 1];
    if (last && last.bold === bold && last.underline === underline && last.width === width && last.height === height && last.font === font) {
      last.text += text;
    } else this.runs.push({ text, bold, underline, width, height, font });
  }

  private currentLength(): number {
    return this.runs.reduce((n, r) => n + r.text.length, 0);
  }

  private flushLine(): void {
    this.blocks.push({ kind: 'line', align: this.style.align, runs: this.runs });
    this.runs = [];
  }
}
