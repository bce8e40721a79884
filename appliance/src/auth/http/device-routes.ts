import { z } from 'zod';
import { AppError, notFound } from '../../kernel/errors.js';
import { runCommand } from '../../kernel/http/command-route.js';
import { ok, paged } from '../../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../../kernel/http/pagination.js';
import { requirePermission } from '../../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../../kernel/http/validation.js';
import { pairDevice, registerDevice, reissuePairingCode, revokeDevice } from '../devices/device-commands.js';
import { deviceSchema, devices, toDevice, type DeviceRow } from '../devices/device-store.js';
import { DEVICE_KINDS } from '../permissions.js';
import type { AuthRuntime } from '../runtime.js';
import { clientAddress } from './client-address.js';
import { safeText } from '../../kernel/safe-text.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

// Station codes as the kitchen names them (GRILL, FRYER): they become the device's MQTT topics.
const station = lazySchema(() => z.string().transform((s) => s.trim().toUpperCase()).pipe(z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'código de estação, como GRILL')));
const registerBody = lazySchema(() => z.object({
  name: safeText(100),
  kind: z.enum(DEVICE_KINDS),
  stations: z.array(station).max(20).default([]),
}));
const pairBody = lazySchema(() => z.object({ code: z.string().trim().min(1).max(32) }));
const registrationResponse = lazySchema(() => z.object({ device: deviceSchema, pairingCode: z.string() }));
const pairResponse = lazySchema(() => z.object({
  device: deviceSchema,
  /** Shown once: the appliance keeps only its hash. */
  deviceToken: z.string(),
  storeId: z.string(),
  mqttUsername: z.string(),
}));
const listQuery = lazySchema(() => pageQuery(['name', 'kind', 'status', 'created_at'], 'created_at:asc').extend({
  kind: z.enum(DEVICE_KINDS).optional(),
  status: z.enum(['PENDING', 'ACTIVE', 'REVOKED']).optional(),
}));

export function registerDeviceRoutes(rt: AuthRuntime): void {
  /**
   * Closes a device's MQTT connection inside the command that revokes it or replaces its token:
   * with group-fsync the change is visible before the request resumes, and the old connection must
   * not go on publishing meanwhile; a reconnect attempt already finds the change committed.
   */
  const disconnectingDevice = <T>(id: string, result: T): T => {
    rt.ctx.mqtt.disconnect(id);
    return result;
  };
  const { api, queryDb, db } = rt.ctx;
  const manage = requirePermission('devices.manage');

  api.post('/devices', routeDoc({ tag: 'devices', summary: 'Register a device (terminal, tablet, KDS) and get its pairing code', response: () => registrationResponse, body: registerBody, status: 201, errors: { 422: ['KDS_STATIONS_REQUIRED'] } }), manage, async (c) => {
    const body = await readJson(c, registerBody);
    return runCommand(c, 'auth.register_device', (tx) => registerDevice(tx, { ...body, stations: [...new Set(body.stations)] }), 201);
  });

  api.get('/devices', routeDoc({ tag: 'devices', summary: 'List devices', response: () => deviceSchema, query: listQuery, paged: true }), manage, async (c) => {
    const q = readQuery(c, listQuery);
    let query = queryDb.selectFrom('devices');
    if (q.kind) query = query.where('kind', '=', q.kind);
    if (q.status) query = query.where('status', '=', q.status);
    const rows = await query.selectAll().orderBy(q.sort.field, q.sort.direction).orderBy('id').limit(q.size).offset(offsetOf(q)).execute();
    const total = Number((await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return paged(c, (rows as DeviceRow[]).map(toDevice), { page: q.page, size: q.size, total });
  });

  api.get('/devices/:id', routeDoc({ tag: 'devices', summary: 'One device', response: () => deviceSchema, errors: { 404: ['DEVICE_NOT_FOUND'] } }), manage, (c) => {
    const row = devices.find(db, readParam(c, 'id'));
    if (!row) throw notFound('DEVICE_NOT_FOUND');
    return ok(c, toDevice(row));
  });

  api.post('/devices/:id/pairing-code', routeDoc({ tag: 'devices', summary: 'Issue a new pairing code (the old token stops working)', response: () => registrationResponse, status: 201, errors: { 404: ['DEVICE_NOT_FOUND'], 422: ['DEVICE_REVOKED'] } }), manage, async (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'auth.reissue_pairing_code', (tx) => disconnectingDevice(id, reissuePairingCode(tx, id)), 201);
  });

  api.post('/devices/:id/revoke', routeDoc({ tag: 'devices', summary: 'Revoke a device: its token and MQTT connection stop at once', response: () => deviceSchema, errors: { 404: ['DEVICE_NOT_FOUND'], 422: ['DEVICE_REVOKED'] } }), manage, async (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'auth.revoke_device', (tx) => disconnectingDevice(id, revokeDevice(tx, id)));
  });

  // No Idempotency-Key replay: the answer holds the device token, which is never stored in clear.
  api.post('/devices/pair', routeDoc({ tag: 'devices', summary: 'Pair a device with its code: the device token and MQTT username', body: pairBody, response: () => pairResponse, security: [], errors: { 401: ['PAIRING_CODE_INVALID'], 429: ['RATE_LIMITED'] } }), async (c) => {
    const body = await readJson(c, pairBody);
    const address = clientAddress(c);
    const addressKey = `addr:${address ?? 'unknown'}`;
    const rateLimited = (nowMs: number) =>
      new AppError('RATE_LIMITED', 429, 'RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(rt.addressFailures.retryAfterMs(addressKey, nowMs) / 1000)) });
    if (rt.addressFailures.exceeded(addressKey, rt.now().getTime())) throw rateLimited(rt.now().getTime());
    const outcome = await rt.run(
      'auth.pair_device',
      (tx) => {
        // Again in the command: codes sent in parallel all pass the check above before any is
        // found wrong, and commands run one after the other, each seeing the failures before it.
        if (rt.addressFailures.exceeded(addressKey, tx.now.getTime())) throw rateLimited(tx.now.getTime());
        const paired = pairDevice(tx, body.code, address);
        // Counted as the code is found wrong: with group-fsync the request resumes only after its
        // batch's fsync, and guesses checked meanwhile must already meet this one at the limit.
        if (!paired.ok) rt.addressFailures.record(addressKey, tx.now.getTime());
        return paired;
      },
      null,
      c.get('correlationId'),
    );
    if (!outcome.ok) throw new AppError('PAIRING_CODE_INVALID', 401);
    return ok(c, {
      device: outcome.device,
      deviceToken: outcome.deviceToken,
      storeId: rt.ctx.config.storeId,
      mqttUsername: outcome.device.id,
    });
  });
}
