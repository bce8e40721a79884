import { useEffect, useState } from 'preact/hooks';
import { InputError, t } from '../texts';
import { api } from './session';
import { storeDateTime } from './store-time';

export interface PrinterConfig {
  id: string;
  name: string;
  profileId: string;
  connection: { type: 'tcp'; host: string; port: number } | { type: 'serial'; path: string } | { type: 'usb' };
}

export interface PrinterHealth {
  printerId: string;
  reachable: boolean;
  errorCode?: string;
  status?: { online: boolean; coverOpen: boolean; paperOut: boolean };
}

/** How often the printers are asked how they are: an unplugged printer shows within this plus one probe. */
export const PRINTER_POLL_MS = 2000;

/** Every configured printer's live status and its jobs waiting to print, polled while shown. */
export function usePrinterHealth(printers: PrinterConfig[]): Record<string, PrinterHealth & { pendingJobs: number }> {
  const [health, setHealth] = useState<Record<string, PrinterHealth & { pendingJobs: number }>>({});
  const ids = printers.map((p) => p.id).join(',');
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const probe = async () => {
      const answers = await Promise.all(
        printers.map(async (p) => {
          const [status, queued, printing] = await Promise.all([
            api.get('/api/v1/printers/{id}/status', { params: { path: { id: p.id } } }),
            api.get('/api/v1/print-jobs', { params: { query: { status: 'QUEUED', printerId: p.id, size: 100 } } }),
            api.get('/api/v1/print-jobs', { params: { query: { status: 'PRINTING', printerId: p.id, size: 100 } } }),
          ]).catch(() => [{ printerId: p.id, reachable: false, errorCode: 'OFFLINE' } as PrinterHealth, [], []] as const);
          return [p.id, { ...status, pendingJobs: queued.length + printing.length }] as const;
        }),
      );
      if (stopped) return;
      setHealth(Object.fromEntries(answers));
      timer = setTimeout(probe, PRINTER_POLL_MS);
    };
    void probe();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [ids]);
  return health;
}

/** A test page in the printer's own width: the store can see the printer, its name and the accents print. Each op `as const`: the print-job body takes the op names as literals. */
export function testPage(printer: PrinterConfig, now: Date) {
  return {
    columns: 48,
    ops: [
      { op: 'align', align: 'center' } as const,
      { op: 'size', width: 2, height: 2 } as const,
      { op: 'text', text: t('ADMIN_TEST_PAGE_TITLE') } as const,
      { op: 'newline' } as const,
      { op: 'size', width: 1, height: 1 } as const,
      { op: 'text', text: printer.name } as const,
      { op: 'newline' } as const,
      { op: 'align', align: 'left' } as const,
      { op: 'text', text: t('ADMIN_TEST_PAGE_BODY', { id: printer.id, model: printer.profileId, when: storeDateTime(now.toISOString()) }) } as const,
      { op: 'newline' } as const,
      { op: 'text', text: t('ADMIN_TEST_PAGE_ACCENTS') } as const,
      { op: 'newline' } as const,
      { op: 'feed', lines: 3 } as const,
      { op: 'cut', partial: true } as const,
    ],
  };
}

/** The API saves a printer by its id (PUT): adding one under an id in use would silently replace that printer. */
export function refuseTakenId(printers: readonly PrinterConfig[], id: string): void {
  const taken = printers.find((p) => p.id === id);
  if (taken) throw new InputError(t('ADMIN_PRINTER_ID_TAKEN', { id, name: taken.name }));
}
