import type { Align, QrErrorLevel } from '../document.js';

export interface TextRun {
  text: string;
  bold: boolean;
  underline: boolean;
  width: number;
  height: number;
  font: 'A' | 'B';
}

export type JobBlock =
  | { kind: 'line'; align: Align; runs: TextRun[] }
  | { kind: 'qr'; align: Align; data: string; moduleSize: number; errorLevel: QrErrorLevel }
  | { kind: 'feed'; dots: number }
  | { kind: 'cut'; partial: boolean };

/** What a virtual printer understood from one job's byte stream. */
export interface ParsedJob {
  blocks: JobBlock[];
  drawerKicks: number;
  statusRequests: number;
  /** Command bytes the parser did not recognise, so a test can assert a driver sends nothing odd. */
  unknownCommands: string[];
}

export const lineText = (block: Extract<JobBlock, { kind: 'line' }>): string => block.runs.map((r) => r.text).join('');

export function hasPrintableContent(job: ParsedJob): boolean {
  return job.blocks.some((b) => b.kind !== 'feed') || job.drawerKicks > 0;
}

/** UTF-8 text of a job: printed lines as-is, QR codes as "[QR] data", cuts and drawer kicks as markers. */
export function renderJobText(job: ParsedJob): string {
  const out: string[] = [];
  for (const block of job.blocks) {
    if (block.kind === 'line') out.push(lineText(block));
    else if (block.kind === 'qr') out.push(`[QR] ${block.data}`);
    else if (block.kind === 'cut') out.push('[CUT]');
  }
  for (let i = 0; i < job.drawerKicks; i++) out.push('[DRAWER]');
  return `${out.join('\n')}\n`;
}

/** The printed lines only (no markers), for comparing with what a template meant to print. */
export function jobLines(job: ParsedJob): string[] {
  return job.blocks.flatMap((b) => (b.kind === 'line' ? [lineText(b)] : b.kind === 'qr' ? [`[QR] ${b.data}`] : []));
}
