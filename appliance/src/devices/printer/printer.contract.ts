import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentBuilder, documentText } from './document.js';
import { PrinterError, type Printer } from './printer.js';
import { jobLines } from './virtual/job-model.js';
import type { VirtualJob } from './virtual/job-recorder.js';
import type { VirtualStatus } from './virtual/virtual-status.js';

export interface PrinterHarness {
  printer: Printer;
  /** Jobs the peer (virtual printer) received completely, oldest first. */
  completedJobs(): Promise<VirtualJob[]>;
  setStatus(status: Partial<VirtualStatus>): void;
  dispose(): Promise<void>;
}

const accented = 'Ação, pão, café, maçã, avô, ônibus, João, Conceição, ÁÉÍÓÚ ÂÊÔ ÃÕ Ç à ü';

/** One behaviour spec for every Printer implementation: real drivers over TCP/serial and the virtual ones. */
export function printerContract(name: string, create: () => Promise<PrinterHarness>): void {
  describe(`Printer contract: ${name}`, () => {
    let h: PrinterHarness;
    beforeEach(async () => {
      h = await create();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('prints a document whose lines, accents included, come back unchanged', async () => {
      const doc = new DocumentBuilder(48).align('center').bold(true).line('Padaria São João').bold(false).align('left').line(accented).leftRight('Pão de queijo', 'R$ 2,50').cut().build();
      const result = await h.printer.print(doc);
      expect(result.bytes).toBeGreaterThan(0);
      const jobs = await h.completedJobs();
      expect(jobs).toHaveLength(1);
      expect(jobLines(jobs[0].parsed)).toEqual(documentText(doc));
      expect(jobs[0].parsed.blocks.filter((b) => b.kind === 'cut')).toHaveLength(1);
    });

    it('prints QR codes and kicks the drawer', async () => {
      const url = 'https://www.fazenda.sp.gov.br/nfce/qrcode?p=35261112345678000195650010000010421000010420|2|1|1|ABCDEF';
      await h.printer.print(new DocumentBuilder(48).line('Consulte pelo QR Code').qr(url, 4, 'M').drawer().build());
      const [job] = await h.completedJobs();
      const qr = job.parsed.blocks.find((b) => b.kind === 'qr');
      expect(qr).toMatchObject({ kind: 'qr', data: url });
      expect(job.parsed.drawerKicks).toBe(1);
    });

    it('prints raw bytes verbatim', async () => {
      const raw = Buffer.concat([Buffer.from([0x1b, 0x40]), Buffer.from('linha crua\n', 'latin1')]);
      await h.printer.print(raw);
      const [job] = await h.completedJobs();
      expect(job.bytes.includes(raw)).toBe(true);
      expect(jobLines(job.parsed)).toEqual(['linha crua']);
    });

    it('keeps jobs in order', async () => {
      for (const n of [1, 2, 3]) await h.printer.print(new DocumentBuilder(48).line(`Pedido ${n}`).cut().build());
      const jobs = await h.completedJobs();
      expect(jobs.map((j) => jobLines(j.parsed)[0])).toEqual(['Pedido 1', 'Pedido 2', 'Pedido 3']);
    });

    it('reports status: ready, cover open, paper out', async () => {
      expect(await h.printer.status()).toMatchObject({ online: true, coverOpen: false, paperOut: false, supported: true });
      h.setStatus({ coverOpen: true });
      expect(await h.printer.status()).toMatchObject({ coverOpen: true, paperOut: false });
      h.setStatus({ coverOpen: false, paperOut: true });
      expect(await h.printer.status()).toMatchObject({ coverOpen: false, paperOut: true });
    });

    it('refuses to print when out of paper, and nothing reaches the paper', async () => {
      h.setStatus({ paperOut: true });
      const error = await h.printer.print(new DocumentBuilder(48).line('não deve sair').build()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PrinterError);
      expect((error as PrinterError).code).toBe('PRINTER_NOT_READY');
      expect((error as PrinterError).status?.paperOut).toBe(true);
      expect(await h.completedJobs()).toEqual([]);
    });
  });
}
