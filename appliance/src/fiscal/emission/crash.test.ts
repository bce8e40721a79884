import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../kernel/clock.js';
import { fiscalReferenceDir, referencePaths } from '../shared/reference-paths.js';
import { runProcess, validateFiles } from '../shared/xmllint.js';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { compileForChild } from '../test-support/compile-for-child.js';
import { crashTestConfig } from '../test-support/crash-sales.js';
import { referencePresent } from '../test-support/fixtures.js';
import { startServiceHarness } from '../test-support/service-harness.js';
import { exportMonth } from '../export/monthly-export.js';
import { tpAmb } from '../nfce/emitter-config.js';
import { inutilizeRejectedDocument } from './inutilization.js';
import { findNumberingGaps } from '../store/numbering.js';
import { getDocument } from '../store/documents.js';

// `npm test` issues 300 documents through 8 kills; `npm run test:crash` the 1,000 of the acceptance criteria.
const ORDERS = Number(process.env.CHEFIA_FISCAL_CRASH_ORDERS ?? 300);
const KILLS = 8;

describe.runIf(referencePresent())(`${ORDERS} NFC-e with processes killed mid-emission and aborted transactions`, () => {
  const simulator = new SefazSimulator({ validateSchemas: false, verifySignatures: false }); // stored XML is validated in one batch and sampled with xmlsec1 below
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'fiscal-crash-'));
    compileForChild(join(dir, 'build'));
  });
  afterAll(async () => {
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves no gap in the numbering (rejected numbers are inutilized) and loses no document', { timeout: Math.max(120_000, ORDERS * 240) }, async () => {
    const baseUrl = await simulator.start();
    const caFile = join(dir, 'sefaz-ca.pem');
    writeFileSync(caFile, simulator.caPem);
    const script = join(dir, 'build', 'appliance', 'src', 'fiscal', 'test-support', 'crash-child.js');
    let kills = 0;
    let finished = false;
    while (!finished) {
      const child = spawn(process.execPath, [script, join(dir, 'store.db'), baseUrl, caFile, '0', String(ORDERS), '0.03'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CHEFIA_FISCAL_REFERENCE: fiscalReferenceDir() },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (err += c.toString()));
      // Enough kills to hit every phase of an emission; then the child may finish. A kill comes
      // after a random number of documents this run (none: during start-up and recovery of the
      // previous run's pending documents), then a random part of the time one emission took, so it
      // lands mid-emission whatever the number of orders and the host's speed. Killed runs emit at
      // most half the orders, so every run but the last is killed.
      let killer: NodeJS.Timeout | undefined;
      if (kills < KILLS) {
        const after = Math.floor(Math.random() * (ORDERS / (2 * KILLS)));
        const kill = (delayMs: number) => {
          killer = setTimeout(() => {
            kills += 1;
            child.kill('SIGKILL');
          }, delayMs);
        };
        if (after === 0) kill(Math.random() * 500);
        else {
          let emitted = 0;
          let last = 0;
          child.stdout.on('data', (c: Buffer) => {
            const lines = c.toString().split('\n').filter((line) => line.startsWith('done ')).length;
            if (lines === 0 || killer) return;
            const now = Date.now();
            // The time one emission takes on this host, once two reports were seen.
            const gap = last === 0 ? 20 : (now - last) / lines;
            last = now;
            emitted += lines;
            if (emitted >= after) kill(Math.random() * gap);
          });
        }
      }
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      clearTimeout(killer);
      finished = out.includes('finished');
      if (!finished && code !== null) throw new Error(`child failed (${code}): ${err}`);
    }
    expect(kills).toBe(KILLS);

    const h = startServiceHarness(await crashTestConfig(baseUrl, caFile), { dir });
    try {
      await h.service.transmitPending();
      const rejected = h.db.prepare("SELECT id FROM fiscal_documents WHERE status = 'REJECTED'").pluck().all() as string[];
      for (const id of rejected) await inutilizeRejectedDocument(h.ctx, id, 'NCM rejeitado pela SEFAZ, venda sem documento');

      const rows = (h.db.prepare('SELECT id FROM fiscal_documents ORDER BY number').pluck().all() as string[]).map((id) => getDocument(h.db, id)!);
      expect(rows.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1));
      expect(h.db.prepare('SELECT next_number FROM fiscal_series').pluck().get()).toBe(rows.length + 1);
      expect(findNumberingGaps(h.db, 65, 1, 2)).toEqual([]);
      expect(new Set(rows.map((r) => r.order_id)).size).toBe(ORDERS);
      expect(rows).toHaveLength(ORDERS);

      const expectedRejected = Array.from({ length: ORDERS }, (_, n) => n).filter((n) => n % 37 === 5).length;
      const voided = rows.filter((r) => r.status === 'VOIDED');
      expect(voided).toHaveLength(expectedRejected);
      for (const v of voided) expect(simulator.isInutilized('06157250000116', 1, v.number)).toBe(true);
      const authorized = rows.filter((r) => r.status === 'AUTHORIZED');
      expect(authorized).toHaveLength(ORDERS - expectedRejected);
      const atSefaz = new Map(simulator.authorizedDocuments().map((d) => [d.accessKey, d.protocol]));
      expect(atSefaz.size).toBe(authorized.length);
      for (const row of authorized) expect(atSefaz.get(row.access_key)).toBe(row.protocol);

      const issuedEvents = h.journal.readAfter(0, 100_000).filter((e) => e.type === 'fiscal.document_issued');
      expect(issuedEvents).toHaveLength(ORDERS); // aborted transactions left neither rows nor events

      const xmlDir = join(dir, 'xml');
      mkdirSync(xmlDir);
      const files = authorized.map((row) => {
        const file = join(xmlDir, `${row.access_key}.xml`);
        writeFileSync(file, row.proc_xml!);
        return file;
      });
      const validation = await validateFiles(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), files);
      expect(validation.valid, validation.output.slice(0, 2000)).toBe(true);
      const pem = join(dir, 'signer.pem');
      writeFileSync(pem, h.ctx.certificate.certificatePem);
      for (const file of [files[0], files[Math.floor(files.length / 2)], files.at(-1)!]) {
        const verify = await runProcess('xmlsec1', ['--verify', '--id-attr:Id', 'infNFe', '--trusted-pem', pem, file]);
        expect(verify.code, verify.output).toBe(0);
      }

      // The month in the store's zone, as the export counts it (not the UTC month of issued_at).
      const month = localDate(new Date(rows[0].issued_at), 'America/Sao_Paulo').slice(0, 7);
      const exported = exportMonth(h.db, month, 'America/Sao_Paulo', tpAmb(h.ctx.config));
      expect(exported.documents + exported.inutilizations).toBeGreaterThan(0);
      const inutDir = join(dir, 'inut');
      mkdirSync(inutDir);
      const inutFiles = (h.db.prepare("SELECT request_xml, response_xml FROM fiscal_inutilizations WHERE status = 'HOMOLOGATED'").all() as { request_xml: string; response_xml: string }[]).map((r, i) => {
        const file = join(inutDir, `${i}.xml`);
        writeFileSync(file, `<ProcInutNFe xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00">${r.request_xml}${r.response_xml}</ProcInutNFe>`);
        return file;
      });
      expect(inutFiles).toHaveLength(expectedRejected);
      expect((await validateFiles(join(referencePaths.nfeSchemaDir(), 'procInutNFe_v4.00.xsd'), inutFiles)).valid).toBe(true);
    } finally {
      h.close();
    }
  });
});
