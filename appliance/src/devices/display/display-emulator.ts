import { codePageForTable, decodeFromDisplay } from './code-page.js';
import type { DisplayCodePage } from './customer-display.js';
import { CLR, ESC, US } from './commands.js';

const HOM = 0x0b;
const CAN = 0x18;
const CR = 0x0d;
const LF = 0x0a;
const BS = 0x08;
const HT = 0x09;

/**
 * What a 2-line VFD shows after receiving a byte stream in either command
 * set (ESC/POS display or CD5220), in overwrite mode. Sequences may arrive
 * split across chunks. Used as the "glass" of the virtual display and as the
 * peer in the PTY contract tests.
 */
export class DisplayEmulator {
  private grid: string[][];
  private row = 0;
  private column = 0;
  private codePage: DisplayCodePage = 'CP437';
  private pending: number[] = [];

  constructor(private readonly columns = 20, private readonly rows = 2) {
    this.grid = this.blank();
  }

  lines(): string[] {
    return this.grid.map((cells) => cells.join(''));
  }

  /** Lines with the padding removed, as a person would read them. */
  text(): string[] {
    return this.lines().map((line) => line.trimEnd());
  }

  feed(bytes: Uint8Array): void {
    this.pending.push(...bytes);
    let consumed: number;
    while (this.pending.length > 0 && (consumed = this.step(this.pending)) > 0) this.pending.splice(0, consumed);
  }

  /** Applies the command at the head of `b`; returns bytes consumed, 0 when it is incomplete. */
  private step(b: number[]): number {
    const first = b[0];
    if (first === ESC || first === US) return this.control(b);
    if (first === CLR) {
      this.grid = this.blank();
      this.moveTo(0, 0);
    } else if (first === HOM) this.moveTo(0, 0);
    else if (first === CAN) this.grid[this.row] = Array(this.columns).fill(' ');
    else if (first === CR) this.column = 0;
    else if (first === LF) this.row = Math.min(this.row + 1, this.rows - 1);
    else if (first === BS) this.column = Math.max(this.column - 1, 0);
    else if (first === HT) this.advance();
    else if (first >= 0x20) this.put(decodeFromDisplay(first, this.codePage));
    return 1;
  }

  private control(b: number[]): number {
    if (b.length < 2) return 0;
    const [lead, command] = b;
    const needs = (n: number) => (b.length >= n ? n : 0);
    if (lead === ESC && command === 0x40) {
      this.grid = this.blank();
      this.moveTo(0, 0);
      this.codePage = 'CP437';
      return 2;
    }
    if (lead === ESC && command === 0x74) {
      if (!needs(3)) return 0;
      this.codePage = codePageForTable(b[2]) ?? this.codePage;
      return 3;
    }
    if ((lead === ESC && command === 0x6c) || (lead === US && command === 0x24)) {
      if (!needs(4)) return 0;
      this.moveTo(b[3] - 1, b[2] - 1);
      return 4;
    }
    // Modes (ESC DC1/DC2/DC3, US SOH/STX/ETX) and anything else we do not model: a two-byte no-op.
    return 2;
  }

  private put(char: string): void {
    this.grid[this.row][this.column] = char;
    this.advance();
  }

  private advance(): void {
    this.column += 1;
    if (this.column < this.columns) return;
    this.column = 0;
    this.row = (this.row + 1) % this.rows;
  }

  private moveTo(row: number, column: number): void {
    this.row = Math.min(Math.max(row, 0), this.rows - 1);
    this.column = Math.min(Math.max(column, 0), this.columns - 1);
  }

  private blank(): string[][] {
    return Array.from({ length: this.rows }, () => Array(this.columns).fill(' '));
  }
}
