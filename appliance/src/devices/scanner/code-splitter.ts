export type ScanSuffix = 'CR' | 'LF' | 'CRLF' | 'none';

/**
 * Cuts the scanner's byte stream into codes. Any CR or LF ends a code, so a
 * scanner configured for CR, LF or CRLF works whatever the profile says (a
 * CRLF just yields an empty piece, which is dropped). With suffix `none` a
 * pause in the stream ends the code instead.
 */
export class CodeSplitter {
  private partial = '';
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly suffix: ScanSuffix,
    private readonly onCode: (code: string) => void,
    private readonly idleMs = 60,
  ) {}

  push(text: string): void {
    const pieces = (this.partial + text).split(/[\r\n]/);
    this.partial = pieces.pop() ?? '';
    for (const piece of pieces) this.deliver(piece);
    if (this.suffix === 'none') this.armIdleTimer();
  }

  flush(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const rest = this.partial;
    this.partial = '';
    this.deliver(rest);
  }

  /** Forgets a code cut off before its end (the line was lost): it is no barcode. */
  discard(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.partial = '';
  }

  private armIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = this.partial ? setTimeout(() => this.flush(), this.idleMs) : null;
  }

  private deliver(piece: string): void {
    // Some scanners add STX/ETX or other control prefixes; they are never part of retail barcodes.
    const code = piece.replace(/[\x00-\x1f\x7f]/g, '').trim();
    if (code) this.onCode(code);
  }
}
