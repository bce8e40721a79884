import fc from 'fast-check';
import mqtt from 'mqtt';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

const HTTP_CASES = 4_000;
const MQTT_RAW_CASES = 600;
const MQTT_PUBLISH_CASES = 400;

const ROUTES = [
  '/customers',
  '/business-days/open',
  '/auth/login',
  '/auth/refresh',
  '/orders',
  '/categories',
  '/products',
  '/cashier-sessions',
  '/devices',
  '/devices/pair',
];

const jsonish = fc.oneof(
  fc.json(),
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ name: fc.anything(), items: fc.anything(), channel: fc.anything(), date: fc.anything(), username: fc.anything() }).map((v) => {
    try {
      return JSON.stringify(v);
    } catch {
      return '{';
    }
  }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** Raw bytes on the MQTT port: random garbage, and CONNECT-shaped packets with broken fields. */
const mqttBytes = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 200 }),
  fc.tuple(fc.uint8Array({ maxLength: 60 }), fc.integer({ min: 0, max: 255 })).map(([body, flags]) => {
    const header = Buffer.from([0x10, body.length + 10, 0, 4, 0x4d, 0x51, 0x54, 0x54, 4, flags, 0, 30]);
    return new Uint8Array(Buffer.concat([header, Buffer.from(body)]));
  }),
  fc.uint8Array({ maxLength: 40 }).map((b) => new Uint8Array(Buffer.concat([Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]), Buffer.from(b)]))),
);

function sendRaw(port: number, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.from(bytes)));
    socket.on('data', () => undefined);
    socket.setTimeout(500, () => socket.destroy());
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
  });
}

describe('fuzzing the HTTP API and the MQTT port', () => {
  let appliance: ApplianceProcess;
  let client: ApiClient;

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_LOG_LEVEL: 'warn', CHEFIA_DEMO: '1' } });
    client = await new ApiClient(appliance.baseUrl).login();
  });
  afterAll(() => appliance.stop());

  it(`answers ${HTTP_CASES} random or malformed bodies without a 5xx`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        jsonish,
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''),
        fc.boolean(),
        async (route, body, contentType, authenticated) => {
          const res = await fetch(`${appliance.baseUrl}/api/v1${route}`, {
            method: 'POST',
            headers: {
              ...(contentType ? { 'content-type': contentType } : {}),
              ...(authenticated ? { authorization: `Bearer ${client.token}` } : {}),
            },
            body,
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = await res.text();
          if (res.status >= 500) throw new Error(`${res.status} for POST ${route} ${JSON.stringify(body).slice(0, 200)}: ${text}`);
          expect(JSON.parse(text).success).toBeTypeOf('boolean');
        },
      ),
      { numRuns: HTTP_CASES },
    );
    expect([...statuses.keys()].some((s) => s >= 400 && s < 500)).toBe(true);
  }, 300_000);

  it(`survives ${MQTT_RAW_CASES} malformed MQTT packets and ${MQTT_PUBLISH_CASES} garbage commands`, async () => {
    await fc.assert(
      fc.asyncProperty(mqttBytes, async (bytes) => {
        await sendRaw(appliance.mqttPort, bytes);
      }),
      { numRuns: MQTT_RAW_CASES },
    );
    // An authenticated manager may publish to command topics: the handlers behind them must
    // shrug off any payload.
    const manager = await mqtt.connectAsync(`mqtt://127.0.0.1:${appliance.mqttPort}`, {
      username: 'admin',
      password: client.token!,
      reconnectPeriod: 0,
    });
    const topics = fc.constantFrom(
      'store/demo-store/kds/GRILL/commands',
      'store/demo-store/kds/EXPO/commands',
      'store/demo-store/kds/../commands',
      'store/demo-store/orders/commands',
    );
    await fc.assert(
      fc.asyncProperty(topics, jsonish, async (topic, payload) => {
        await manager.publishAsync(topic, payload, { qos: 1 });
      }),
      { numRuns: MQTT_PUBLISH_CASES },
    );
    await manager.endAsync();
    const health = await fetch(`${appliance.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(appliance.proc.exitCode).toBeNull();
  }, 300_000);
});
