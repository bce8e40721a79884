import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { connectPacket, fixedHeader, utf8 } from '../../appliance/src/kernel/testing/mqtt-packets.js';

/** Resident set size of a process in bytes, from `/proc/<pid>/status` (VmRSS). */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** Samples a process's RSS every `intervalMs` until stopped; `peak` is the highest seen. */
export function sampleRss(pid: number, intervalMs = 20): { stop(): number; peak(): number } {
  let peak = rssBytes(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, rssBytes(pid));
    } catch {
      // the process is gone; the last peak stands
    }
  }, intervalMs);
  return {
    peak: () => peak,
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

const connectHeader = (remainingLength: number) => fixedHeader(0x10, remainingLength);

/** A masked binary WebSocket frame header for a client frame of `length` bytes (mask key 0, so the payload goes as is). */
export function wsFrameHeader(length: number, final = true): Buffer {
  const first = (final ? 0x80 : 0) | 0x02;
  if (length < 126) return Buffer.from([first, 0x80 | length, 0, 0, 0, 0]);
  if (length < 65536) return Buffer.from([first, 0x80 | 126, length >> 8, length & 0xff, 0, 0, 0, 0]);
  const header = Buffer.alloc(14);
  header[0] = first;
  header[1] = 0x80 | 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

export interface StreamOutcome {
  sentBytes: number;
  /** The server ended or reset the connection before the deadline. */
  cutByServer: boolean;
  elapsedMs: number;
}

function openTcp(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Completes a WebSocket upgrade to `/mqtt` by hand, so frames can be written raw afterwards. */
async function openWebSocket(httpPort: number): Promise<Socket> {
  const socket = await openTcp(httpPort);
  const key = randomBytes(16).toString('base64');
  socket.write(
    `GET /mqtt HTTP/1.1\r\nHost: 127.0.0.1:${httpPort}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: mqtt\r\n\r\n`,
  );
  await new Promise<void>((resolve, reject) => {
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (head.startsWith('HTTP/1.1 101')) resolve();
      else reject(new Error(`upgrade refused: ${head.split('\r\n')[0]}`));
    };
    socket.on('data', onData);
    socket.once('close', () => reject(new Error('closed during upgrade')));
  });
  return socket;
}

/**
 * Writes `header`, then zeros chunk by chunk (each wrapped by `frame`), honouring backpressure,
 * until `total` bytes went out, the server cut the connection, or `deadlineMs` passed.
 */
function stream(socket: Socket, header: Buffer, total: number, deadlineMs: number, frame: (chunk: Buffer) => Buffer[]): Promise<StreamOutcome> {
  const started = Date.now();
  const zeros = Buffer.alloc(64 * 1024);
  return new Promise((resolve) => {
    let sent = 0;
    let cut = false;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ sentBytes: sent, cutByServer: cut, elapsedMs: Date.now() - started });
    };
    const timer = setTimeout(finish, deadlineMs);
    socket.on('data', () => undefined);
    socket.once('close', () => {
      cut = !finished;
      finish();
    });
    socket.on('error', () => undefined);
    const pump = () => {
      while (!finished && !socket.destroyed && sent < total) {
        const chunk = zeros.subarray(0, Math.min(zeros.length, total - sent));
        sent += chunk.length;
        let ok = true;
        for (const piece of frame(chunk)) ok = socket.write(piece) && ok;
        if (!ok) return void socket.once('drain', pump);
      }
    };
    socket.write(header);
    pump();
  });
}

/** MQTT over TCP: a CONNECT announcing `total` bytes, then zeros. */
export async function floodTcpConnect(mqttPort: number, total: number, deadlineMs: number): Promise<StreamOutcome> {
  return stream(await openTcp(mqttPort), connectHeader(total), total, deadlineMs, (chunk) => [chunk]);
}

/** MQTT over WebSocket, the CONNECT spread over many 64 KiB frames. */
export async function floodWebSocketFrames(httpPort: number, total: number, deadlineMs: number): Promise<StreamOutcome> {
  const header = connectHeader(total);
  const first = Buffer.concat([wsFrameHeader(header.length), header]);
  return stream(await openWebSocket(httpPort), first, total, deadlineMs, (chunk) => [wsFrameHeader(chunk.length), chunk]);
}

/** MQTT over WebSocket, one frame announcing the whole `total` bytes, then its payload. */
export async function floodWebSocketSingleFrame(httpPort: number, total: number, deadlineMs: number): Promise<StreamOutcome> {
  const header = connectHeader(total);
  const first = Buffer.concat([wsFrameHeader(header.length + total), header]);
  return stream(await openWebSocket(httpPort), first, total, deadlineMs, (chunk) => [chunk]);
}

/**
 * Logs in over MQTT/TCP (waits for a CONNACK accepting it), then publishes QoS 0 to `topic` a
 * PUBLISH announcing `total` payload bytes and streams zeros.
 */
export async function floodTcpPublish(mqttPort: number, login: { username: string; password: string }, topic: string, total: number, deadlineMs: number): Promise<StreamOutcome> {
  const socket = await openTcp(mqttPort);
  socket.write(connectPacket(`flood-${randomBytes(4).toString('hex')}`, login.username, login.password));
  const connack = await new Promise<Buffer>((resolve, reject) => {
    socket.once('data', resolve);
    socket.once('close', () => reject(new Error('closed before CONNACK')));
  });
  if (connack[0] !== 0x20 || connack[3] !== 0) throw new Error(`CONNECT refused: ${connack.toString('hex')}`);
  const topicBytes = utf8(topic);
  const header = Buffer.concat([fixedHeader(0x30, topicBytes.length + total), topicBytes]);
  return stream(socket, header, total, deadlineMs, (chunk) => [chunk]);
}
