import { z } from 'zod';
import { listSerialPorts } from '../devices/serial-detect.js';
import { detectUsbDevices } from '../devices/usb-detect.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import { AppError, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import type { HardwareRuntime } from './hardware-runtime.js';
import { hardwareInputSchema } from './model.js';
import { configureHardware, findHardware, listHardware, removeHardware } from './registry.js';
import { DEFAULT_SCALE_WAIT_MS, readChargeableWeight } from './scale-weight.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const weightQuery = lazySchema(() => z.object({ maxWaitMs: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_SCALE_WAIT_MS) }));
const virtualWeightBody = lazySchema(() => z
  .object({ state: z.enum(['stable', 'unstable', 'negative', 'overload']), grams: z.number().int().min(0).max(1_000_000).optional() })
  .strict()
  .refine((b) => (b.state === 'stable') === (b.grams !== undefined), { message: 'grams é obrigatório quando state é stable, e só nesse caso' }));
const virtualScanBody = lazySchema(() => z.object({ code: z.string().trim().min(1).max(64) }).strict());

export function registerHardwareRoutes(ctx: ModuleContext, runtime: HardwareRuntime, profiles: DeviceProfile[]): void {
  const manage = requirePermission('devices.manage');

  ctx.api.get('/hardware', routeDoc({ tag: 'hardware', summary: 'Configured peripherals (scales, scanners, displays, drawers)', response: () => import('./answers.js').then((a) => a.hardwareListAnswer) }), manage, (c) => ok(c, listHardware(ctx.db)));

  // Registered before `/hardware/:id` so "usb" and "serial-ports" are never read as device ids.
  ctx.api.get('/hardware/usb', routeDoc({ tag: 'hardware', summary: 'USB devices attached, matched to known profiles', response: () => import('./answers.js').then((a) => a.usbScanAnswer) }), manage, async (c) => ok(c, await detectUsbDevices(profiles)));
  ctx.api.get(
    '/hardware/serial-ports',
    routeDoc({ tag: 'hardware', summary: 'Serial ports with a device behind them, matched to known profiles by their USB adapter', response: () => import('./answers.js').then((a) => a.serialPortsAnswer) }),
    manage,
    (c) => ok(c, listSerialPorts(profiles)),
  );

  ctx.api.get('/hardware/:id', routeDoc({ tag: 'hardware', summary: 'One peripheral, online or with its problem', errors: { 404: ['HARDWARE_NOT_FOUND'] }, response: () => import('./answers.js').then((a) => a.hardwareStatusAnswer) }), manage, (c) => {
    const device = findHardware(ctx.db, readParam(c, 'id'));
    if (!device) throw notFound('HARDWARE_NOT_FOUND', { id: c.req.param('id') });
    const problem = runtime.offline()[device.id] ?? null;
    return ok(c, { ...device, online: runtime.live(device.id) !== null && problem === null, problem });
  });

  ctx.api.post('/hardware', routeDoc({ tag: 'hardware', summary: 'Configure a peripheral', body: hardwareInputSchema, response: () => import('./answers.js').then((a) => a.hardwareDeviceAnswer) }), manage, async (c) => {
    const input = await readJson(c, hardwareInputSchema);
    const response = await runCommand(c, 'hardware.configure', (tx) => configureHardware(tx, input, profiles));
    await runtime.sync();
    return response;
  });

  ctx.api.delete('/hardware/:id', routeDoc({ tag: 'hardware', summary: 'Remove a peripheral', errors: { 404: ['HARDWARE_NOT_FOUND'] }, response: () => import('./answers.js').then((a) => a.hardwareDeviceAnswer) }), manage, async (c) => {
    const id = readParam(c, 'id');
    const response = await runCommand(c, 'hardware.remove', (tx) => removeHardware(tx, id));
    await runtime.sync();
    return response;
  });

  // Selling by weight is the cashier's job, so reading a scale needs the right to add items.
  ctx.api.get('/devices/:id/weight', routeDoc({ tag: 'hardware', summary: 'A stable, chargeable weight from a scale (waits up to maxWaitMs)', query: weightQuery, response: () => import('./answers.js').then((a) => a.chargeableWeightAnswer), errors: { 422: ['SCALE_WEIGHT_UNSTABLE', 'SCALE_WEIGHT_NEGATIVE', 'SCALE_WEIGHT_OVERLOAD', 'HARDWARE_NOT_A_SCALE'], 503: ['SCALE_TIMEOUT', 'SCALE_UNAVAILABLE'] } }), requirePermission('scales.read'), async (c) => {
    const { maxWaitMs } = readQuery(c, weightQuery);
    return ok(c, await readChargeableWeight(runtime, readParam(c, 'id'), maxWaitMs));
  });

  // Virtual devices only: what the demo and trainees use instead of a real platter, scanner or pole.
  ctx.api.post('/hardware/:id/virtual/weight', routeDoc({ tag: 'hardware', summary: 'Put a weight on a virtual scale (tests and demos)', body: virtualWeightBody, errors: { 422: ['HARDWARE_NOT_VIRTUAL'] }, response: () => import('./answers.js').then((a) => a.virtualWeightAnswer) }), manage, async (c) => {
    const live = runtime.live(readParam(c, 'id'));
    const body = await readJson(c, virtualWeightBody);
    if (live?.kind !== 'scale' || !live.virtualScale) throw new AppError('HARDWARE_NOT_VIRTUAL', 422, 'HARDWARE_NOT_VIRTUAL');
    live.virtualScale.place(body.state === 'stable' ? { state: 'stable', grams: body.grams! } : { state: body.state, grams: null });
    return ok(c, body);
  });

  ctx.api.post('/hardware/:id/virtual/scan', routeDoc({ tag: 'hardware', summary: 'Scan a code on a virtual scanner (tests and demos)', body: virtualScanBody, status: 202, errors: { 422: ['HARDWARE_NOT_VIRTUAL'] }, response: () => import('./answers.js').then((a) => a.virtualScanAnswer) }), manage, async (c) => {
    const live = runtime.live(readParam(c, 'id'));
    const body = await readJson(c, virtualScanBody);
    if (live?.kind !== 'scanner' || !live.virtualScanner) throw new AppError('HARDWARE_NOT_VIRTUAL', 422, 'HARDWARE_NOT_VIRTUAL');
    live.virtualScanner.scan(body.code);
    return ok(c, { code: body.code }, 202);
  });

  ctx.api.get('/hardware/:id/virtual/display', routeDoc({ tag: 'hardware', summary: 'What a virtual customer display shows', errors: { 422: ['HARDWARE_NOT_VIRTUAL'] }, response: () => import('./answers.js').then((a) => a.virtualDisplayAnswer) }), manage, (c) => {
    const live = runtime.live(readParam(c, 'id'));
    if (live?.kind !== 'customer-display' || !live.virtualDisplay) throw new AppError('HARDWARE_NOT_VIRTUAL', 422, 'HARDWARE_NOT_VIRTUAL');
    return ok(c, { lines: live.virtualDisplay.lines() });
  });
}
