import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, type WriteStream } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/** OVMF (UEFI firmware for qemu) from Debian's `ovmf` package: code read-only, variables per machine. */
const OVMF_CODE = '/usr/share/OVMF/OVMF_CODE_4M.fd';
const OVMF_VARS = '/usr/share/OVMF/OVMF_VARS_4M.fd';

const KEY_NAMES: Record<string, string> = {
  ' ': 'spc',
  '\n': 'ret',
  '-': 'minus',
  _: 'shift-minus',
  '.': 'dot',
  ',': 'comma',
  '/': 'slash',
  ':': 'shift-semicolon',
  '=': 'equal',
  '!': 'shift-1',
  '@': 'shift-2',
  '#': 'shift-3',
};

/** qemu's `sendkey` name of a character on a US keyboard. */
function keyName(char: string): string {
  if (/^[a-z0-9]$/.test(char)) return char;
  if (/^[A-Z]$/.test(char)) return `shift-${char.toLowerCase()}`;
  const name = KEY_NAMES[char];
  if (!name) throw new Error(`no key for ${JSON.stringify(char)}`);
  return name;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The store mini-PC as a qemu machine (TCG: no KVM needed): UEFI, the store disk as a copy-on-write
 * overlay of the built image (the image file stays pristine), optionally a provisioning disk, and
 * user-mode networking forwarding the appliance's HTTP (8080) and MQTT (1883) ports to loopback.
 * Its serial console (kernel, systemd, the appliance's log) is kept for `waitForConsole`.
 */
export class StoreMachine {
  readonly httpPort: number;
  readonly mqttPort: number;
  private readonly workDir: string;
  private readonly disk: string;
  private extraDisks: string[];
  private qemu: ChildProcess | null = null;
  private console = '';
  private consoleLog: WriteStream | null = null;
  private waiters: (() => void)[] = [];
  private exited: Promise<void> = Promise.resolve();

  private constructor(workDir: string, disk: string, extraDisks: string[], httpPort: number, mqttPort: number) {
    this.workDir = workDir;
    this.disk = disk;
    this.extraDisks = extraDisks;
    this.httpPort = httpPort;
    this.mqttPort = mqttPort;
  }

  /**
   * A machine whose disk starts as `image`; `extraDisks` (raw files) are attached after it. The disk
   * is `diskMiB` big (a store's disk is much bigger than the image: the first boot grows the data
   * partition into the rest).
   */
  static async create(workDir: string, image: string, extraDisks: string[] = [], diskMiB?: number): Promise<StoreMachine> {
    const disk = join(workDir, 'store-disk.qcow2');
    execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', '-F', 'raw', '-b', image, disk, ...(diskMiB ? [`${diskMiB}M`] : [])]);
    copyFileSync(OVMF_VARS, join(workDir, 'OVMF_VARS.fd'));
    return new StoreMachine(workDir, disk, extraDisks, await freePort(), await freePort());
  }

  private get monitorSocket(): string {
    return join(this.workDir, 'monitor.sock');
  }

  /** One command to qemu's human monitor; resolves with its output once the prompt is back. */
  private async monitor(command: string): Promise<string> {
    const socket = connect(this.monitorSocket);
    socket.setEncoding('utf8');
    let seen = '';
    const prompt = () =>
      new Promise<void>((resolve, reject) => {
        const onData = (chunk: string) => {
          seen += chunk;
          if (seen.endsWith('(qemu) ')) {
            socket.off('data', onData);
            resolve();
          }
        };
        socket.on('data', onData);
        socket.once('error', reject);
      });
    try {
      await prompt();
      seen = '';
      socket.write(`${command}\n`);
      await prompt();
      return seen;
    } finally {
      socket.destroy();
    }
  }

  /**
   * Types `text` on the machine's keyboard (a PS/2 keyboard with the console's default US layout):
   * what a technician types on tty1. `\n` is Enter.
   */
  async type(text: string): Promise<void> {
    for (const char of text) await this.monitor(`sendkey ${keyName(char)}`);
  }

  /** A PNG of the machine's screen (tty1), e.g. the first-boot questions. */
  async screenshot(file: string): Promise<void> {
    await this.monitor(`screendump ${file} -f png`);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  /** Powers the machine on; the serial console of this boot starts empty. */
  powerOn(): void {
    if (this.qemu) throw new Error('machine already running');
    this.console = '';
    this.consoleLog = createWriteStream(join(this.workDir, 'console.log'), { flags: 'a' });
    const args = [
      // Both vCPUs on one host thread (`thread=single`): with multi-threaded TCG the guest kernel's
      // live code patching (static keys flipped by int3 while the other vCPU runs, e.g. CFS bandwidth
      // when the appliance's CPUQuota cgroup appears) raced and panicked the guest in the scheduler
      // (`put_prev_entity`, `set_next_task_fair`) in about one boot in four.
      '-machine', 'q35', '-accel', 'tcg,thread=single', '-m', '2048', '-smp', '2',
      // qemu's default CPU model lacks SSE4.2/AVX, which sharp's libvips needs (every mini-PC has them).
      '-cpu', 'max',
      '-drive', `if=pflash,format=raw,readonly=on,file=${OVMF_CODE}`,
      '-drive', `if=pflash,format=raw,file=${join(this.workDir, 'OVMF_VARS.fd')}`,
      '-drive', `if=virtio,format=qcow2,file=${this.disk}`,
      ...this.extraDisks.flatMap((file) => ['-drive', `if=virtio,format=raw,file=${file}`]),
      '-netdev', `user,id=lan,hostfwd=tcp:127.0.0.1:${this.httpPort}-:8080,hostfwd=tcp:127.0.0.1:${this.mqttPort}-:1883`,
      '-device', 'virtio-net-pci,netdev=lan',
      // The human monitor on a socket: the test types on the machine's keyboard (tty1) and takes
      // screenshots of its screen through it.
      '-display', 'none', '-monitor', `unix:${this.monitorSocket},server=on,wait=off`, '-serial', 'stdio', '-no-reboot',
    ];
    const qemu = spawn('qemu-system-x86_64', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.qemu = qemu;
    const onOutput = (chunk: Buffer) => {
      this.console += chunk.toString('utf8');
      this.consoleLog?.write(chunk);
      for (const wake of this.waiters.splice(0)) wake();
    };
    qemu.stdout?.on('data', onOutput);
    qemu.stderr?.on('data', onOutput);
    this.exited = new Promise((resolve) =>
      qemu.once('exit', () => {
        this.qemu = null;
        this.consoleLog?.end();
        for (const wake of this.waiters.splice(0)) wake();
        resolve();
      }),
    );
  }

  /** The disks (raw files: USB sticks, a second disk) attached at the next power-on. */
  attachDisks(disks: string[]): void {
    this.extraDisks = disks;
  }

  /** Waits until the console of this boot matches; fails when the machine stops or time runs out. */
  async waitForConsole(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.console.match(pattern);
      if (match) return match;
      if (!this.qemu) throw new Error(`machine stopped before the console showed ${pattern}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`console did not show ${pattern} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The console of the current (or last) boot, for messages when a step fails. */
  consoleTail(lines = 60): string {
    return this.console.split('\n').slice(-lines).join('\n');
  }

  /** Pulls the plug: no shutdown, nothing flushed that was not already on the disk. */
  async pullPlug(): Promise<void> {
    this.qemu?.kill('SIGKILL');
    await this.exited;
  }

  /** Waits for the machine to power itself off or reset (qemu runs with -no-reboot). */
  async waitForPowerCycle(timeoutMs: number): Promise<void> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`machine did not reboot within ${timeoutMs} ms`)), timeoutMs).unref());
    await Promise.race([this.exited, timeout]);
  }

  /** The qcow2 overlay as one raw disk file, e.g. to read the data partition after a power cut. */
  exportDisk(file: string): void {
    execFileSync('qemu-img', ['convert', '-f', 'qcow2', '-O', 'raw', this.disk, file]);
  }
}
