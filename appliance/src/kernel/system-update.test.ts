import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './paths.js';
import { UPDATE_SPOOL_DIR } from './system-update.js';
import { startTestAppliance, type TestAppliance } from './testing/harness.js';

/** What the OS image's root scripts source to write and read the status (os-image/rootfs). */
const STATUS_LIB = join(repoRoot(), 'os-image', 'rootfs', 'usr', 'local', 'lib', 'chefia', 'update-status.sh');

/** A stand-in bundle: RAUC bundles are squashfs images, so it starts with the squashfs magic. */
const bundle = (bytes: number) => Buffer.concat([Buffer.from('hsqs', 'latin1'), randomBytes(bytes - 4)]);
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('system updates from the back office (kernel routes, spool for the OS image)', () => {
  let app: TestAppliance;
  let spool: string;
  const admin = () => app.bearer(['system.update'], { id: 'user-admin', role: 'ADMIN' });
  const upload = async (body: Buffer | string, headers: Record<string, string> = {}, authorization = admin()) => {
    const res = await fetch(`${app.baseUrl}/api/v1/system/updates`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', authorization, ...headers }, body: typeof body === 'string' ? body : new Uint8Array(body) });
    return { status: res.status, body: await res.json() };
  };
  const status = async () => (await (await fetch(`${app.baseUrl}/api/v1/system/updates`, { headers: { authorization: admin() } })).json()).data;
  const requested = () => app.ctx.journal.readAfter(0).filter((e) => e.type === 'system.update_requested');
  /** The root watcher's and boot check's status writes, run as they run on the image (sh + update-status.sh). */
  const rootScript = (script: string) => execFileSync('sh', ['-eu', '-c', `. ${STATUS_LIB}; ${script}`], { env: { ...process.env, CHEFIA_UPDATE_SPOOL: spool, CHEFIA_UPDATE_OWNER: `${process.getuid?.()}:${process.getgid?.()}` }, encoding: 'utf8' });

  beforeAll(async () => {
    // 8 MiB: the general request body limit stays at its 1 MiB default, which the upload bypasses.
    app = await startTestAppliance([], { env: { CHEFIA_SYSTEM_UPDATES: '1', CHEFIA_SYSTEM_UPDATE_MAX_BYTES: String(8 * 1024 * 1024) } });
    spool = join(app.dataDir, UPDATE_SPOOL_DIR);
  });
  afterAll(() => app.close());

  it('streams a bundle bigger than the general body limit into the spool, journals who uploaded it, and answers queued', async () => {
    expect(await status()).toEqual({ supported: true, state: 'idle' });
    const first = bundle(3 * 1024 * 1024);
    const res = await upload(first);
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ supported: true, state: 'queued', sha256: sha256(first), sizeBytes: first.length });
    expect(sha256(readFileSync(join(spool, 'bundle.raucb')))).toBe(sha256(first));
    expect(requested().map((e) => [e.aggregateId, e.payload, e.actor?.id])).toEqual([[sha256(first), { sha256: sha256(first), sizeBytes: first.length }, 'user-admin']]);
    // The root scripts read back what the appliance wrote.
    expect(rootScript('update_field state; update_field sha256; update_field sizeBytes').split('\n')).toEqual(['queued', sha256(first), String(first.length), '']);

    // The same bundle again (a retried upload) changes nothing; another one waits for this install.
    expect((await upload(first)).body.data.state).toBe('queued');
    const other = await upload(bundle(64 * 1024));
    expect([other.status, other.body.error.code, other.body.error.message]).toEqual([409, 'SYSTEM_UPDATE_IN_PROGRESS', 'Já há uma atualização do sistema em andamento. Aguarde ela terminar.']);
    expect(requested()).toHaveLength(1);
    expect(readdirSync(spool).sort()).toEqual(['bundle.raucb', 'status.json']);
  });

  it('reports what the root watcher and the boot check write: installing, refused by RAUC, then running after the reboot', async () => {
    const queued = await status();
    // chefia-update-spool moves the bundle out of the appliance's reach, then reports.
    renameSync(join(spool, 'bundle.raucb'), join(app.dataDir, 'taken-by-root.raucb'));
    rootScript(`update_status installing ${queued.sha256} ${queued.sizeBytes} 0.2.0 "" 0.1.0 A`);
    expect(await status()).toMatchObject({ state: 'installing', sha256: queued.sha256, sizeBytes: queued.sizeBytes, version: '0.2.0', runningVersion: '0.1.0', slot: 'A' });
    expect((await upload(bundle(4096))).status).toBe(409);

    rootScript(`update_status failed ${queued.sha256} ${queued.sizeBytes} 0.2.0 "Signature verification failed: certificate \\"x\\" unknown" 0.1.0 A`);
    expect(await status()).toMatchObject({ state: 'failed', detail: 'Signature verification failed: certificate x unknown' });

    // Refused: a new bundle may be uploaded; installed and booted, the boot check reports it running.
    const second = bundle(100 * 1024);
    expect((await upload(second)).status).toBe(202);
    renameSync(join(spool, 'bundle.raucb'), join(app.dataDir, 'taken-by-root-2.raucb'));
    rootScript(`update_status installed ${sha256(second)} ${second.length} 0.2.1 "" 0.1.0 A`);
    rootScript(`update_status running "$(update_field sha256)" "$(update_field sizeBytes)" "$(update_field version)" "" 0.2.1 B`);
    expect(await status()).toMatchObject({ supported: true, state: 'running', sha256: sha256(second), version: '0.2.1', runningVersion: '0.2.1', slot: 'B' });
    expect(requested()).toHaveLength(2);
  });

  it('refuses what cannot be a bundle, the wrong media type, a body over the limit and callers without system.update, leaving nothing behind', async () => {
    const notBundle = await upload('isto não é um pacote');
    expect([notBundle.status, notBundle.body.error.code]).toEqual([422, 'SYSTEM_UPDATE_NOT_A_BUNDLE']);
    expect((await upload(bundle(1024), { 'content-type': 'application/json' })).body.error.code).toBe('SYSTEM_UPDATE_MEDIA_TYPE');
    const tooLarge = await upload(bundle(9 * 1024 * 1024));
    expect([tooLarge.status, tooLarge.body.error.code]).toEqual([413, 'SYSTEM_UPDATE_TOO_LARGE']);
    expect((await upload(bundle(1024), {}, app.bearer(['service.restart'], { id: 'user-gerente', role: 'MANAGER' }))).status).toBe(403);
    expect(readdirSync(spool)).toEqual(['status.json']);
    expect(requested()).toHaveLength(2);
  });
});

describe('system updates on a host without the OS image watcher', () => {
  let app: TestAppliance;
  beforeAll(async () => {
    app = await startTestAppliance([]);
  });
  afterAll(() => app.close());

  it('says so, and refuses uploads with 503 before reading them', async () => {
    const authorization = app.bearer(['system.update']);
    expect((await (await fetch(`${app.baseUrl}/api/v1/system/updates`, { headers: { authorization } })).json()).data).toEqual({ supported: false, state: 'idle' });
    const res = await fetch(`${app.baseUrl}/api/v1/system/updates`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', authorization }, body: new Uint8Array(bundle(2 * 1024 * 1024)) });
    expect([res.status, (await res.json()).error.code]).toEqual([503, 'SYSTEM_UPDATE_NOT_SUPPORTED']);
    expect(existsSync(join(app.dataDir, UPDATE_SPOOL_DIR))).toBe(false);
  });
});
