import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoSettings } from '../../appliance/src/fiscal/index.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { startFloor, type FloorProcess } from './floor-process.js';
import { startRushHq, type RushHq } from './rush-hq.js';

export interface RushStore {
  appliance: ApplianceProcess;
  admin: ApiClient;
  /** One signed-in cashier per till, each with the cashier session of its own terminal (POS-1, POS-2, …). */
  tillTokens: string[];
  /** The CPU the appliance alone runs on; the bench and its peers run on the others. */
  applianceCpu: number;
  /** The appliance's SQLite database, for diagnostics that read its WAL. */
  dbFile: string;
  /** The processes of the SEFAZ simulator and of the virtual printer (their CPU is reported per step). */
  peerPids: number[];
  /** The chain's HQ the store replicates to, and through which iFood orders reach it. */
  hq: RushHq;
  stop(): Promise<void>;
}

/** Pins every thread of `pid` to `cpuList` (taskset syntax, e.g. "1" or "0-2"). */
function pin(pid: number, cpuList: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpuList, String(pid)], { stdio: 'ignore' });
}

/**
 * The demo store as a store runs it, on a core of its own: the built appliance through its
 * launcher, its homologação NFC-e settings pointed at the SEFAZ simulator, every printer pointed at
 * the virtual printer (both in `rush-peers`), and a cashier of its own signed in at each of `tills`
 * terminals with the drawer open and a printer of its own (its receipts, its drawer's pulses): a
 * sale goes to the session of whoever rings it up, as in a store. It is enrolled at a chain's HQ
 * (`rush-hq`: a real Postgres and the built relay, on the bench's CPUs) that it replicates its
 * journal to and through which iFood orders reach it.
 */
export async function startRushStore(tills: number): Promise<RushStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-rush-'));
  const cpuCount = cpus().length;
  const applianceCpu = cpuCount - 1;
  const others = cpuCount > 1 ? `0-${cpuCount - 2}` : '0';
  pin(process.pid, others);
  const peersFile = new URL('./rush-peers.js', import.meta.url);
  const peers: FloorProcess[] = [];
  let appliance: ApplianceProcess | null = null;
  let hq: RushHq | null = null;
  const stopPeers = async () => {
    await Promise.all(peers.map((peer) => peer.stop()));
    await hq?.stop();
  };
  try {
    hq = await startRushHq();
    const sefaz = await startFloor<{ port: number; sefazUrl: string; caPem: string }>(peersFile, { CHEFIA_RUSH_PEER: 'sefaz' });
    peers.push(sefaz);
    const printerPeer = await startFloor(peersFile, { CHEFIA_RUSH_PEER: 'printer' });
    peers.push(printerPeer);
    for (const peer of peers) pin(peer.proc.pid!, others);
    const configFile = writeDemoSettings(dataDir);
    writeFileSync(join(dataDir, 'fiscal', 'sefaz-ca.pem'), sefaz.ready.caPem);
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    Object.assign(config, { sefazBaseUrl: sefaz.ready.sefazUrl, sefazCaFile: 'sefaz-ca.pem' });
    writeFileSync(configFile, JSON.stringify(config, null, 2));

    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn', ...hq.applianceEnv }, readyTimeoutMs: 60_000 });
    pin(appliance.pid, String(applianceCpu));
    const admin = await new ApiClient(appliance.baseUrl).login();
    await hq.prepareStore(admin);
    const printers = await admin.get<{ id: string; name: string; profileId: string }[]>('/printers');
    for (const printer of printers.body.data) {
      const put = await admin.call('PUT', `/printers/${printer.id}`, { name: printer.name, profileId: printer.profileId, connection: { type: 'tcp', host: '127.0.0.1', port: printerPeer.port } });
      if (put.status !== 200) throw new Error(`printer ${printer.id}: ${put.status} ${JSON.stringify(put.body)}`);
    }
    // A printer at each till, as a store with several tills has: its receipts print there and its
    // drawer, on that printer's drawer port, opens there.
    const tillPrinters: Record<string, string> = {};
    for (let till = 1; till <= tills; till++) {
      const id = `caixa-pos${till}`;
      const put = await admin.call('PUT', `/printers/${id}`, { name: `Caixa ${till}`, profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: printerPeer.port } });
      if (put.status !== 200) throw new Error(`printer ${id}: ${put.status} ${JSON.stringify(put.body)}`);
      tillPrinters[`POS-${till}`] = id;
    }
    const routing = await admin.call('PUT', '/print-routing', { tillPrinters });
    if (routing.status !== 200) throw new Error(`print routing: ${routing.status} ${JSON.stringify(routing.body)}`);
    const tillTokens: string[] = [];
    for (let till = 1; till <= tills; till++) {
      const username = `caixa.pos${till}`;
      const password = `Caixa#Rush2026-${till}`;
      const user = await admin.post('/users', { username, name: `Caixa ${till}`, role: 'CASHIER', password });
      if (user.status !== 201) throw new Error(`cashier ${username}: ${user.status} ${JSON.stringify(user.body)}`);
      const cashier = await new ApiClient(appliance.baseUrl).login(username, password);
      const session = await cashier.post('/cashier-sessions', { terminalId: `POS-${till}`, openingFloatCents: 10_000 });
      if (session.status !== 201) throw new Error(`cashier session POS-${till}: ${session.status} ${JSON.stringify(session.body)}`);
      tillTokens.push(cashier.token!);
    }
    const running = appliance;
    const chain = hq;
    return {
      appliance,
      admin,
      tillTokens,
      applianceCpu,
      dbFile: join(dataDir, 'store.db'),
      peerPids: peers.map((peer) => peer.proc.pid!),
      hq: chain,
      async stop() {
        await running.stop();
        await stopPeers();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await appliance?.stop();
    await stopPeers();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
