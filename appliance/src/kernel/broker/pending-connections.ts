/**
 * Connections that have not completed CONNECT yet, per remote address and in all. Until then a
 * connection may hold up to one packet of the size limit in memory for the connect timeout, and
 * nobody is accountable for it: capping how many may wait bounds that memory, and the per-address
 * cap keeps one host from taking every slot.
 */
export class PendingConnections<Connection extends object> {
  private readonly byAddress = new Map<string, number>();
  private readonly pending = new Map<Connection, string>();

  constructor(
    readonly maxPerAddress: number,
    readonly maxTotal: number,
  ) {}

  /** Admits `connection` as pending, or returns false when its address or the appliance is at the cap. */
  admit(connection: Connection, address: string | null): boolean {
    const key = address ?? 'unknown';
    const fromAddress = this.byAddress.get(key) ?? 0;
    if (fromAddress >= this.maxPerAddress || this.pending.size >= this.maxTotal) return false;
    this.byAddress.set(key, fromAddress + 1);
    this.pending.set(connection, key);
    return true;
  }

  /** The connection completed CONNECT or closed; idempotent. */
  settle(connection: Connection): void {
    const key = this.pending.get(connection);
    if (key === undefined) return;
    this.pending.delete(connection);
    const left = (this.byAddress.get(key) ?? 1) - 1;
    if (left > 0) this.byAddress.set(key, left);
    else this.byAddress.delete(key);
  }
}
