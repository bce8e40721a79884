import type { FiscalContext, FiscalTx } from './context.js';
import type { SefazUnavailableError } from './sefaz-unavailable.js';

/** The authorizer's services a pause applies to: NFC-e (65) and NF-e (55) are throttled apart. */
export type SefazService = 'NFCE' | 'NFE';

/**
 * When SEFAZ refuses every request of the store for a while (656 "Consumo Indevido"), nothing is
 * sent to that service before the pause ends: a request sent meanwhile can extend the block. The
 * pause is kept in SQLite, so an appliance restarted within it (a crash, an update, a power cut)
 * does not send its queue into the block at start-up.
 */
export class SefazPause {
  /** Epoch ms the pause ends; read from SQLite once, then kept here as it changes. */
  private until: number | undefined;

  constructor(
    private readonly ctx: Pick<FiscalContext, 'db' | 'commands' | 'now'>,
    private readonly service: SefazService,
  ) {}

  get active(): boolean {
    this.until ??= this.stored();
    return this.ctx.now().getTime() < this.until;
  }

  /** Starts the pause SEFAZ asked for; a 108/109/999 asks none (its retryAfterMs is 0). */
  async begin(error: SefazUnavailableError): Promise<void> {
    if (error.retryAfterMs <= 0) return;
    const until = this.ctx.now().getTime() + error.retryAfterMs;
    this.until = until;
    await this.ctx.commands.run('fiscal.pause_sefaz', (tx: FiscalTx) => {
      const untilIso = new Date(until).toISOString();
      tx.db
        .prepare('INSERT INTO fiscal_sefaz_pauses (service, paused_until, c_stat, paused_at) VALUES (?, ?, ?, ?) ON CONFLICT (service) DO UPDATE SET paused_until = excluded.paused_until, c_stat = excluded.c_stat, paused_at = excluded.paused_at')
        .run(this.service, untilIso, error.cStat, tx.nowIso);
      tx.emit({ type: 'fiscal.sefaz_paused', aggregateType: 'sefaz_service', aggregateId: this.service, payload: { service: this.service, cStat: error.cStat, until: untilIso } });
    });
  }

  private stored(): number {
    const untilIso = this.ctx.db.prepare('SELECT paused_until FROM fiscal_sefaz_pauses WHERE service = ?').pluck().get(this.service) as string | undefined;
    return untilIso ? Date.parse(untilIso) : 0;
  }
}
