/**
 * The accountant's monthly XML export.
 *
 * - The accountant gets only the documents that have fiscal value: the homologação NFC-e the
 *   fiscal wizard's "Emitir nota de teste" (or a training period) leaves in the same month as the
 *   store's real sales stay out of the zip and of its count.
 * - A document SEFAZ answers "Uso Denegado" (110/301/302) is registered at SEFAZ and consumes its
 *   number: the store keeps it with SEFAZ's protocol of denial (its procNFe) and the accountant
 *   gets that procNFe to declare it (EFD, situação "denegada").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FiscalContext } from '../emission/context.js';
import { issueDocumentCommand } from '../emission/issue-commands.js';
import { recordAuthorizationAnswer } from '../emission/record-answer.js';
import { formatLocalDateTime } from '../shared/local-datetime.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { exportMonth } from './monthly-export.js';

const TZ = 'America/Sao_Paulo';

function protNFe(accessKey: string, tpAmb: number, cStat: number, xMotivo: string, nProt: string): string {
  const dhRecbto = formatLocalDateTime(new Date(), TZ);
  return `<protNFe versao="4.00"><infProt><tpAmb>${tpAmb}</tpAmb><verAplic>SVRS202401</verAplic><chNFe>${accessKey}</chNFe><dhRecbto>${dhRecbto}</dhRecbto><nProt>${nProt}</nProt><digVal>AAAAAAAAAAAAAAAAAAAAAAAAAAA=</digVal><cStat>${cStat}</cStat><xMotivo>${xMotivo}</xMotivo></infProt></protNFe>`;
}

/** Issues an order's NFC-e with `ctx` and applies SEFAZ's answer as the transmitter would. */
async function issueAndAnswer(ctx: FiscalContext, orderId: string, cStat: number, xMotivo: string, nProt: string) {
  const row = await ctx.commands.run('fiscal.issue_nfce', issueDocumentCommand(ctx, simplesSale(orderId), null));
  const tpAmb = ctx.config.environment === 'production' ? 1 : 2;
  await recordAuthorizationAnswer(ctx, row, {
    lotStatus: 104,
    lotMessage: 'Lote processado',
    document: { cStat, xMotivo, accessKey: row.access_key, protocol: nProt, receivedAt: formatLocalDateTime(new Date(), TZ), protNFeXml: protNFe(row.access_key, tpAmb, cStat, xMotivo, nProt) },
  });
  return getDocument(ctx.db, row.id)!;
}

/** The entry names of the zip (they are stored in clear in its headers). */
const entryNames = (zip: Buffer) => [...new Set(zip.toString('latin1').match(/(?:nfce|nfe|cfe|eventos|inutilizacoes)\/[\w.-]+\.xml/g) ?? [])];

describe.runIf(referencePresent())('accountant export', () => {
  let dir: string;
  let h: ServiceHarness;
  const month = formatLocalDateTime(new Date(), TZ).slice(0, 7);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fiscal-export-'));
    h = startServiceHarness(testEmitterConfig(), { dir });
  });
  afterEach(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("leaves homologação documents out of the accountant's month", async () => {
    // The wizard's test emission, in homologação.
    const test = await issueAndAnswer(h.ctx, 'homologation-test-1', 100, 'Autorizado o uso da NF-e', '235000000000001');
    expect(test).toMatchObject({ status: 'AUTHORIZED', environment: 2 });
    // The store then goes live: a real sale in produção, the same month.
    const production: FiscalContext = { ...h.ctx, config: { ...h.ctx.config, environment: 'production' } };
    const sale = await issueAndAnswer(production, 'order-real-1', 100, 'Autorizado o uso da NF-e', '135000000000001');
    expect(sale).toMatchObject({ status: 'AUTHORIZED', environment: 1 });

    const exported = exportMonth(h.db, month, TZ);
    expect(entryNames(exported.zip)).toEqual([`nfce/${sale.access_key}-procNFe.xml`]);
    expect(exported.documents).toBe(1);
  });

  it('keeps a denied document with its denial protocol and gives it to the accountant', async () => {
    const production: FiscalContext = { ...h.ctx, config: { ...h.ctx.config, environment: 'production' } };
    const denied = await issueAndAnswer(production, 'order-denied-1', 301, 'Uso Denegado: Irregularidade fiscal do emitente', '135000000000777');
    expect(denied.status).toBe('DENIED');
    // SEFAZ's protocol of denial is kept with the document ...
    expect(denied.proc_xml ?? '').toContain('<nProt>135000000000777</nProt>');
    // ... and the month's export carries it.
    const exported = exportMonth(h.db, month, TZ);
    expect(entryNames(exported.zip)).toEqual([`nfce/${denied.access_key}-procNFe.xml`]);
  });
});
