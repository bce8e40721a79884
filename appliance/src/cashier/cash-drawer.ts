/**
 * The cash drawer port. On most stores the drawer hangs off the receipt printer (ESC p pulse);
 * the printer driver implements this port when wired. Kicks happen after commit, from journal
 * events, so a crash between commit and kick loses at most one pulse and never money.
 */
export interface CashDrawer {
  kick(terminalId: string): Promise<void>;
}

export interface DrawerKick {
  terminalId: string;
  at: string;
}

/** A drawer that remembers its kicks, for stores without one wired yet and for tests. */
export class VirtualCashDrawer implements CashDrawer {
  readonly kicks: DrawerKick[] = [];

  async kick(terminalId: string): Promise<void> {
    this.kicks.push({ terminalId, at: new Date().toISOString() });
  }
}
