/**
 * A printer-independent receipt: what to print, not how. Encoders turn it into the bytes of a
 * command set; templates produce it from plain data.
 */
export type Align = 'left' | 'center' | 'right';
export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';

export type PrintOp =
  | { op: 'text'; text: string }
  | { op: 'newline' }
  | { op: 'bold'; on: boolean }
  | { op: 'size'; width: number; height: number }
  | { op: 'align'; align: Align }
  | { op: 'font'; font: 'A' | 'B' }
  | { op: 'qr'; data: string; moduleSize: number; errorLevel: QrErrorLevel }
  | { op: 'feed'; lines: number }
  | { op: 'cut'; partial: boolean }
  | { op: 'drawer' };

export interface PrintDocument {
  /** Characters per line the layout was made for (Font A, size 1). */
  columns: number;
  ops: PrintOp[];
}

export function isPrintDocument(value: unknown): value is PrintDocument {
  return typeof value === 'object' && value !== null && Array.isArray((value as PrintDocument).ops);
}

/** Fluent builder; every line method ends the line so templates cannot leave text dangling. */
export class DocumentBuilder {
  private readonly ops: PrintOp[] = [];

  constructor(readonly columns: number) {}

  line(text = ''): this {
    if (text.length > 0) this.ops.push({ op: 'text', text: text.normalize('NFC') });
    this.ops.push({ op: 'newline' });
    return this;
  }

  /** Lines longer than the paper are wrapped on word boundaries instead of being cut by the printer mid-word. */
  wrapped(text: string, width = this.columns): this {
    for (const part of wrapText(text.normalize('NFC'), width)) this.line(part);
    return this;
  }

  leftRight(rawLeft: string, right: string, width = this.columns): this {
    // A name typed on a Mac or pasted from a spreadsheet may spell "ã" as "a" + a combining tilde:
    // composed, it takes one column, as it prints.
    const left = rawLeft.normalize('NFC');
    const room = width - right.length - 1;
    const head = left.length > room ? left.slice(0, Math.max(room, 0)) : left;
    return this.line(`${head}${' '.repeat(Math.max(width - head.length - right.length, 1))}${right}`);
  }

  divider(char = '-'): this {
    return this.line(char.repeat(this.columns));
  }

  bold(on: boolean): this {
    this.ops.push({ op: 'bold', on });
    return this;
  }

  size(width: number, height: number): this {
    this.ops.push({ op: 'size', width, height });
    return this;
  }

  align(align: Align): this {
    this.ops.push({ op: 'align', align });
    return this;
  }

  font(font: 'A' | 'B'): this {
    this.ops.push({ op: 'font', font });
    return this;
  }

  qr(data: string, moduleSize = 6, errorLevel: QrErrorLevel = 'M'): this {
    this.ops.push({ op: 'qr', data, moduleSize, errorLevel });
    return this;
  }

  feed(lines: number): this {
    this.ops.push({ op: 'feed', lines });
    return this;
  }

  cut(partial = true): this {
    this.ops.push({ op: 'cut', partial });
    return this;
  }

  drawer(): this {
    this.ops.push({ op: 'drawer' });
    return this;
  }

  build(): PrintDocument {
    return { columns: this.columns, ops: [...this.ops] };
  }
}

/** Word-wraps each paragraph to `width`; a paragraph's leading indent is repeated on its continuation lines. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const indent = /^ */.exec(raw)![0].slice(0, Math.max(width - 1, 0));
    const lines = wrapParagraph(raw.slice(indent.length), width - indent.length);
    out.push(...lines.map((l) => indent + l));
  }
  return out;
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (current.length === 0) current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      out.push(current);
      current = word;
    }
    while (current.length > width) {
      out.push(current.slice(0, width));
      current = current.slice(width);
    }
  }
  out.push(current);
  return out;
}

/** The plain text a document prints, one entry per printed line (QR codes as "[QR] data"). */
export function documentText(doc: PrintDocument): string[] {
  const lines: string[] = [];
  let current = '';
  for (const op of doc.ops) {
    if (op.op === 'text') current += op.text;
    else if (op.op === 'newline') {
      lines.push(current);
      current = '';
    } else if (op.op === 'qr') lines.push(`[QR] ${op.data}`);
  }
  if (current) lines.push(current);
  return lines;
}
