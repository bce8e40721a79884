/**
 * An offline NFC-e whose slow online twin SEFAZ had authorized after all (539).
 *
 * The online attempt (dhEmi T0) timed out and the sale was re-issued offline a moment later (T1);
 * SEFAZ answers the offline one with 539 because it had authorized the online one, and the store
 * keeps that online version. The document's issue date is then the dhEmi of the version SEFAZ
 * authorized (T0): the DANFE reprint shows it, and the monthly export files the document in the
 * month of its key and dhEmi (a sale at 23:59:58 on the last day of a month whose offline
 * re-issue fell after midnight stays in that month's export).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatLocalDateTime } from '../shared/local-datetime.js';
import { firstTagText } from '../shared/xml-text.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { enterContingencyCommand, issueDocumentCommand } from './issue-commands.js';
import { recordAuthorizationAnswer } from './record-answer.js';

const TZ = 'America/Sao_Paulo';

const protNFe = (accessKey: string, receivedAt: string, nProt: string) =>
  `<protNFe versao="4.00"><infProt><tpAmb>2</tpAmb><verAplic>SVRS202401</verAplic><chNFe>${accessKey}</chNFe><dhRecbto>${receivedAt}</dhRecbto><nProt>${nProt}</nProt><digVal>AAAAAAAAAAAAAAAAAAAAAAAAAAA=</digVal><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe>`;

describe.runIf(referencePresent())('offline NFC-e answered 539: the online version prevails', () => {
  let dir: string;
  let h: ServiceHarness;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fiscal-539-'));
    h = startServiceHarness(testEmitterConfig(), { dir });
  });
  afterEach(() => {
    h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the document kept after a 539 carries the issue date of the version SEFAZ authorized', async () => {
    // The online attempt is issued (T0) and its answer never comes back ...
    const online = await h.ctx.commands.run('fiscal.issue_nfce', issueDocumentCommand(h.ctx, simplesSale('order-539'), null));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // ... so the same number is re-issued offline a moment later (T1).
    const offline = await h.ctx.commands.run('fiscal.enter_contingency', enterContingencyCommand(h.ctx, online.id, { enteredAt: new Date(), reason: 'SEFAZ INDISPONIVEL OU SEM RESPOSTA NO TEMPO LIMITE' }));
    expect(offline).toMatchObject({ status: 'CONTINGENCY', replaced_access_key: online.access_key });

    // SEFAZ had authorized the online attempt: the offline one is answered 539, the protocol is read back.
    const receivedAt = formatLocalDateTime(new Date(Date.parse(online.issued_at) + 500), TZ);
    h.ctx.client.situation = async (accessKey: string) => ({
      cStat: 100,
      xMotivo: 'Autorizado o uso da NF-e',
      document: { cStat: 100, xMotivo: 'Autorizado o uso da NF-e', accessKey, protocol: '135260000000539', receivedAt, protNFeXml: protNFe(accessKey, receivedAt, '135260000000539') },
      events: [],
    });
    await recordAuthorizationAnswer(h.ctx, getDocument(h.db, offline.id)!, {
      lotStatus: 104,
      lotMessage: 'Lote processado',
      document: { cStat: 539, xMotivo: `Rejeição: Duplicidade de NF-e com diferença na Chave de Acesso [chNFe:${online.access_key}][nProt:135260000000539]` },
    });

    const kept = getDocument(h.db, offline.id)!;
    expect(kept).toMatchObject({ status: 'AUTHORIZED', access_key: online.access_key });
    const dhEmi = firstTagText(kept.signed_xml, 'dhEmi')!;
    // dhEmi has whole seconds; the stored instant must fall in that second.
    expect(new Date(Math.floor(Date.parse(kept.issued_at) / 1000) * 1000).toISOString()).toBe(new Date(dhEmi).toISOString());
  });
});
