import type { PrinterHealth } from '../state/printers';
import { t } from '../texts';

/** A printer's state in one word, coloured: pronta, sem papel, tampa aberta, desconectada. */
export function PrinterStatus({ health }: { health: PrinterHealth | undefined }) {
  if (!health) return <span class="pill">{t('ADMIN_CHECKING')}</span>;
  if (!health.reachable) return <span class="pill down" data-state="unreachable">{t('ADMIN_PRINTER_UNREACHABLE')}</span>;
  if (health.status?.paperOut) return <span class="pill degraded" data-state="paper-out">{t('ADMIN_PRINTER_PAPER_OUT')}</span>;
  if (health.status?.coverOpen) return <span class="pill degraded" data-state="cover-open">{t('ADMIN_PRINTER_COVER_OPEN')}</span>;
  return <span class="pill ok" data-state="ready">{t('ADMIN_PRINTER_READY')}</span>;
}
