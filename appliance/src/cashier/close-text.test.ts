import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../devices/printer/document.js';
import { encodeDocument } from '../devices/printer/encoders/encode.js';
import { EscPosParser } from '../devices/printer/virtual/escpos-parser.js';
import { jobLines } from '../devices/printer/virtual/job-model.js';
import { renderJobPng } from '../devices/printer/virtual/render-png.js';
import { findProfile, loadProfiles } from '../devices/profiles/loader.js';
import type { PrinterProfile } from '../devices/profiles/schema.js';
import { repoRoot } from '../kernel/paths.js';
import { cashierCloseText } from './close-text.js';
import type { CashierCloseReport } from './sessions.js';
import { COLUMNS } from './text-layout.js';

const report: CashierCloseReport = {
  sessionId: 's1',
  businessDayId: 'd1',
  terminalId: 'CAIXA-1',
  operatorId: 'u1',
  operatorName: 'Carlos Caixa',
  openedAt: '2026-11-23T11:00:00.000Z',
  closedAt: '2026-11-23T23:00:00.000Z',
  closedBy: 'u1',
  openingFloatCents: 20_000,
  totals: { cashSalesCents: 1_234_550, changeCents: 4_000, refundsCents: 0, withdrawalsCents: 50_000, depositsCents: 0 },
  lines: [
    { method: 'CASH', expectedCents: 1_200_550, countedCents: 1_200_000, differenceCents: -550 },
    { method: 'PIX', expectedCents: 3_360, countedCents: 3_360, differenceCents: 0 },
    { method: 'VOUCHER', expectedCents: 9_999_999, countedCents: 10_000_000, differenceCents: 1 },
    { method: 'DEBIT', expectedCents: 0, countedCents: 0, differenceCents: 0 },
  ],
  totalExpectedCents: 11_203_909,
  totalCountedCents: 11_203_360,
  differenceCents: -549,
  status: 'SHORT',
  alert: false,
};

/** Where each match of `pattern` in a line ends (its right edge), left to right. */
function rightEdges(line: string, pattern: RegExp): number[] {
  return [...line.matchAll(pattern)].map((match) => match.index! + match[0].length);
}

const AMOUNT = /-?R\$ [\d.]+,\d{2}/g;

describe('cashier close slip', () => {
  const lines = cashierCloseText(report, 'America/Sao_Paulo').split('\n');

  it('puts every amount under the right edge of its column header', () => {
    const header = lines.find((line) => line.startsWith('Forma'))!;
    const headerEdges = rightEdges(header, /Esperado|Contado|Diferença/g);
    expect(headerEdges).toHaveLength(3);
    const rows = lines.slice(lines.indexOf(header) + 1).filter((line) => line.includes('R$')).slice(0, 3);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(rightEdges(row, AMOUNT)).toEqual(headerEdges);
    expect(rows[2]).toContain('R$ 100.000,00');
    expect(lines).not.toContain('Débito');
  });

  it('fits the 48-column paper', () => {
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(COLUMNS);
    expect(lines.some((line) => line.length === COLUMNS)).toBe(true);
  });

  it('prints as laid out on a 48-column printer (virtual printer: ESC/POS bytes → parser → PNG)', () => {
    const profile = findProfile(loadProfiles(), 'epson-tm-t20') as PrinterProfile;
    expect(profile.printer.columns.fontA).toBe(COLUMNS);
    const document = new DocumentBuilder(COLUMNS);
    for (const line of lines.slice(0, -1)) document.line(line);
    const parser = new EscPosParser();
    parser.feed(encodeDocument(document.feed(2).cut().build(), profile.printer));
    const job = parser.finish();
    expect(jobLines(job).map((line) => line.trimEnd())).toEqual(lines.slice(0, -1).map((line) => line.trimEnd()));
    // The committed docs picture is refreshed on request only, so a test run never dirties the tree.
    const shotDir = process.env.CHEFIA_UPDATE_SCREENSHOTS === '1' ? join(repoRoot(), 'docs', 'img') : mkdtempSync(join(tmpdir(), 'chefia-close-slip-'));
    mkdirSync(shotDir, { recursive: true });
    const shot = join(shotDir, 'cashier-close.png');
    writeFileSync(shot, renderJobPng(job, { dotsPerLine: profile.printer.dotsPerLine }));
    expect(statSync(shot).size).toBeGreaterThan(5_000);
  });
});
