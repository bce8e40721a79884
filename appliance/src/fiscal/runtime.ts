import { AppError } from '../kernel/errors.js';
import { buildDanfeNfce, type DanfeNfce, type Translate } from './danfe/danfe-nfce.js';
import { cancelDocument } from './emission/cancellation.js';
import type { FiscalContext } from './emission/context.js';
import type { FiscalService } from './emission/fiscal-service.js';
import { inutilizeRejectedDocument } from './emission/inutilization.js';
import { exportMonth } from './export/monthly-export.js';
import { DEFAULT_TIME_ZONE } from './nfce/build-nfce-xml.js';
import { getDocument, type FiscalDocumentSummary } from './store/documents.js';

/** A configured fiscal module: the service plus the operations the routes and workflows use. */
export class FiscalRuntime {
  constructor(
    readonly ctx: FiscalContext,
    readonly service: FiscalService,
    private readonly t: Translate,
    private readonly cancellationWindowMinutes: number,
  ) {}

  danfe(documentId: string): DanfeNfce {
    const row = getDocument(this.ctx.db, documentId);
    if (!row) throw new AppError('FISCAL_DOCUMENT_NOT_FOUND', 404);
    return buildDanfeNfce(row, this.ctx.config, this.t);
  }

  cancel(documentId: string, justification: string): Promise<FiscalDocumentSummary> {
    return cancelDocument(this.ctx, documentId, justification, this.cancellationWindowMinutes);
  }

  inutilize(documentId: string, justification: string): Promise<FiscalDocumentSummary> {
    return inutilizeRejectedDocument(this.ctx, documentId, justification);
  }

  exportMonth(yearMonth: string) {
    return exportMonth(this.ctx.db, yearMonth, this.ctx.config.timeZone ?? DEFAULT_TIME_ZONE);
  }

  status() {
    const counts = this.ctx.db.prepare('SELECT status, COUNT(*) AS n FROM fiscal_documents GROUP BY status').all() as { status: string; n: number }[];
    return {
      environment: this.ctx.config.environment,
      series: this.ctx.config.series,
      inContingency: this.service.inContingency,
      documents: Object.fromEntries(counts.map((c) => [c.status, c.n])),
    };
  }
}
