import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BarcodeScanner, ScanEvent } from './barcode-scanner.js';
import { resolveScans, type ScanResolution, type ScannedProduct } from './product-lookup.js';

export interface ScannerHarness {
  scanner: BarcodeScanner;
  /** The operator scans `code` (real: the scanner sends it down the serial line). */
  scan(code: string): Promise<void>;
  close(): Promise<void>;
}

export function collect<T>(subscribe: (push: (value: T) => void) => void): { values: T[]; waitFor(count: number): Promise<T[]> } {
  const values: T[] = [];
  subscribe((value) => values.push(value));
  return {
    values,
    async waitFor(count) {
      const deadline = Date.now() + 2_000;
      while (values.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      return values;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

export function scannerContract(name: string, createHarness: () => Promise<ScannerHarness>): void {
  describe(`BarcodeScanner contract: ${name}`, () => {
    let h: ScannerHarness;
    beforeEach(async () => {
      h = await createHarness();
      await h.scanner.start();
    });
    afterEach(async () => {
      await h.scanner.stop();
      await h.close();
    });

    it('emits one scan event with the code and the time it was read', async () => {
      const scans = collect<ScanEvent>((push) => h.scanner.onScan(push));
      await h.scan('7891000315507');
      const [event] = await scans.waitFor(1);
      expect(event.code).toBe('7891000315507');
      expect(new Date(event.scannedAt).toISOString()).toBe(event.scannedAt);
      await settle();
      expect(scans.values).toHaveLength(1);
    });

    it('keeps quick successive scans apart and in order', async () => {
      const scans = collect<ScanEvent>((push) => h.scanner.onScan(push));
      for (const code of ['7891000315507', '78912342', 'ABC-128-XYZ']) await h.scan(code);
      expect((await scans.waitFor(3)).map((event) => event.code)).toEqual(['7891000315507', '78912342', 'ABC-128-XYZ']);
    });

    it('stops delivering to a listener that unsubscribed, and after stop()', async () => {
      const kept = collect<ScanEvent>((push) => h.scanner.onScan(push));
      const dropped = collect<ScanEvent>((push) => h.scanner.onScan(push)());
      await h.scan('111');
      await kept.waitFor(1);
      expect(h.scanner.reading).toBe(true);
      await h.scanner.stop();
      expect(h.scanner.reading).toBe(false);
      await h.scan('222');
      await settle();
      expect(kept.values.map((event) => event.code)).toEqual(['111']);
      expect(dropped.values).toEqual([]);
    });

    it('keeps delivering to the other listeners when one throws, and reports it as a warning instead of crashing', async () => {
      const warnings: Error[] = [];
      const onWarning = (warning: Error & { code?: string }) => {
        if (warning.code === 'CHEFIA_SCAN_LISTENER_FAILED') warnings.push(warning);
      };
      process.on('warning', onWarning);
      try {
        h.scanner.onScan(() => {
          throw new Error('screen handler broke');
        });
        const scans = collect<ScanEvent>((push) => h.scanner.onScan(push));
        await h.scan('7891000315507');
        await h.scan('78912342');
        expect((await scans.waitFor(2)).map((event) => event.code)).toEqual(['7891000315507', '78912342']);
        await settle();
        expect(warnings.map((warning) => warning.message)).toEqual(['screen handler broke', 'screen handler broke']);
      } finally {
        process.off('warning', onWarning);
      }
    });

    it('keeps resolving later scans after the resolution handler failed once', async () => {
      const reported: unknown[] = [];
      let calls = 0;
      const resolved = collect<ScanResolution>((push) =>
        resolveScans(
          h.scanner,
          async () => null,
          (resolution) => {
            calls += 1;
            if (calls === 1) throw new Error('publish failed');
            push(resolution);
          },
          (error) => reported.push(error),
        ),
      );
      for (const code of ['111', '222']) await h.scan(code);
      const results = await resolved.waitFor(1);
      expect(results.map((r) => r.scan.code)).toEqual(['222']);
      expect(reported).toEqual([new Error('publish failed')]);
    });

    it('resolves scans to products through the lookup port, in scan order', async () => {
      const catalog: Record<string, ScannedProduct> = {
        '7891000315507': { productId: 'p-leite', name: 'Leite integral 1 L', unitPriceCents: 549, soldBy: 'UNIT' },
        '2000001000000': { productId: 'p-queijo', name: 'Queijo minas', unitPriceCents: 4_990, soldBy: 'WEIGHT' },
      };
      // The first lookup is the slowest: results must still come back in scan order.
      const delays: Record<string, number> = { '7891000315507': 60, '0000000000000': 0, '2000001000000': 10 };
      const lookup = async (code: string) => {
        await new Promise((resolve) => setTimeout(resolve, delays[code] ?? 0));
        return catalog[code] ?? null;
      };
      const resolved = collect<ScanResolution>((push) => resolveScans(h.scanner, lookup, push));
      for (const code of ['7891000315507', '0000000000000', '2000001000000']) await h.scan(code);
      const results = await resolved.waitFor(3);
      expect(results.map((r) => (r.kind === 'product' ? r.product.productId : r.kind))).toEqual(['p-leite', 'unknown-barcode', 'p-queijo']);
    });
  });
}
