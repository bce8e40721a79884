import mqtt, { type MqttClient } from 'mqtt';
import type { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogModule } from '../catalog/index.js';
import { closeSerialLine, openSerialLine, writeAndDrain } from '../devices/scale/serial-line.js';
import { openPtyPair, type PtyPair } from '../devices/testing/pty.js';
import { createHardwareModule, type ScanMessage } from '../hardware/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { registerScannerLookup } from './scanner-lookup.js';

describe('serial barcode scanner → catalog → MQTT (socat PTY)', () => {
  let app: TestAppliance;
  let pty: PtyPair;
  let scannerEnd: SerialPort;
  let client: MqttClient;
  const received: ScanMessage[] = [];
  const topic = 'store/demo-store/devices/leitor-1/scans';

  beforeAll(async () => {
    pty = await openPtyPair();
    app = await startTestAppliance([catalogModule, createHardwareModule(), { name: 'scanner-lookup', register: registerScannerLookup }]);
    await catalogModule.seedDemo!(app.ctx);
    client = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'user:ADMIN', password: 'test', reconnectPeriod: 0, connectTimeout: 5000 });
    client.on('message', (t, payload) => {
      if (t === topic) received.push(JSON.parse(payload.toString('utf8')) as ScanMessage);
    });
    await client.subscribeAsync(topic, { qos: 1 });
    // The Zebra DS2208 profile: 9600 8N1, CR after each code.
    scannerEnd = await openSerialLine({ path: pty.b, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 });
    const res = await fetch(`${app.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['devices.manage']) },
      body: JSON.stringify({ id: 'leitor-1', kind: 'scanner', name: 'Leitor do caixa', profileId: 'zebra-ds2208', transport: { type: 'serial', path: pty.a } }),
    });
    expect(res.status).toBe(200);
  });

  afterAll(async () => {
    await client?.endAsync();
    await app?.close();
    if (scannerEnd) await closeSerialLine(scannerEnd);
    await pty?.close();
  });

  const waitFor = async (count: number) => {
    const deadline = Date.now() + 5_000;
    while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return received.slice(0, count);
  };

  it('publishes the product for a known barcode and a pt-BR message for an unknown one, in scan order', async () => {
    const coke = app.ctx.db.prepare("SELECT barcode FROM products WHERE id = 'prod-coke'").pluck().get() as string;
    await writeAndDrain(scannerEnd, Buffer.from(`${coke}\r7890000000000\r`, 'latin1'));
    const [first, second] = await waitFor(2);
    expect(first).toMatchObject({
      scannerId: 'leitor-1',
      code: coke,
      result: 'product',
      product: { productId: 'prod-coke', name: 'Coca-Cola lata 350 ml', unitPriceCents: 690, soldBy: 'UNIT' },
      message: null,
    });
    expect(second).toMatchObject({ code: '7890000000000', result: 'unknown-barcode', product: null, message: 'Código de barras 7890000000000 não cadastrado.' });
  });

  it('refuses a product off the menu (switched off, or in a switched-off category) as the till screen does', async () => {
    const barcodeOf = (id: string) => app.ctx.db.prepare('SELECT barcode FROM products WHERE id = ?').pluck().get(id) as string;
    app.ctx.db.prepare("UPDATE products SET active = 0 WHERE id = 'prod-guarana'").run();
    app.ctx.db.prepare("UPDATE categories SET active = 0 WHERE id = (SELECT category_id FROM products WHERE id = 'prod-beer')").run();
    const before = received.length;
    await writeAndDrain(scannerEnd, Buffer.from(`${barcodeOf('prod-guarana')}\r${barcodeOf('prod-beer')}\r`, 'latin1'));
    const [guarana, beer] = (await waitFor(before + 2)).slice(before);
    expect(guarana).toMatchObject({ code: barcodeOf('prod-guarana'), result: 'product-refused', product: null, message: 'Guaraná lata 350 ml está fora do cardápio agora (desativado, ou numa categoria desativada): não pode ser vendido.' });
    expect(beer).toMatchObject({ code: barcodeOf('prod-beer'), result: 'product-refused', product: null, message: 'Cerveja long neck está fora do cardápio agora (desativado, ou numa categoria desativada): não pode ser vendido.' });
  });

  it('changes no state: scans are not journaled', () => {
    const types = app.ctx.db.prepare("SELECT DISTINCT type FROM journal WHERE type LIKE 'hardware.%' OR type LIKE 'scan%'").pluck().all();
    expect(types).toEqual(['hardware.configured']);
  });

  it('releases the port when the scanner is removed', async () => {
    const res = await fetch(`${app.baseUrl}/api/v1/hardware/leitor-1`, { method: 'DELETE', headers: { authorization: app.bearer(['devices.manage']) } });
    expect(res.status).toBe(200);
    const before = received.length;
    await writeAndDrain(scannerEnd, Buffer.from('7894900011517\r', 'latin1'));
    await new Promise((r) => setTimeout(r, 300));
    expect(received.length).toBe(before);
  });
});
