import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { ApiClient } from '../../test/support/http-client.js';
import { StoreMachine } from './qemu-store.js';
import { copyFromDataPartition } from './store-disk-files.js';
import { prepareUpdateBundles, runUpdateSteps } from './update-steps.js';

/**
 * `npm run os-image:test`: the built store image (out/os-image/chefia-store.raw, `npm run
 * os-image:build`) boots in qemu like a store's mini-PC and is used like one:
 *   1. first boot provisioned from chefia-provision.env on a second disk; boot-to-ready is timed;
 *      the data partition has grown to fill the (bigger than the image) disk;
 *   2. /health, /kds and /pos in headless Chromium from the host, an order sold over HTTP, its
 *      kitchen ticket seen with mosquitto_sub on the forwarded MQTT port;
 *   3. the plug pulled: the database on the disk passes SQLite's integrity check and holds the
 *      order; booted again, the appliance serves it;
 *   4–5. update bundles (update-steps.ts): a good one runs, a broken one falls back by itself.
 * With `--interactive-provisioning` it runs instead the first boot of a store set up on the console:
 * the answers typed on tty1's keyboard (interactiveProvisioning).
 * Prints one PASS/FAIL line per step and the figures; exits non-zero when a step failed.
 */
const STORE_ID = 'loja-teste';
const ADMIN_PASSWORD = 'Teste#2026img';
/** Under TCG (no KVM) a boot to `ready` takes minutes on a loaded build machine. */
const READY_TIMEOUT_MS = Number(process.env.CHEFIA_IMAGE_READY_TIMEOUT_MS ?? 15 * 60_000);
const READY = /"msg":"ready"/;
/** The store's disk in the test: three times the image, so the first boot has a data partition to grow. */
const DISK_MIB = 3072;
const GROWN = /chefia-grow-data: \/var\/lib\/chefia is (\d+) MiB/;

const out = process.env.CHEFIA_IMAGE_OUT ?? join(repoRoot(), 'out', 'os-image');
const image = join(out, 'chefia-store.raw');
const steps: { step: string; ok: boolean; detail: string }[] = [];
const figures: string[] = [];

async function step(name: string, run: () => Promise<string>): Promise<boolean> {
  const started = Date.now();
  try {
    const detail = await run();
    steps.push({ step: name, ok: true, detail: `${detail} (${Math.round((Date.now() - started) / 1000)} s)` });
    return true;
  } catch (error) {
    steps.push({ step: name, ok: false, detail: (error as Error).message });
    return false;
  }
}

/** A FAT "USB stick" holding chefia-provision.env, as a technician prepares one. */
function provisioningDisk(work: string): string {
  const env = join(work, 'chefia-provision.env');
  writeFileSync(env, [`CHEFIA_STORE_ID=${STORE_ID}`, 'CHEFIA_STORE_NAME=Loja Teste da Imagem', 'CHEFIA_TIME_ZONE=America/Sao_Paulo', `CHEFIA_ADMIN_PASSWORD=${ADMIN_PASSWORD}`, 'CHEFIA_DEMO=1', ''].join('\n'));
  const disk = join(work, 'provision.vfat');
  execFileSync('mkfs.vfat', ['-C', '-n', 'CHEFIA-PROV', disk, '8192'], { stdio: 'ignore' });
  execFileSync('mcopy', ['-i', disk, env, '::/chefia-provision.env']);
  return disk;
}

async function bootToReady(machine: StoreMachine): Promise<number> {
  const started = Date.now();
  machine.powerOn();
  try {
    await machine.waitForConsole(READY, READY_TIMEOUT_MS);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- console ---\n${machine.consoleTail()}`);
  }
  return Math.round((Date.now() - started) / 1000);
}

async function sellAndSeeTicket(machine: StoreMachine, browser: Browser): Promise<{ orderId: string; detail: string }> {
  const health = await fetch(`${machine.baseUrl}/health`);
  const status = ((await health.json()) as { data: { status: string } }).data.status;
  if (health.status !== 200 || status === 'down') throw new Error(`/health answered ${health.status} ${status}`);
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  page.setDefaultTimeout(120_000);
  for (const path of ['/kds', '/pos']) {
    const res = await page.goto(`${machine.baseUrl}${path}`);
    if (res?.status() !== 200) throw new Error(`${path} answered ${res?.status()}`);
    await page.locator('#setup-form').waitFor();
  }
  await page.close();
  const pos = await new ApiClient(machine.baseUrl).login('admin', ADMIN_PASSWORD);
  const created = await pos.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-classic-burger', quantity: 1, options: ['rare'] }] });
  if (created.status !== 201) throw new Error(`order not created: ${created.status} ${JSON.stringify(created.body)}`);
  const orderId = created.body.data.id as string;
  const confirmed = await pos.post(`/orders/${orderId}/confirm`);
  if (confirmed.status !== 200) throw new Error(`order not confirmed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  const ticketId = (confirmed.body.data.kitchenTickets as { ticketId: string }[])[0].ticketId;
  // The kitchen ticket is retained on the broker: a KDS subscribing now is handed it.
  const seen = execFileSync(
    'mosquitto_sub',
    ['-h', '127.0.0.1', '-p', String(machine.mqttPort), '-u', 'admin', '-P', pos.token as string, '-t', `store/${STORE_ID}/kds/+/tickets/${ticketId}`, '-C', '1', '-W', '60', '-v'],
    { encoding: 'utf8' },
  );
  if (!seen.includes(ticketId)) throw new Error(`mosquitto_sub did not see ticket ${ticketId}: ${seen}`);
  return { orderId, detail: `/health ${status}, /kds and /pos render, order ${orderId} confirmed, ticket ${ticketId} seen on MQTT` };
}

/** After the plug is pulled: the database as the disk holds it is intact and has the order. */
function checkDiskAfterPowerCut(machine: StoreMachine, work: string, orderId: string): string {
  const raw = join(work, 'after-power-cut.raw');
  const files = join(work, 'after-power-cut');
  machine.exportDisk(raw);
  copyFromDataPartition(raw, ['/store/store.db', '/store/store.db-wal'], files);
  rmSync(raw);
  if (!existsSync(join(files, 'store.db'))) throw new Error('store.db not found on the data partition');
  const db = new Database(join(files, 'store.db'));
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity_check: ${integrity}`);
    const order = db.prepare('SELECT status FROM orders WHERE id = ?').get(orderId) as { status: string } | undefined;
    if (!order) throw new Error(`order ${orderId} lost in the power cut`);
    return `integrity_check ok, order ${orderId} ${order.status} on disk`;
  } finally {
    db.close();
  }
}

/**
 * What a failed run leaves to read after qemu is gone: the serial console of every boot and the
 * machine's system journal, read off the data partition, in `out/os-image/failed-run/`.
 */
function keepFailedRun(machine: StoreMachine, work: string): void {
  const kept = join(out, 'failed-run');
  rmSync(kept, { recursive: true, force: true });
  mkdirSync(kept, { recursive: true });
  copyFileSync(join(work, 'console.log'), join(kept, 'console.log'));
  const raw = join(work, 'failed-run.raw');
  machine.exportDisk(raw);
  copyFromDataPartition(raw, ['/journal/'], join(work, 'failed-run'));
  rmSync(raw);
  const journals = execFileSync('find', [join(work, 'failed-run', 'journal'), '-name', '*.journal'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const args = [...journals.flatMap((file) => ['--file', file]), '--no-pager', '-o', 'short-monotonic'];
  writeFileSync(join(kept, 'journal.txt'), journals.length ? execFileSync('journalctl', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }) : 'no system journal on the data partition\n');
  console.log(`failed run: serial console and system journal kept in ${kept}`);
}

/** The technician's answers on tty1, in the order chefia-firstboot asks (Enter keeps the default). */
const CONSOLE_STORE_ID = 'loja-console';
const CONSOLE_ANSWERS = [
  'Loja Console', // Código da loja: refused (upper case, space), asked again
  CONSOLE_STORE_ID, // Código da loja
  'Loja do Console', // Nome da loja
  'America/Sao Paulo', // Fuso horário: refused (space for the underscore), asked again
  '', // Fuso horário: America/Sao_Paulo
  '', // Endereço do relay: none, so no enrollment code is asked
];

/**
 * `--interactive-provisioning`: the first boot of a store installed by hand. No provisioning file;
 * chefia-firstboot asks its questions on tty1 and the test types the answers on the machine's
 * keyboard (qemu's sendkey), a store code and a time zone typed wrong first; then the appliance must
 * come up as the store typed after the corrections, with the initial admin password printed on the
 * console. The fiscal setup is not asked at first boot (the back office's Fiscal page does it).
 */
async function interactiveProvisioning(work: string): Promise<void> {
  const store = await StoreMachine.create(work, image, [], DISK_MIB);
  try {
    await step('1c first boot provisioned on tty1 (answers typed on the keyboard) to ready', async () => {
      const started = Date.now();
      store.powerOn();
      await store.waitForConsole(/chefia-firstboot: Chefia POS — configuração inicial da loja/, READY_TIMEOUT_MS);
      // The dialog owns tty1 now: what is typed waits in the terminal for each question in turn.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await store.screenshot(join(out, 'firstboot-tty1.png'));
      await store.type(CONSOLE_ANSWERS.map((answer) => `${answer}\n`).join(''));
      const [, adminPassword] = await store.waitForConsole(/Senha inicial do usuário admin: (\S+)/, 10 * 60_000);
      await store.screenshot(join(out, 'firstboot-tty1-done.png'));
      await store.waitForConsole(READY, READY_TIMEOUT_MS);
      const seconds = Math.round((Date.now() - started) / 1000);
      figures.push(`boot-to-ready (first boot, answers typed on tty1): ${seconds} s`);
      const health = (await (await fetch(`${store.baseUrl}/health`)).json()) as { data: { storeId: string } };
      if (health.data.storeId !== CONSOLE_STORE_ID) throw new Error(`the store runs as ${health.data.storeId}, typed ${CONSOLE_STORE_ID}`);
      await new ApiClient(store.baseUrl).login('admin', adminPassword);
      await store.pullPlug();
      const raw = join(work, 'after-console.raw');
      const files = join(work, 'after-console');
      store.exportDisk(raw);
      copyFromDataPartition(raw, ['/config/appliance.env'], files);
      rmSync(raw);
      const env = readFileSync(join(files, 'appliance.env'), 'utf8');
      if (!env.includes('CHEFIA_STORE_NAME=Loja do Console') || !env.includes('CHEFIA_TIME_ZONE=America/Sao_Paulo')) throw new Error(`appliance.env: ${env}`);
      return `ready after ${seconds} s as ${CONSOLE_STORE_ID}, admin logged in with the password shown on the console (a wrong store code and time zone asked again); screens in ${out}/firstboot-tty1*.png`;
    });
  } finally {
    await store.pullPlug();
  }
}

async function main(): Promise<number> {
  if (!existsSync(image)) throw new Error(`${image} not found: run npm run os-image:build first`);
  const work = mkdtempSync(join(tmpdir(), 'chefia-image-test-'));
  if (process.argv.includes('--interactive-provisioning')) {
    try {
      await interactiveProvisioning(work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    for (const s of steps) console.log(`${s.ok ? 'PASS' : 'FAIL'} ${s.step}: ${s.detail}`);
    for (const f of figures) console.log(`figure: ${f}`);
    return steps.every((s) => s.ok) ? 0 : 1;
  }
  let machine: StoreMachine | undefined;
  let browser: Browser | undefined;
  const { bundles, secondsPerBundle } = prepareUpdateBundles(out);
  figures.push(`update bundle (npm run os-image:bundle): ${secondsPerBundle} s`);
  try {
    const store = await StoreMachine.create(work, image, [provisioningDisk(work)], DISK_MIB);
    machine = store;
    let orderId = '';
    const booted = await step('1 first boot (provisioned from chefia-provision.env) to ready', async () => {
      const seconds = await bootToReady(store);
      figures.push(`boot-to-ready (first boot, provisioning): ${seconds} s`);
      // The image's data partition is 256 MiB; on a disk of DISK_MIB it must have taken the rest.
      const [, dataMiB] = await store.waitForConsole(GROWN, 60_000);
      if (Number(dataMiB) < DISK_MIB - 1024) throw new Error(`the data partition is ${dataMiB} MiB on a ${DISK_MIB} MiB disk: not grown`);
      return `ready after ${seconds} s, data partition grown to ${dataMiB} MiB on a ${DISK_MIB} MiB disk`;
    });
    const sold =
      booted &&
      (await step('2 /health, /kds and /pos in Chromium, order sold, ticket on MQTT', async () => {
        browser = await launchChromium();
        const sale = await sellAndSeeTicket(store, browser);
        orderId = sale.orderId;
        return sale.detail;
      }));
    const survived =
      sold &&
      (await step('3 plug pulled: order and database intact, served after the next boot', async () => {
        await store.pullPlug();
        const onDisk = checkDiskAfterPowerCut(store, work, orderId);
        const seconds = await bootToReady(store);
        figures.push(`boot-to-ready (after a power cut): ${seconds} s`);
        const pos = await new ApiClient(store.baseUrl).login('admin', ADMIN_PASSWORD);
        const order = await pos.get(`/orders/${orderId}`);
        if (order.status !== 200) throw new Error(`order ${orderId} not served after reboot: ${order.status}`);
        return `${onDisk}; after reboot (ready in ${seconds} s) /orders/${orderId} is ${order.body.data.status}`;
      }));
    if (survived) await runUpdateSteps({ machine: store, out, work, adminPassword: ADMIN_PASSWORD, step, figures, bootToReady, bundles });
  } finally {
    await browser?.close();
    await machine?.pullPlug();
    if (machine && steps.some((s) => !s.ok)) keepFailedRun(machine, work);
    rmSync(work, { recursive: true, force: true });
  }
  for (const s of steps) console.log(`${s.ok ? 'PASS' : 'FAIL'} ${s.step}: ${s.detail}`);
  for (const f of figures) console.log(`figure: ${f}`);
  return steps.length >= 5 && steps.every((s) => s.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
