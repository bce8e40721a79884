import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { ApiClient } from '../../test/support/http-client.js';
import type { StoreMachine } from './qemu-store.js';

export interface UpdateStepsContext {
  machine: StoreMachine;
  out: string;
  work: string;
  adminPassword: string;
  step: (name: string, run: () => Promise<string>) => Promise<boolean>;
  figures: string[];
  bootToReady: (machine: StoreMachine) => Promise<number>;
  bundles: UpdateBundles;
}

/** The two bundles steps 4 and 5 install, made before the machine boots. */
export interface UpdateBundles {
  /** The image's version, and the update's (the same tree, version bumped). */
  base: string;
  next: string;
  update: string;
  /** Its appliance exits at start: the rollback test. */
  broken: string;
}

/** Under TCG an install (RAUC writes a 420 MiB slot) and a boot each take minutes. */
const INSTALL_TIMEOUT_MS = 20 * 60_000;
const SLOT_GOOD = /chefia-boot-check: appliance ready on slot ([AB]), version (\S+), slot marked good/;

/** A FAT "USB stick" with the bundle named as chefia-update-media looks for it. */
function updateStick(ctx: UpdateStepsContext, bundle: string, name: string): string {
  const stick = join(ctx.work, `${name}.vfat`);
  const mib = Math.ceil(readFileSync(bundle).length / 1024 / 1024) + 16;
  execFileSync('mkfs.vfat', ['-C', '-n', 'CHEFIA-UPD', stick, String(mib * 1024)], { stdio: 'ignore' });
  execFileSync('mcopy', ['-i', stick, bundle, '::/chefia-update.raucb']);
  return stick;
}

/** `npm run os-image:bundle` as a technician runs it: the bundle file it wrote. */
function makeBundle(out: string, version: string, broken: boolean): string {
  execFileSync(join(repoRoot(), 'os-image', 'bundle.sh'), ['--version', version, ...(broken ? ['--broken'] : [])], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHEFIA_IMAGE_OUT: out } });
  return join(out, `chefia-update-${version}.raucb`);
}

/**
 * Both bundles, made before the machine boots: making one (mksquashfs on every core) while qemu runs
 * starves the emulated machine for the better part of a minute, long enough for its forwarded ports
 * to stop answering. Answers the bundles and how long one bundle took.
 */
export function prepareUpdateBundles(out: string): { bundles: UpdateBundles; secondsPerBundle: number } {
  const base = readFileSync(join(out, 'version'), 'utf8').trim();
  const next = `${base}-update1`;
  const started = Date.now();
  const update = makeBundle(out, next, false);
  const secondsPerBundle = Math.round((Date.now() - started) / 1000);
  return { bundles: { base, next, update, broken: makeBundle(out, `${base}-broken`, true) }, secondsPerBundle };
}

/** Shuts the store down, boots it with the stick: chefia-update-media installs and reboots. */
async function installFromStick(ctx: UpdateStepsContext, stick: string): Promise<void> {
  const { machine } = ctx;
  await machine.pullPlug();
  machine.attachDisks([stick]);
  machine.powerOn();
  await machine.waitForConsole(/chefia-update-media: installed, rebooting/, INSTALL_TIMEOUT_MS);
  await machine.waitForPowerCycle(5 * 60_000);
  machine.attachDisks([]);
}

/**
 * The back office's way: the bundle uploaded to `POST /api/v1/system/updates` as the admin page
 * sends it; the appliance spools it, the image's root watcher (chefia-update-spool) installs it and
 * reboots. Answers the status the upload answered.
 */
async function installFromBackOffice(ctx: UpdateStepsContext, bundle: string): Promise<string> {
  const { machine } = ctx;
  // undici says only `fetch failed`; the socket's own error is the cause, the console the context.
  const failed = (what: string) => (error: Error) => {
    throw new Error(`${what} failed: ${String((error.cause as Error | undefined)?.message ?? error.message)}\n${machine.consoleTail(30)}`);
  };
  const admin = await new ApiClient(machine.baseUrl).login('admin', ctx.adminPassword).catch(failed('login'));
  const res = await fetch(`${machine.baseUrl}/api/v1/system/updates`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${admin.token}` },
    body: readFileSync(bundle),
  }).catch(failed('upload'));
  const answer = (await res.json()) as { data: { state: string; sha256: string } | null; error: unknown };
  if (res.status !== 202 || answer.data?.state !== 'queued') throw new Error(`upload answered ${res.status} ${JSON.stringify(answer)}`);
  await machine.waitForConsole(/chefia-update-spool: installed, rebooting/, INSTALL_TIMEOUT_MS);
  await machine.waitForPowerCycle(5 * 60_000);
  return answer.data.sha256;
}

/** GET /api/v1/system/updates as the back office reads it. */
async function updateStatus(ctx: UpdateStepsContext): Promise<{ state: string; version?: string; runningVersion?: string; sha256?: string }> {
  const admin = await new ApiClient(ctx.machine.baseUrl).login('admin', ctx.adminPassword);
  const res = await admin.get('/system/updates');
  if (res.status !== 200) throw new Error(`GET /system/updates answered ${res.status}`);
  return res.body.data;
}

async function sellOnce(ctx: UpdateStepsContext): Promise<string> {
  const pos = await new ApiClient(ctx.machine.baseUrl).login('admin', ctx.adminPassword);
  const created = await pos.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
  if (created.status !== 201) throw new Error(`order not created: ${created.status} ${JSON.stringify(created.body)}`);
  const confirmed = await pos.post(`/orders/${created.body.data.id}/confirm`);
  if (confirmed.status !== 200) throw new Error(`order not confirmed: ${confirmed.status}`);
  return created.body.data.id as string;
}

/**
 * Steps 4 and 5 of the image test, each through one of the two ways a store gets an update: a
 * bundle of the same tree with a bumped version, uploaded from the back office, installs into the
 * inactive slot and runs; then a deliberately broken bundle (its appliance exits at start) on a USB
 * stick installs, fails to become ready, and the machine falls back to the previous slot by itself.
 */
export async function runUpdateSteps(ctx: UpdateStepsContext): Promise<void> {
  const { machine, step, figures } = ctx;
  const { next } = ctx.bundles;
  let goodSlot = '';
  // `--update-via-stick`: step 4 through the USB stick too (the upload route is the default).
  const viaStick = process.argv.includes('--update-via-stick');
  const updated = await step(`4 update bundle ${next} ${viaStick ? 'installed from a USB stick' : 'uploaded from the back office (POST /system/updates)'} runs`, async () => {
    const bundle = ctx.bundles.update;
    const started = Date.now();
    if (viaStick) {
      await installFromStick(ctx, updateStick(ctx, bundle, 'update-good'));
      const readyAfterInstall = await ctx.bootToReady(machine);
      const [, slot, version] = await machine.waitForConsole(SLOT_GOOD, 5 * 60_000);
      if (version !== next) throw new Error(`slot ${slot} runs version ${version}, expected ${next}`);
      goodSlot = slot;
      figures.push(`update (stick inserted → new version ready and marked good): ${Math.round((Date.now() - started) / 1000)} s`);
      return `slot ${slot} runs ${version} (ready ${readyAfterInstall} s after the reboot), order ${await sellOnce(ctx)} sold`;
    }
    const sha256 = await installFromBackOffice(ctx, bundle);
    const readyAfterInstall = await ctx.bootToReady(machine);
    const [, slot, version] = await machine.waitForConsole(SLOT_GOOD, 5 * 60_000);
    if (version !== next) throw new Error(`slot ${slot} runs version ${version}, expected ${next}`);
    goodSlot = slot;
    const seconds = Math.round((Date.now() - started) / 1000);
    figures.push(`update (bundle uploaded → new version ready and marked good): ${seconds} s`);
    // The boot check writes the status just after it logs the slot good: give it a moment.
    let status = await updateStatus(ctx);
    for (let tries = 0; status.state !== 'running' && tries < 12; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      status = await updateStatus(ctx);
    }
    if (status.state !== 'running' || status.version !== next || status.runningVersion !== next || status.sha256 !== sha256) throw new Error(`GET /system/updates after the update: ${JSON.stringify(status)}`);
    const orderId = await sellOnce(ctx);
    return `slot ${slot} runs ${version} (ready ${readyAfterInstall} s after the reboot), the back office reads it running, order ${orderId} sold`;
  });
  if (!updated) return;
  await step('5 broken bundle from a USB stick: the machine falls back to the previous slot by itself and sells again', async () => {
    const stick = updateStick(ctx, ctx.bundles.broken, 'update-broken');
    await installFromStick(ctx, stick);
    const started = Date.now();
    // The broken slot boots, its appliance exits at every start, chefia-boot-check marks it bad and
    // reboots (qemu runs with -no-reboot, so the machine stops and is powered on again here).
    machine.powerOn();
    await machine.waitForConsole(/chefia-boot-check: slot [AB] marked bad, rebooting into slot [AB]/, INSTALL_TIMEOUT_MS);
    await machine.waitForPowerCycle(5 * 60_000);
    await ctx.bootToReady(machine);
    const [, slot, version] = await machine.waitForConsole(SLOT_GOOD, 5 * 60_000);
    if (slot !== goodSlot || version !== next) throw new Error(`after the fallback slot ${slot} runs ${version}, expected slot ${goodSlot} with ${next}`);
    const seconds = Math.round((Date.now() - started) / 1000);
    figures.push(`rollback (boot into the broken slot → previous slot ready again): ${seconds} s`);
    const orderId = await sellOnce(ctx);
    return `fell back to slot ${slot} (${version}) in ${seconds} s, order ${orderId} sold`;
  });
}
