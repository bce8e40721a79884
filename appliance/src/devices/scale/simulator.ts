import { parseArgs } from 'node:util';
import type { SerialPort } from 'serialport';
import { ENQ } from './frames/ascii.js';
import { oneOf, runWhenEntryPoint, type RunningSimulator } from '../simulator-cli.js';
import { frameCodec, SCALE_FRAMINGS, type FrameCodec, type ScaleFraming, type WireReading } from './frames/index.js';
import { closeSerialLine, openSerialLine, type SerialLineSettings } from './serial-line.js';

export type SimulatorBehaviour = 'answer' | 'silent' | 'corrupt-checksum';

export interface ScaleSimulatorOptions {
  line: SerialLineSettings;
  framing: ScaleFraming;
  checksum: boolean;
  weightDecimals: number;
}

/**
 * A Toledo/Filizola indicator on the far end of a serial line: every ENQ it
 * receives is answered with one frame describing what is on the platter.
 * `silent` models a scale that is off; `corrupt-checksum` a noisy cable.
 */
export class ScaleSimulator {
  private readonly codec: FrameCodec;
  private port: SerialPort | null = null;
  private reading: WireReading = { state: 'stable', grams: 0 };
  private behaviour: SimulatorBehaviour = 'answer';
  private enquiries = 0;

  constructor(private readonly options: ScaleSimulatorOptions) {
    this.codec = frameCodec(options.framing, { checksum: options.checksum, weightDecimals: options.weightDecimals });
  }

  async start(): Promise<void> {
    const port = await openSerialLine(this.options.line);
    port.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === ENQ) this.answer(port);
    });
    this.port = port;
  }

  place(reading: WireReading): void {
    this.reading = reading;
  }

  setBehaviour(behaviour: SimulatorBehaviour): void {
    this.behaviour = behaviour;
  }

  get enquiriesReceived(): number {
    return this.enquiries;
  }

  async stop(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port) await closeSerialLine(port);
  }

  private answer(port: SerialPort): void {
    this.enquiries += 1;
    if (this.behaviour === 'silent') return;
    const frame = Buffer.from(this.codec.encode(this.reading));
    if (this.behaviour === 'corrupt-checksum') frame[frame.length - 1] ^= 0x01;
    port.write(frame);
  }
}

const WIRE_STATES = ['stable', 'unstable', 'negative', 'overload'] as const;

/** `node dist/appliance/src/devices/scale/simulator.js --path /dev/pts/3 --framing C --grams 1234` */
async function main(): Promise<RunningSimulator> {
  const { values } = parseArgs({
    options: {
      path: { type: 'string' },
      framing: { type: 'string', default: 'C' },
      baud: { type: 'string', default: '9600' },
      checksum: { type: 'boolean', default: false },
      decimals: { type: 'string', default: '3' },
      grams: { type: 'string', default: '1234' },
      state: { type: 'string', default: 'stable' },
    },
  });
  if (!values.path) throw new Error('--path is required (the serial device the POS side is NOT using)');
  const simulator = new ScaleSimulator({
    line: { path: values.path, baudRate: Number(values.baud), dataBits: 8, parity: 'none', stopBits: 1 },
    framing: oneOf('framing', values.framing, SCALE_FRAMINGS),
    checksum: values.checksum ?? false,
    weightDecimals: Number(values.decimals),
  });
  const state = oneOf('state', values.state, WIRE_STATES);
  simulator.place(state === 'stable' ? { state, grams: Number(values.grams) } : { state, grams: null });
  await simulator.start();
  process.stdout.write(`scale simulator (${values.framing}) answering ENQ on ${values.path}\n`);
  return simulator;
}

runWhenEntryPoint(import.meta.url, main);
